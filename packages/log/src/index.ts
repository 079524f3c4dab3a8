export { errorFields } from './error-fields';
export { logger } from './logger';
export { withLogContext } from './with-log-context';
