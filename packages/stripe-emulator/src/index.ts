export type { FeeModel } from './fees';
export { processingFee } from './fees';
export {
  type PresetAccount,
  type StripeEmulator,
  type StripeEmulatorOptions,
  startStripeEmulator,
} from './server';
export { signatureHeader } from './sign';
export type { ApiRequest, DeliveryAttempt, EventRecord } from './store';
export { TEST_CARDS, TEST_IBANS } from './test-instruments';
export { STRIPE_RETRY_SCHEDULE_MS } from './webhooks';
