import { BaseConfig, PaymentsConfig } from '@haven/config';
import * as z from 'zod/mini';

/** The table, and Stripe when its key is set (always in AWS; optional on a laptop). */
export const ReconcileConfig = z.extend(BaseConfig, {
  STRIPE_SECRET_KEY: z.optional(PaymentsConfig.shape.STRIPE_SECRET_KEY),
  STRIPE_API_BASE: z.optional(z.url()),
});
export type ReconcileConfig = z.infer<typeof ReconcileConfig>;
