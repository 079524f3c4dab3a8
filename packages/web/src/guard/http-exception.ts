import type { Context } from 'hono';
import type { HTTPException } from 'hono/http-exception';
import { problem } from '../api/problem';
import { isJsonRoute } from './json-route';

const TITLES: Partial<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
};

/**
 * Hono's own transport errors (malformed JSON, a body its parser refuses) as problem details
 * on JSON routes; pages keep Hono's answer, which carries no detail of the request.
 */
export function httpExceptionAnswer(c: Context, error: HTTPException): Response {
  // An exception that carries its own answer (the guard's refusals) is answered with it.
  if (!isJsonRoute(c.req.path) || error.res) return error.getResponse();
  const status = error.status;
  return problem(c, status, {
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    detail: error.message || undefined,
  });
}
