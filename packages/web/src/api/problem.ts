import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Answers with RFC 9457 problem details. */
export function problem(
  c: Context,
  status: ContentfulStatusCode,
  body: {
    type: string;
    title: string;
    detail?: string;
    errors?: { path: string; message: string }[];
  },
) {
  return c.body(JSON.stringify({ ...body, status }), status, {
    'Content-Type': 'application/problem+json',
  });
}
