import { formatMoney, type Payment, pickText, textDirection } from '@haven/core';
import { raw } from 'hono/html';
import { formatDate } from '../../i18n';
import { assetUrl } from '../../static/assets';
import type { GiftView } from '../gift-views';
import type { DonorPageContext } from '../layout';

/**
 * A receipt as a printable page: the emailed receipt's content (emails/receipt.tsx), word for
 * word from the same wording, drawn here with hono/jsx because the page function never loads
 * React Email. Fields erased at the donor's request are marked as such, not silently left out.
 */
export function ReceiptPage(props: {
  ctx: DonorPageContext;
  gift: GiftView;
  payment: Payment;
  /** Where the page's way back leads: the donor's gifts, or a staff page. */
  back: { href: string; label: string };
}) {
  const { ctx, gift, payment } = props;
  const r = ctx.t.receipt;
  const { locale } = ctx;
  const org = gift.org;
  const erased = new Set(payment.erasedFields ?? []);
  const money = (amount: number) =>
    formatMoney({ amount, currency: payment.currency }, gift.intlLocale);
  const taxNote = org ? pickText(org.taxNote, locale, org.defaultLocale) : '';
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={locale} dir={textDirection(locale)}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex" />
          <title>{`${r.title} ${payment.receiptNumber ?? ''} · ${gift.orgName}`}</title>
          <link rel="stylesheet" href={assetUrl('app.css')} />
        </head>
        <body>
          <main id="content" class="receipt">
            {org?.logoUrl && <img src={org.logoUrl} alt={gift.orgName} height={48} />}
            <h1>{r.heading}</h1>
            <p>{payment.donorName ? r.greeting(payment.donorName) : r.greetingAnonymous}</p>
            <p>{r.intro(gift.orgName, gift.campaignTitle)}</p>
            <h2>{r.title}</h2>
            <dl>
              <dt>{r.labels.receiptNumber}</dt>
              <dd>
                <bdi dir="ltr">{payment.receiptNumber}</bdi>
              </dd>
              <dt>{r.labels.date}</dt>
              <dd>{formatDate(payment.paidAt, gift.intlLocale)}</dd>
              <dt>{r.labels.campaign}</dt>
              <dd>
                <bdi>{gift.campaignTitle}</bdi>
              </dd>
              <dt>{r.labels.frequency}</dt>
              <dd>{r.frequency[gift.pledge.frequency]}</dd>
              {erased.has('donorName') && (
                <>
                  <dt>{r.labels.donor}</dt>
                  <dd class="erased">{r.erased}</dd>
                </>
              )}
              <dt>{r.labels.gift}</dt>
              <dd>{money(payment.gift)}</dd>
              {payment.feeCover > 0 && (
                <>
                  <dt>{r.labels.feeCovered}</dt>
                  <dd>{money(payment.feeCover)}</dd>
                </>
              )}
              <dt>{r.labels.total}</dt>
              <dd>
                <strong>{money(payment.gift + payment.feeCover)}</strong>
              </dd>
            </dl>
            {payment.dedication && (
              <p>{r.dedication[payment.dedication.kind](payment.dedication.name)}</p>
            )}
            {erased.has('dedication') && (
              <p>
                {r.labels.dedication}: <span class="erased">{r.erased}</span>
              </p>
            )}
            {payment.message && (
              <>
                <p>{r.messageLabel}</p>
                <p dir="auto">
                  <em>{payment.message}</em>
                </p>
              </>
            )}
            {erased.has('message') && (
              <p>
                {r.messageLabel}: <span class="erased">{r.erased}</span>
              </p>
            )}
            {gift.pledge.frequency === 'monthly' && <p>{r.monthlyNote}</p>}
            <h2>{r.taxHeading}</h2>
            <p>{taxNote}</p>
            <p>{r.thanks(gift.orgName)}</p>
            <p>
              {r.signoff}
              <br />
              <bdi>{gift.orgName}</bdi>
            </p>
            <hr />
            {org && (
              <p>
                {r.issuedBy(org.legalName)}
                <br />
                <bdi>{org.address}</bdi>
                {org.registrationNumber && (
                  <>
                    <br />
                    {r.registrationNumber(org.registrationNumber)}
                  </>
                )}
                {org.website && (
                  <>
                    <br />
                    <bdi dir="ltr">{org.website}</bdi>
                  </>
                )}
              </p>
            )}
            <p class="no-print">
              {r.print} <a href={props.back.href}>{props.back.label}</a>
            </p>
          </main>
        </body>
      </html>
    </>
  );
}
