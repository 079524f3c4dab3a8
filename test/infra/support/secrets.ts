import type { SecretName } from '../../../stacks/platform';

/**
 * The value each fake secret carries: distinctive, so a test can find where it ended up, and in
 * the shape @haven/config checks, so an entry started with it gets past its cold start.
 */
const fakeSecrets = {
  StripeSecretKey: 'sk_test_fake_StripeSecretKey',
  StripeWebhookSecret: 'whsec_fake_StripeWebhookSecret',
  StripeConnectWebhookSecret: 'whsec_fake_StripeConnectWebhookSecret',
  ResendApiKey: 're_fake_ResendApiKey',
  MailFrom: 'Haven receipts <fake-MailFrom@example.org>',
  FormTokenSecret: 'fake-FormTokenSecret-of-at-least-32-characters',
  ResendWebhookSecret: 'whsec_ZmFrZS1SZXNlbmRXZWJob29rU2VjcmV0',
} as const satisfies Record<SecretName, string>;

export function fakeSecret(name: SecretName): string {
  return fakeSecrets[name];
}
