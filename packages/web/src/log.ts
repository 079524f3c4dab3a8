type Fields = Record<string, string | number | boolean | undefined>;

/**
 * Structured JSON logs. Callers pass ids and codes only: never an email, a name, a secret,
 * a raw body or a whole Stripe object.
 */
function write(level: 'info' | 'warn' | 'error', msg: string, fields: Fields) {
  if (process.env.LOG_LEVEL === 'silent') return;
  const line = `${JSON.stringify({ level, msg, ...fields })}\n`;
  if (level === 'info') process.stdout.write(line);
  else process.stderr.write(line);
}

export const log = {
  info: (msg: string, fields: Fields = {}) => write('info', msg, fields),
  warn: (msg: string, fields: Fields = {}) => write('warn', msg, fields),
  error: (msg: string, fields: Fields = {}) => write('error', msg, fields),
};
