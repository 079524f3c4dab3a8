import {
  Currency,
  FiscalYearStartMonth,
  LOCALES,
  Locale,
  type Localized,
  ReceiptPrefix,
} from '@haven/core';
import type { OrgSettingsPatch } from '@haven/db';
import * as z from 'zod';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? undefined : value));

const localized = (body: Record<string, unknown>, field: string, max: number): Localized =>
  Object.fromEntries(
    LOCALES.flatMap((locale) => {
      const value = body[`${field}_${locale}`];
      const text = typeof value === 'string' ? value.trim().slice(0, max) : '';
      return text ? [[locale, text]] : [];
    }),
  );

const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

/** The settings form as posted: everything checked here, then again by `Organisation`. */
export const SettingsForm = z.object({
  locales: list.pipe(z.array(Locale).min(1)),
  defaultLocale: Locale,
  currencies: z
    .string()
    .transform((value) => value.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(Currency).min(1).max(20)),
  defaultCurrency: Currency,
  legalName: z.string().trim().min(1).max(200),
  address: z.string().trim().min(1).max(500),
  registrationNumber: optionalText(64),
  receiptPrefix: optionalText(12).pipe(z.optional(ReceiptPrefix)),
  // A form from before the setting existed leaves the organisation's month as it is.
  fiscalYearStartMonth: FiscalYearStartMonth.optional(),
  brandColor: optionalText(7).pipe(
    z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/)
      .optional(),
  ),
});

/** The posted settings as a patch of the organisation, or the fields that are wrong. */
export function parseSettings(
  body: Record<string, unknown>,
): { ok: true; patch: OrgSettingsPatch } | { ok: false; fields: string[] } {
  const parsed = SettingsForm.safeParse(body);
  if (!parsed.success) {
    return { ok: false, fields: parsed.error.issues.map((issue) => String(issue.path[0])) };
  }
  const { fiscalYearStartMonth, ...form } = parsed.data;
  const fields: string[] = [];
  if (!form.locales.includes(form.defaultLocale)) fields.push('defaultLocale');
  if (!form.currencies.includes(form.defaultCurrency)) fields.push('defaultCurrency');
  const name = localized(body, 'name', 200);
  if (Object.keys(name).length === 0) fields.push('name');
  if (fields.length > 0) return { ok: false, fields };
  return {
    ok: true,
    patch: {
      ...form,
      ...(fiscalYearStartMonth ? { fiscalYearStartMonth } : {}),
      name,
      about: localized(body, 'about', 5000),
      taxNote: localized(body, 'taxNote', 1000),
    },
  };
}
