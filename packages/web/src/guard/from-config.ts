import type { GuardOptions } from './options';

/** The guard from configuration (@haven/config's FormGuardConfig, already validated). */
export function guardFromConfig(config: {
  FORM_TOKEN_SECRET: string;
  TURNSTILE_SITE_KEY?: string | undefined;
  TURNSTILE_SECRET_KEY?: string | undefined;
}): GuardOptions {
  const { TURNSTILE_SITE_KEY: siteKey, TURNSTILE_SECRET_KEY: secretKey } = config;
  return {
    formTokenKey: config.FORM_TOKEN_SECRET,
    turnstile: siteKey && secretKey ? { siteKey, secretKey } : undefined,
  };
}
