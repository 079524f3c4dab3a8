import * as z from 'zod';
import { Dedication } from './donation';
import { ERASABLE_FIELDS } from './donor/erasure';
import { Locale } from './locale';

/**
 * A settled payment: what the donor was charged (gross), what the processor kept (fee) and what
 * reaches the organisation (net), beside the gift and fee cover the donor chose. The donor's
 * email and name are personal data: they live here and nowhere else.
 */
export const Payment = z.object({
  pledgeId: z.string(),
  orgSlug: z.string(),
  campaignSlug: z.string(),
  currency: z.string().length(3),
  gift: z.number().int().positive(),
  feeCover: z.number().int().nonnegative(),
  gross: z.number().int().positive(),
  fee: z.number().int().nonnegative(),
  net: z.number().int(),
  settlementCurrency: z.string().length(3),
  /** Taken when the receipt is issued, shortly after the payment (see planReceiptNumber). */
  receiptNumber: z.string().optional(),
  paidAt: z.iso.datetime(),
  checkoutSessionId: z.string(),
  paymentIntentId: z.string(),
  chargeId: z.string(),
  donorEmail: z.string().optional(),
  donorName: z.string().optional(),
  anonymous: z.boolean(),
  dedication: Dedication.optional(),
  message: z.string().optional(),
  locale: Locale,
  refunded: z.number().int().nonnegative(),
  /** A monthly gift's instalment: the invoice it paid (each instalment is its own payment). */
  invoiceId: z.string().optional(),
  subscriptionId: z.string().optional(),
  /** False for a monthly gift's later instalments: the donor was counted with their first. */
  newSupporter: z.boolean().optional(),
  /** The personal fields erased at the donor's request: a receipt marks each one as such. */
  erasedFields: z.array(z.enum(ERASABLE_FIELDS)).optional(),
  /** What a dispute holds back now, in the gift's currency: withdrawn, and not reinstated. */
  disputed: z.number().int().nonnegative().optional(),
  disputeStatus: z.enum(['open', 'won', 'lost']).optional(),
  /** Set once a refund returned everything: the receipt no longer stands. */
  receiptVoided: z.boolean().optional(),
  /** Each receipt a refund cancelled, and the one a partial refund issued in its place. */
  receiptHistory: z
    .array(z.object({ refundId: z.string(), voided: z.string(), reissued: z.string().optional() }))
    .optional(),
});
export type Payment = z.infer<typeof Payment>;
