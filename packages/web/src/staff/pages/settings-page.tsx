import { dateTimeFormat, LOCALES, type Locale, type Organisation } from '@haven/core';
import { messagesFor } from '../../i18n';
import type { signedInAs } from '../access';
import { CsrfField, StaffLayout, staffPageContext } from '../layout';
import { LogoForm } from './logo-form';

export function SettingsPage(props: {
  who: ReturnType<typeof signedInAs>;
  org: Organisation;
  saved?: boolean;
  invalid?: string[];
  logoProblem?: string;
}) {
  const ctx = staffPageContext(props.who.locale, props.who.signedIn);
  const { t } = ctx;
  const s = t.settings;
  const { org } = props;
  const wrong = (field: string) => (props.invalid?.includes(field) ? 'true' : undefined);
  const language = (locale: (typeof LOCALES)[number]) => messagesFor(locale).languageName;
  const text = (id: string, label: string, value: string | undefined, required = false) => (
    <p>
      <label for={id}>{label}</label>
      <input id={id} name={id} value={value ?? ''} required={required} aria-invalid={wrong(id)} />
    </p>
  );
  return (
    <StaffLayout ctx={ctx} title={s.title}>
      {props.saved && <p role="status">{s.saved}</p>}
      {props.invalid && (
        <p class="error" role="alert">
          {s.invalid}
        </p>
      )}
      <form method="post" action="/staff/settings">
        <CsrfField token={props.who.signedIn.csrfToken} />
        <fieldset>
          <legend>{s.identity}</legend>
          {LOCALES.map((locale) => (
            <div lang={locale} dir={locale === 'ar' ? 'rtl' : 'ltr'}>
              {text(`name_${locale}`, s.name(language(locale)), org.name[locale])}
              <p>
                <label for={`about_${locale}`}>{s.about(language(locale))}</label>
                <textarea id={`about_${locale}`} name={`about_${locale}`} rows={4}>
                  {org.about[locale] ?? ''}
                </textarea>
              </p>
            </div>
          ))}
        </fieldset>
        <fieldset aria-invalid={wrong('locales')}>
          <legend>{s.languages}</legend>
          {LOCALES.map((locale) => (
            <label>
              <input
                type="checkbox"
                name="locales"
                value={locale}
                checked={org.locales.includes(locale)}
              />{' '}
              {language(locale)}
            </label>
          ))}
        </fieldset>
        <p>
          <label for="defaultLocale">{s.defaultLanguage}</label>
          <select id="defaultLocale" name="defaultLocale" aria-invalid={wrong('defaultLocale')}>
            {LOCALES.map((locale) => (
              <option value={locale} selected={locale === org.defaultLocale}>
                {language(locale)}
              </option>
            ))}
          </select>
        </p>
        {text('currencies', s.currencies, (org.currencies ?? ['EUR']).join(', '), true)}
        {text(
          'defaultCurrency',
          s.defaultCurrency,
          org.defaultCurrency ?? org.currencies?.[0] ?? 'EUR',
          true,
        )}
        {text('brandColor', s.brandColor, org.brandColor)}
        <fieldset>
          <legend>{s.receipts}</legend>
          {text('legalName', s.legalName, org.legalName, true)}
          <p>
            <label for="address">{s.address}</label>
            <textarea id="address" name="address" rows={3} required aria-invalid={wrong('address')}>
              {org.address}
            </textarea>
          </p>
          {text('registrationNumber', s.registrationNumber, org.registrationNumber)}
          {text('receiptPrefix', s.receiptPrefix, org.receiptPrefix)}
          <p>
            <label for="fiscalYearStartMonth">{s.fiscalYearStart}</label>
            <select
              id="fiscalYearStartMonth"
              name="fiscalYearStartMonth"
              aria-invalid={wrong('fiscalYearStartMonth')}
            >
              {monthNames(props.who.locale).map((name, i) => (
                <option value={String(i + 1)} selected={i + 1 === (org.fiscalYearStartMonth ?? 1)}>
                  {name}
                </option>
              ))}
            </select>
          </p>
          {LOCALES.map((locale) => (
            <p lang={locale} dir={locale === 'ar' ? 'rtl' : 'ltr'}>
              <label for={`taxNote_${locale}`}>{s.taxNote(language(locale))}</label>
              <textarea id={`taxNote_${locale}`} name={`taxNote_${locale}`} rows={3}>
                {org.taxNote[locale] ?? ''}
              </textarea>
            </p>
          ))}
        </fieldset>
        <button type="submit">{s.save}</button>
      </form>
      <LogoForm
        locale={props.who.locale}
        org={org}
        csrfToken={props.who.signedIn.csrfToken}
        problem={props.logoProblem}
      />
    </StaffLayout>
  );
}

/** The twelve months' names in the member's language, January first. */
const monthNames = (locale: Locale) =>
  Array.from({ length: 12 }, (_, i) =>
    dateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2026, i, 1)),
    ),
  );
