import { Logger } from '@aws-lambda-powertools/logger';

const LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'CRITICAL', 'SILENT'] as const;
type Level = (typeof LEVELS)[number];
const isLevel = (value: string | undefined): value is Level =>
  LEVELS.some((level) => level === value);

// Powertools reads LOG_LEVEL itself but only in capitals; `silent` (the tests') must work too.
const fromEnv = process.env.LOG_LEVEL?.toUpperCase();

/**
 * The one logger of every function and package: JSON lines from Powertools, with the Lambda
 * request id and cold-start flag once the entry has added its context (`withLogContext`), at the
 * level `LOG_LEVEL` names (`silent` in tests, `INFO` when unset).
 *
 * Log ids and codes only (pledge, session, event, outbox ids; error names and codes): never an
 * email, a name, a donor's message, a secret, a raw body, a whole Stripe object or an Error
 * itself, whose message and stack can echo request values.
 */
export const logger = new Logger({
  serviceName: 'haven',
  logLevel: isLevel(fromEnv) ? fromEnv : 'INFO',
});
