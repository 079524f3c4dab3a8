import { afterEach, describe, expect, it, vi } from 'vitest';
import { BaseConfig, loadConfig, PaymentsConfig, variablesFromLinks, WebhookConfig } from './index';

afterEach(() => vi.unstubAllEnvs());

describe('configuration under SST', () => {
  // SST's `Resource` reads a deployed function's links once, so one set of links serves both
  // assertions: what is linked is read, what is not stops the entry that needs it.
  it('reads the linked table and secrets, and refuses to start without one the entry needs', () => {
    vi.stubEnv('SST_RESOURCE_App', JSON.stringify({ name: 'haven', stage: 'production' }));
    vi.stubEnv('SST_RESOURCE_Table', JSON.stringify({ name: 'haven-production' }));
    vi.stubEnv('SST_RESOURCE_StripeSecretKey', JSON.stringify({ value: 'sk_live_fromlink' }));
    vi.stubEnv('TABLE_NAME', 'not-read-under-sst');
    vi.stubEnv('STRIPE_WEBHOOK_SECRET', undefined);
    vi.stubEnv('PUBLIC_URL', 'https://give.example.org');

    expect(loadConfig(PaymentsConfig)).toMatchObject({
      TABLE_NAME: 'haven-production',
      STRIPE_SECRET_KEY: 'sk_live_fromlink',
    });
    expect(() => loadConfig(WebhookConfig)).toThrow(
      expect.objectContaining({
        name: 'ConfigError',
        problems: [expect.stringMatching(/^STRIPE_WEBHOOK_SECRET: /)],
      }),
    );
  });

  it('maps each link to the variable the schemas read, leaving unlinked ones unset', () => {
    expect(
      variablesFromLinks({
        Table: { name: 'haven-dev', type: 'sst.aws.Dynamo' },
        MailFrom: { value: 'Haven <r@example.org>', type: 'sst.sst.Secret' },
        ResendApiKey: { value: 42 },
      }),
    ).toEqual({
      TABLE_NAME: 'haven-dev',
      MAIL_FROM: 'Haven <r@example.org>',
      RESEND_API_KEY: undefined,
      STRIPE_SECRET_KEY: undefined,
      STRIPE_WEBHOOK_SECRET: undefined,
    });
  });
});

describe('configuration without SST', () => {
  it('is the plain environment, as for the local stack and the tests', () => {
    vi.stubEnv('SST_RESOURCE_App', undefined);
    vi.stubEnv('TABLE_NAME', 'haven-local');
    vi.stubEnv('PUBLIC_URL', 'http://localhost:3000/');
    expect(loadConfig(BaseConfig)).toMatchObject({
      TABLE_NAME: 'haven-local',
      PUBLIC_URL: 'http://localhost:3000',
    });
  });
});
