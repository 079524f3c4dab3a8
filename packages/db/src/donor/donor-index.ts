import type { Payment } from '@haven/core';
import { emailKey } from '../email-key';
import { keys } from '../keys';

/**
 * The donor index a paid pledge joins (gsi1, by the emailKey of the address Stripe gave), so the
 * donor space finds a person's gifts in every organisation with one Query and no address in a
 * key: one more index write per paid gift. Undefined when the payment names no address.
 */
export function donorIndexOf(
  payment: Pick<Payment, 'donorEmail' | 'paidAt' | 'pledgeId'> | undefined,
): { gsi1pk: string; gsi1sk: string } | undefined {
  if (!payment?.donorEmail) return undefined;
  return keys.donorPledge(emailKey(payment.donorEmail), payment.paidAt, payment.pledgeId);
}
