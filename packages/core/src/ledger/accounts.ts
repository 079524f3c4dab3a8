import * as z from 'zod';
import type { Locale } from '../locale';

/**
 * The accounts every organisation's books start with. A code is what entries hold and never
 * changes; its number and name are what finance staff see and may rename to match their own
 * chart (`ChartOfAccounts`), so a rename never touches an entry.
 */
export const AccountCode = z.enum([
  'stripe_balance',
  'bank',
  'donation_income',
  'fee_cover',
  'processing_fees',
  'refunds',
  'disputes',
  'dispute_fees',
]);
export type AccountCode = z.infer<typeof AccountCode>;

export type AccountKind = 'asset' | 'income' | 'contra_income' | 'expense';

export type AccountDefinition = {
  kind: AccountKind;
  /** The default account number, in the ranges most small-charity charts use. */
  number: string;
  name: Record<Locale, string>;
  /** Income and its contra accounts are kept per campaign: the campaign's totals come from them. */
  byCampaign: boolean;
};

export const DEFAULT_CHART: Record<AccountCode, AccountDefinition> = {
  stripe_balance: {
    kind: 'asset',
    number: '1100',
    name: { en: 'Stripe balance', fr: 'Solde Stripe', es: 'Saldo de Stripe', ar: 'رصيد Stripe' },
    byCampaign: false,
  },
  bank: {
    kind: 'asset',
    number: '1000',
    name: { en: 'Bank', fr: 'Banque', es: 'Banco', ar: 'المصرف' },
    byCampaign: false,
  },
  donation_income: {
    kind: 'income',
    number: '4000',
    name: {
      en: 'Donation income',
      fr: 'Produits des dons',
      es: 'Ingresos por donaciones',
      ar: 'إيرادات التبرعات',
    },
    byCampaign: true,
  },
  fee_cover: {
    kind: 'income',
    number: '4100',
    name: {
      en: 'Fees covered by donors',
      fr: 'Frais pris en charge par les donateurs',
      es: 'Comisiones cubiertas por donantes',
      ar: 'رسوم تحمّلها المتبرعون',
    },
    byCampaign: false,
  },
  refunds: {
    kind: 'contra_income',
    number: '4900',
    name: { en: 'Refunds', fr: 'Remboursements', es: 'Reembolsos', ar: 'المبالغ المستردة' },
    byCampaign: true,
  },
  disputes: {
    kind: 'contra_income',
    number: '4910',
    name: { en: 'Disputes', fr: 'Litiges', es: 'Disputas', ar: 'النزاعات' },
    byCampaign: true,
  },
  processing_fees: {
    kind: 'expense',
    number: '6100',
    name: {
      en: 'Payment processing fees',
      fr: 'Frais de paiement',
      es: 'Comisiones de pago',
      ar: 'رسوم معالجة المدفوعات',
    },
    byCampaign: false,
  },
  dispute_fees: {
    kind: 'expense',
    number: '6110',
    name: {
      en: 'Dispute fees',
      fr: 'Frais de litige',
      es: 'Comisiones por disputa',
      ar: 'رسوم النزاعات',
    },
    byCampaign: false,
  },
};

export const ACCOUNT_CODES = AccountCode.options;

/** What an organisation renamed: a number and a name of its own, in its books' one language. */
export const AccountOverride = z.object({
  code: AccountCode,
  number: z.string().trim().min(1).max(20),
  name: z.string().trim().min(1).max(80),
});
export type AccountOverride = z.infer<typeof AccountOverride>;

export type ChartAccount = { code: AccountCode; number: string; name: string; renamed: boolean };

/** The chart as the organisation sees it: its own names where it gave them, else the defaults. */
export function chartOfAccounts(
  overrides: readonly AccountOverride[],
  locale: Locale,
): ChartAccount[] {
  const byCode = new Map(overrides.map((override) => [override.code, override]));
  return ACCOUNT_CODES.map((code) => {
    const own = byCode.get(code);
    const definition = DEFAULT_CHART[code];
    return own
      ? { code, number: own.number, name: own.name, renamed: true }
      : { code, number: definition.number, name: definition.name[locale], renamed: false };
  });
}
