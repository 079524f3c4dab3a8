/** Routes that speak JSON, where every answer (errors too) is JSON: the API and the webhook. */
export const isJsonRoute = (path: string): boolean =>
  path === '/api' || path.startsWith('/api/') || path.startsWith('/webhooks/');
