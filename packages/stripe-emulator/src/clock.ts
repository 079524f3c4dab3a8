import type { Billing } from './billing';
import type { DeliveryAttempt } from './store';
import type { WebhookDispatcher } from './webhooks';

/**
 * Moves the emulator's one clock `ms` ahead, as a Stripe test clock advances: everything that
 * falls due meanwhile happens in time order — webhook redeliveries, and each subscription's
 * renewals (the invoice, its charge and its events), dated when they fall due.
 */
export async function advanceClock(
  webhooks: WebhookDispatcher,
  billing: Billing,
  ms: number,
): Promise<{ deliveries: DeliveryAttempt[]; eventIds: string[] }> {
  const target = webhooks.now() + ms;
  const deliveries: DeliveryAttempt[] = [];
  const eventIds: string[] = [];
  for (;;) {
    const renewal = billing.nextRenewalAt();
    if (renewal === undefined || renewal > target) break;
    deliveries.push(...(await webhooks.advance(Math.max(0, renewal - webhooks.now()))));
    eventIds.push(...billing.renewDue());
  }
  deliveries.push(...(await webhooks.advance(Math.max(0, target - webhooks.now()))));
  return { deliveries, eventIds };
}
