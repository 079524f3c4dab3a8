import * as z from 'zod';
import { Metadata } from './session-params';

const Integer = z.string().regex(/^\d+$/, 'Invalid integer').transform(Number);

const SubscriptionItemUpdate = z.strictObject({
  id: z.string().min(1),
  quantity: Integer.optional(),
  price_data: z
    .strictObject({
      currency: z.string().regex(/^[a-z]{3}$/),
      unit_amount: Integer,
      product: z.string().min(1),
      recurring: z.strictObject({
        interval: z.enum(['day', 'week', 'month', 'year']),
        interval_count: Integer.optional(),
      }),
    })
    .optional(),
});

/** `POST /v1/subscriptions/:id`: what the service changes on a monthly gift. */
export const SubscriptionUpdateParams = z.strictObject({
  items: z.array(SubscriptionItemUpdate).optional(),
  proration_behavior: z.enum(['none', 'create_prorations', 'always_invoice']).optional(),
  // An empty string resumes collection, as in Stripe's form encoding.
  pause_collection: z
    .union([
      z.literal('').transform(() => null),
      z.strictObject({
        behavior: z.enum(['void', 'keep_as_draft', 'mark_uncollectible']),
        resumes_at: Integer.optional(),
      }),
    ])
    .optional(),
  metadata: Metadata.optional(),
  expand: z.array(z.string()).optional(),
});
export type SubscriptionUpdateParams = z.infer<typeof SubscriptionUpdateParams>;

/** `POST /v1/billing_portal/sessions`. */
export const PortalSessionParams = z.strictObject({
  customer: z.string().min(1),
  return_url: z.url({ protocol: /^https?$/ }).optional(),
  locale: z.string().optional(),
});
export type PortalSessionParams = z.infer<typeof PortalSessionParams>;
