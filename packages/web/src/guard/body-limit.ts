import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import type { AppDeps } from '../deps';
import { refusalProblem, refuse } from './refusal';
import { isUploadPath, UPLOAD_BODY_LIMIT } from './uploads';

/**
 * Stripe's events are a few kilobytes, with room for long metadata and line items: a quarter of
 * a megabyte is generous. Everything else visitors post (the form, a JSON gift) is under 4 KB.
 */
export const WEBHOOK_BODY_LIMIT = 256 * 1024;
export const BODY_LIMIT = 32 * 1024;

/** The webhook's own limit, for the webhook's Lambda (every answer there is JSON). */
export const webhookBodyLimit = () =>
  bodyLimit({ maxSize: WEBHOOK_BODY_LIMIT, onError: (c) => refusalProblem(c, 'too_large') });

/** Refuses an oversized body before anything reads it: 413, as problem details or a page. */
export function bodyLimits(deps: Pick<AppDeps, 'publicUrl'>) {
  const onError = (c: Parameters<typeof refuse>[0]) => refuse(c, deps, 'too_large');
  const webhook = bodyLimit({ maxSize: WEBHOOK_BODY_LIMIT, onError });
  const other = bodyLimit({ maxSize: BODY_LIMIT, onError });
  const upload = bodyLimit({ maxSize: UPLOAD_BODY_LIMIT, onError });
  return createMiddleware((c, next) => {
    if (c.req.path.startsWith('/webhooks/')) return webhook(c, next);
    return isUploadPath(c.req.path) ? upload(c, next) : other(c, next);
  });
}
