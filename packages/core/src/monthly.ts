import * as z from 'zod';
import type { Settlement } from './checkout';

/**
 * Where a monthly gift stands, in the domain's words: `active` collects each month, `past_due`
 * has an instalment the card did not pay, `paused` skips instalments until resumed, `canceled`
 * is final.
 */
export const MonthlyStatus = z.enum(['active', 'past_due', 'paused', 'canceled']);
export type MonthlyStatus = z.infer<typeof MonthlyStatus>;

/** One instalment as the processor bills it: what it charged, and for which parts. */
export type InvoiceState = {
  invoiceId: string;
  subscriptionId: string;
  /** From the subscription's metadata, which the processor copies onto every invoice. */
  pledgeId: string | undefined;
  status: 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';
  currency: string;
  /** The invoice's lines as the pledge made them: the gift, and the fee cover as its own line. */
  parts: { gift: number; feeCover: number };
  /** The processor's own page where the donor pays this invoice with another card. */
  hostedInvoiceUrl: string | undefined;
  /** Present once the money moved: the processor's own figures for this invoice's charge. */
  settlement?: Settlement;
  customer: { email: string | undefined; name: string | undefined };
};

/** A monthly gift as the processor runs it, read whenever an event says it changed. */
export type SubscriptionState = {
  subscriptionId: string;
  customerId: string;
  pledgeId: string | undefined;
  status: MonthlyStatus;
  currency: string;
  /** The amounts of the next instalment. */
  parts: { gift: number; feeCover: number };
};
