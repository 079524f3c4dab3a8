import type { OpenAPIHono } from '@hono/zod-openapi';
import { problem } from './problem';

/** A request that does not match its route's schema: 400, as problem details naming each field. */
export const problemHook: NonNullable<
  NonNullable<ConstructorParameters<typeof OpenAPIHono>[0]>['defaultHook']
> = (result, c) => {
  if (result.success) return;
  return problem(c, 400, {
    type: 'about:blank',
    title: 'Bad Request',
    detail: 'The request did not match the schema',
    errors: result.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
    })),
  });
};
