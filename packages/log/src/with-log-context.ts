import type { Context } from 'aws-lambda';
import { logger } from './logger';

/**
 * Wraps a Lambda handler so every line logged during an invocation carries its request id,
 * function name and cold-start flag (Powertools' `addContext`, what `injectLambdaContext` does
 * for Middy or a class handler).
 */
export function withLogContext<E, R>(
  handler: (event: E, context: Context) => Promise<R>,
): (event: E, context: Context) => Promise<R> {
  return (event, context) => {
    logger.addContext(context);
    return handler(event, context);
  };
}
