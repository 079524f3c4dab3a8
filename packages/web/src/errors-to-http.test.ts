import {
  ConflictError,
  NotConfiguredError,
  NotFoundError,
  PaymentProviderError,
  TemporarilyUnavailableError,
  ValidationError,
  WebhookSignatureError,
} from '@haven/core';
import { describe, expect, it } from 'vitest';
import { httpStatus } from './errors-to-http';

describe('domain errors over HTTP', () => {
  it.each([
    [new NotFoundError('x'), 404],
    [new ConflictError('x'), 409],
    [new ValidationError('x'), 422],
    [new WebhookSignatureError('x'), 400],
    // Both are worth retrying later: the service or the processor is not ready.
    [new NotConfiguredError('x'), 503],
    [new PaymentProviderError('x'), 503],
    [new TemporarilyUnavailableError('x'), 503],
  ])('%s answers %i', (error, status) => {
    expect(httpStatus(error)).toBe(status);
  });
});
