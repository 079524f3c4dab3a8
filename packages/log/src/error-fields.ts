/**
 * What a log may say about an error: its name and, when it has one, its code (a DomainError's,
 * Resend's, a Node system error's). Never the message: SDK messages can echo personal data.
 */
export function errorFields(error: unknown): { error: string; code?: string } {
  if (!(error instanceof Error)) return { error: 'unknown' };
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  return code === undefined ? { error: error.name } : { error: error.name, code };
}
