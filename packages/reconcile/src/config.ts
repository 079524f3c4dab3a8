import { BaseConfig, PaymentsConfig } from '@haven/config';
import * as z from 'zod';

/** The table, and Stripe when its key is set (always in AWS; optional on a laptop). */
export const ReconcileConfig = BaseConfig.extend({
  STRIPE_SECRET_KEY: PaymentsConfig.shape.STRIPE_SECRET_KEY.optional(),
  STRIPE_API_BASE: z.url().optional(),
});
export type ReconcileConfig = z.infer<typeof ReconcileConfig>;
