import { createRoute, z } from '@hono/zod-openapi';

const Health = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    database: z.literal('unreachable').optional(),
  })
  .openapi('Health');

/** GET /healthz as the OpenAPI document lists it (the route itself is routes/health.ts). */
export const healthPath = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['operations'],
  responses: {
    200: { content: { 'application/json': { schema: Health } }, description: 'Ready' },
    503: {
      content: { 'application/json': { schema: Health } },
      description: 'The database does not answer',
    },
  },
});
