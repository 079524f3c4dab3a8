import { type Campaign, formatMoney } from '@haven/core';
import type { FieldErrors } from '../donation-form';
import { type FormGuard, FormGuardFields } from '../guard/form-fields';
import { localizedPath, type PageContext } from './page-context';

type DonateFormProps = {
  ctx: PageContext;
  campaign: Campaign;
  currency: string;
  values?: Record<string, string>;
  errors?: FieldErrors;
  guard?: FormGuard;
};

/**
 * The donation form. It works without JavaScript: the currency is chosen by link, which
 * re-renders the suggested amounts in that currency, and the form posts as plain HTML.
 */
export function DonateForm({
  ctx,
  campaign,
  currency,
  values = {},
  errors = {},
  guard,
}: DonateFormProps) {
  const { t } = ctx;
  const base = localizedPath(ctx.locale, `/${campaign.orgSlug}/${campaign.slug}`);
  const suggested = campaign.suggestedAmounts[currency] ?? [];
  const chosen = values.amount ?? (values.customAmount ? 'custom' : String(suggested[1] ?? ''));
  const frequency = values.frequency ?? 'once';
  const dedicationKind = values.dedicationKind ?? 'none';
  const errorId = (field: keyof FieldErrors) => (errors[field] ? `error-${field}` : undefined);
  return (
    // The fragment brings a re-rendered form with its errors into view, even on a phone.
    <form class="donate" method="post" action={`${base}/donate#donate`} novalidate>
      <h2 id="donate">{t.donate.heading}</h2>
      {Object.keys(errors).length > 0 && (
        <div class="alert" role="alert">
          <p>
            <strong>{t.donate.errorsTitle}</strong>
          </p>
          {errors.form && <p class="error">{errors.form}</p>}
        </div>
      )}
      <input type="hidden" name="currency" value={currency} />
      <fieldset>
        <legend>{t.donate.frequency}</legend>
        <div class="choices">
          {(['once', 'monthly'] as const).map((value) => (
            <label>
              <input type="radio" name="frequency" value={value} checked={frequency === value} />
              {t.donate[value]}
            </label>
          ))}
        </div>
      </fieldset>
      {campaign.currencies.length > 1 && (
        <fieldset>
          <legend>{t.donate.currency}</legend>
          <div class="choices currencies">
            {campaign.currencies.map((code) => (
              <a
                href={`${base}?currency=${code}#donate`}
                aria-current={code === currency ? 'true' : undefined}
              >
                {code}
              </a>
            ))}
          </div>
          {errors.currency && (
            <p class="error" id="error-currency">
              {errors.currency}
            </p>
          )}
        </fieldset>
      )}
      <fieldset aria-describedby={errorId('amount')}>
        <legend>{t.donate.amount}</legend>
        <div class="choices">
          {suggested.map((amount) => (
            <label>
              <input
                type="radio"
                name="amount"
                value={String(amount)}
                checked={chosen === String(amount)}
              />
              {formatMoney({ amount, currency }, ctx.intlLocale)}
            </label>
          ))}
        </div>
        <label class="block" for="customAmount">
          {t.donate.customAmount} ({currency})
        </label>
        <input
          type="text"
          inputmode="decimal"
          id="customAmount"
          name="customAmount"
          autocomplete="off"
          value={values.customAmount ?? ''}
          aria-invalid={errors.amount ? 'true' : undefined}
          aria-describedby={errorId('amount')}
        />
        {errors.amount && (
          <p class="error" id="error-amount">
            {errors.amount}
          </p>
        )}
      </fieldset>
      <Check name="coverFee" label={t.donate.coverFee} checked={values.coverFee !== undefined} />
      <Check name="anonymous" label={t.donate.anonymous} checked={values.anonymous !== undefined} />
      <fieldset>
        <legend>{t.donate.dedication}</legend>
        <div class="choices">
          {(
            [
              ['none', t.donate.dedicationNone],
              ['honour', t.donate.dedicationHonour],
              ['memory', t.donate.dedicationMemory],
            ] as const
          ).map(([value, label]) => (
            <label>
              <input
                type="radio"
                name="dedicationKind"
                value={value}
                checked={dedicationKind === value}
              />
              {label}
            </label>
          ))}
        </div>
        <label class="block" for="dedicationName">
          {t.donate.dedicationName}
        </label>
        <input
          type="text"
          id="dedicationName"
          name="dedicationName"
          maxlength={100}
          value={values.dedicationName ?? ''}
          aria-invalid={errors.dedicationName ? 'true' : undefined}
          aria-describedby={errorId('dedicationName')}
        />
        {errors.dedicationName && (
          <p class="error" id="error-dedicationName">
            {errors.dedicationName}
          </p>
        )}
      </fieldset>
      <label class="block" for="message">
        {t.donate.message}
      </label>
      <textarea
        id="message"
        name="message"
        rows={3}
        maxlength={500}
        aria-describedby={errorId('message')}
      >
        {values.message ?? ''}
      </textarea>
      {errors.message && (
        <p class="error" id="error-message">
          {errors.message}
        </p>
      )}
      <Check
        name="updatesOptIn"
        label={t.donate.updatesOptIn}
        checked={values.updatesOptIn !== undefined}
      />
      {guard && <FormGuardFields guard={guard} t={t} />}
      <button type="submit">{t.donate.submit}</button>
    </form>
  );
}

function Check({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <div class="check">
      <input type="checkbox" id={name} name={name} checked={checked} />
      <label for={name}>{label}</label>
    </div>
  );
}
