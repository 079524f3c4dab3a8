import { formatMoney, minorUnitExponent } from '@haven/core';
import type { GiftView } from '../gift-views';
import { CsrfField, type DonorPageContext, donorPath } from '../layout';

/** What a donor can do with a monthly gift still running: amount, pause or resume, card, cancel. */
export function MonthlyForms(props: { ctx: DonorPageContext; csrfToken: string; gift: GiftView }) {
  const { ctx, gift, csrfToken } = props;
  const { t, locale } = ctx;
  const { pledge } = gift;
  const status = pledge.monthlyStatus;
  if (pledge.frequency !== 'monthly' || !status || status === 'canceled') return null;
  const action = (verb: string) => donorPath(locale, `/gifts/${pledge.id}/${verb}`);
  const exponent = minorUnitExponent(pledge.currency);
  return (
    <section class="monthly" aria-labelledby={`monthly-${pledge.id}`}>
      <h2 id={`monthly-${pledge.id}`}>
        {t.monthly.title}: <bdi>{gift.campaignTitle}</bdi>
      </h2>
      <p>
        {formatMoney({ amount: pledge.gift, currency: pledge.currency }, gift.intlLocale)} ·{' '}
        {t.monthly.statuses[status]}
      </p>
      <form method="post" action={action('amount')}>
        <CsrfField token={csrfToken} />
        <label for={`amount-${pledge.id}`}>{t.monthly.newAmount(pledge.currency)}</label>
        <input
          id={`amount-${pledge.id}`}
          name="amount"
          inputmode={exponent === 0 ? 'numeric' : 'decimal'}
          dir="ltr"
          required
        />
        <button type="submit">{t.monthly.change}</button>
      </form>
      <form method="post" action={action(status === 'paused' ? 'resume' : 'pause')}>
        <CsrfField token={csrfToken} />
        <button type="submit">{status === 'paused' ? t.monthly.resume : t.monthly.pause}</button>
      </form>
      <form method="post" action={action('card')}>
        <CsrfField token={csrfToken} />
        <button type="submit">{t.monthly.card}</button>
      </form>
      <form method="post" action={action('cancel')}>
        <CsrfField token={csrfToken} />
        <button type="submit">{t.monthly.cancel}</button>
      </form>
    </section>
  );
}
