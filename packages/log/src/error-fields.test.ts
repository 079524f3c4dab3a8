import { describe, expect, it } from 'vitest';
import { errorFields } from './error-fields';

describe('errorFields', () => {
  it('keeps the name and code of an error, never its message', () => {
    const refused = Object.assign(new Error('no such user jeanne@example.org'), {
      name: 'ConditionalCheckFailedException',
    });
    expect(errorFields(refused)).toEqual({ error: 'ConditionalCheckFailedException' });
    const system = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(errorFields(system)).toEqual({ error: 'Error', code: 'ECONNREFUSED' });
    expect(errorFields('jeanne@example.org')).toEqual({ error: 'unknown' });
  });
});
