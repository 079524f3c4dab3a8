import * as z from 'zod/mini';
import { StripeConnection } from './connect';
import { Locale } from './locale';
import { Currency } from './money';
import { ReceiptPrefix } from './receipt-number';

/** Words that cannot be organisation slugs because the service's own paths use them. */
export const RESERVED_SLUGS = [
  'api',
  'healthz',
  'static',
  'webhooks',
  'staff',
  'dev',
  'thanks',
  'donor',
];

export const Slug = z
  .string()
  .check(z.regex(/^[a-z0-9](?:[a-z0-9-]{1,62}[a-z0-9])$/, 'lowercase letters, digits and dashes'));

export const OrgSlug = Slug.check(
  z.refine(
    (slug: string) => !RESERVED_SLUGS.includes(slug) && !Locale.safeParse(slug).success,
    'this name is reserved',
  ),
);

/** Text that exists in some of the organisation's languages. */
export const Localized = z.partialRecord(Locale, z.string().check(z.minLength(1)));
export type Localized = z.infer<typeof Localized>;

export const Organisation = z.object({
  slug: OrgSlug,
  name: Localized,
  /** The legal name and address printed on receipts. */
  legalName: z.string().check(z.minLength(1)),
  address: z.string().check(z.minLength(1)),
  country: z.string().check(z.length(2)),
  /** Printed as a link in receipts: web addresses only, never `javascript:` or `data:`. */
  website: z.optional(z.url({ protocol: /^https?$/ })),
  about: Localized,
  locales: z.array(Locale).check(z.minLength(1)),
  defaultLocale: Locale,
  /** The organisation's own sentence about tax deductibility, printed on receipts. */
  taxNote: Localized,
  /** Receipt numbers read PREFIX-YEAR-000001; the slug in capitals when unset. */
  receiptPrefix: z.optional(ReceiptPrefix),
  /** The charity or company number printed on receipts, where the organisation has one. */
  registrationNumber: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  /** The month (1–12) the organisation's books start their year in; January when unset. */
  fiscalYearStartMonth: z.optional(z.int().check(z.minimum(1), z.maximum(12))),
  /** What new campaigns offer; campaigns keep their own list. */
  defaultCurrency: z.optional(Currency),
  currencies: z.optional(z.array(Currency).check(z.minLength(1))),
  /** `#rrggbb`: staff type it, pages print it in a style attribute, so nothing else passes. */
  brandColor: z.optional(z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/))),
  /** Set by the upload step (S3); a web address only. */
  logoUrl: z.optional(z.url({ protocol: /^https?$/ })),
  /** Roles that must use a passkey after the emailed link (owners and finance at most). */
  passkeyRequiredFor: z.optional(z.array(z.enum(['owner', 'finance']))),
  /** Its own Stripe account (Connect); absent until an owner connects one. */
  stripeAccount: z.optional(StripeConnection),
  createdAt: z.iso.datetime(),
});
export type Organisation = z.infer<typeof Organisation>;

/** The text in the wanted language, else the organisation's default, else any. */
export function pickText(text: Localized, locale: Locale, fallback: Locale): string {
  return text[locale] ?? text[fallback] ?? Object.values(text).find(Boolean) ?? '';
}
