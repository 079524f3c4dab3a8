import { describe, expect, it } from 'vitest';
import { emailKey } from './email-key';

describe('emailKey', () => {
  it('is the same for one address however it is typed, and never contains it', () => {
    const key = emailKey('  Amira.Haddad@Example.org ');
    expect(key).toBe(emailKey('amira.haddad@example.org'));
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(key).not.toContain('amira');
  });

  it('differs between addresses', () => {
    expect(emailKey('a@example.org')).not.toBe(emailKey('b@example.org'));
  });
});
