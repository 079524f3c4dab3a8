import { CURRENCY_CODE, LOCALES } from '@haven/core';
import { z } from '@hono/zod-openapi';

/**
 * Core's schemas are zod/mini (every function loads them; mini is what keeps the page function
 * small), but the OpenAPI document is made by zod-to-openapi, which reads classic zod only. So
 * the JSON API restates the few it shows in classic zod, from core's own values: the same
 * languages, the same currency rule.
 */
export const ApiLocale = z.enum(LOCALES);

export const ApiCurrency = z
  .string()
  .regex(CURRENCY_CODE, 'a three-letter ISO 4217 currency code')
  .transform((code) => code.toUpperCase());

/** Text that exists in some of the organisation's languages. */
export const ApiLocalized = z.partialRecord(ApiLocale, z.string().min(1));
