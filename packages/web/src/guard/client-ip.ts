import type { Context } from 'hono';

/**
 * The address API Gateway saw: it appends the client's address to X-Forwarded-For, so the last
 * entry is the one a client cannot forge (earlier ones are whatever the client sent).
 */
export function clientIpFromHeaders(c: Context): string | undefined {
  const hops = c.req.header('x-forwarded-for')?.split(',') ?? [];
  const last = hops.at(-1)?.trim();
  return last && /^[0-9A-Fa-f:.]{2,45}$/.test(last) ? last : undefined;
}
