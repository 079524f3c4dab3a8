import { type EmailOptOut, formatMoney } from '@haven/core';
import { formatDate } from '../../i18n';
import type { GiftView } from '../gift-views';
import { CsrfField, DonorLayout, type DonorPageContext, donorPath } from '../layout';
import { statementChoices } from '../statement-years';
import { MonthlyForms } from './monthly-forms';
import { StatementRequests } from './statement-requests';

/** The donor space: every gift and its receipts, the emails they get, their data. */
export function GiftsPage(props: {
  ctx: DonorPageContext;
  csrfToken: string;
  gifts: GiftView[];
  optOuts: EmailOptOut[];
  notice?: string;
  error?: string;
}) {
  const { ctx, gifts, csrfToken } = props;
  const { t, locale } = ctx;
  return (
    <DonorLayout ctx={ctx} title={t.gifts.title}>
      {props.notice && <p role="status">{props.notice}</p>}
      {props.error && (
        <p class="error" role="alert">
          {props.error}
        </p>
      )}
      {gifts.length === 0 ? (
        <p>{t.gifts.none}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t.gifts.date}</th>
              <th>{t.gifts.organisation}</th>
              <th>{t.gifts.campaign}</th>
              <th>{t.gifts.kind}</th>
              <th>{t.gifts.amount}</th>
              <th>{t.gifts.status}</th>
              <th>{t.gifts.receipts}</th>
            </tr>
          </thead>
          <tbody>
            {gifts.map((gift) => {
              const { pledge } = gift;
              const first = gift.payments[0];
              return (
                <tr>
                  <td>{formatDate(first?.paidAt ?? pledge.createdAt, gift.intlLocale)}</td>
                  <td>
                    <bdi>{gift.orgName}</bdi>
                  </td>
                  <td>
                    <bdi>{gift.campaignTitle}</bdi>
                  </td>
                  <td>{pledge.frequency === 'monthly' ? t.gifts.monthly : t.gifts.once}</td>
                  <td>
                    {formatMoney(
                      { amount: pledge.gift, currency: pledge.currency },
                      gift.intlLocale,
                    )}
                  </td>
                  <td>
                    {pledge.monthlyStatus
                      ? t.monthly.statuses[pledge.monthlyStatus]
                      : t.gifts.statuses[pledge.status]}
                  </td>
                  <td>
                    <ul>
                      {gift.payments.map((payment) =>
                        payment.receiptNumber ? (
                          <li>
                            <a
                              href={donorPath(
                                locale,
                                `/gifts/${pledge.id}/receipts/${encodeURIComponent(payment.receiptNumber)}`,
                              )}
                            >
                              <bdi dir="ltr">{payment.receiptNumber}</bdi>
                            </a>
                          </li>
                        ) : (
                          <li>{t.gifts.receiptPending}</li>
                        ),
                      )}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {gifts.map((gift) => (
        <MonthlyForms ctx={ctx} csrfToken={csrfToken} gift={gift} />
      ))}
      {gifts.length > 0 && (
        <EmailChoices ctx={ctx} csrfToken={csrfToken} gifts={gifts} optOuts={props.optOuts} />
      )}
      {gifts.length > 0 && (
        <StatementRequests ctx={ctx} csrfToken={csrfToken} choices={statementChoices(gifts)} />
      )}
      <h2>{t.data.title}</h2>
      <p>{t.data.intro}</p>
      <p>
        <a href={donorPath(locale, '/data')} download="haven-donor-data.json">
          {t.data.download}
        </a>
      </p>
      <form method="post" action={donorPath(locale, '/erase')}>
        <CsrfField token={csrfToken} />
        <label>
          <input type="checkbox" name="confirm" value="yes" required />
          {t.data.confirmErase}
        </label>
        <button type="submit">{t.data.erase}</button>
      </form>
    </DonorLayout>
  );
}

/** One box per organisation given to, and one per campaign within it. */
function EmailChoices(props: {
  ctx: DonorPageContext;
  csrfToken: string;
  gifts: GiftView[];
  optOuts: EmailOptOut[];
}) {
  const { t, locale } = props.ctx;
  const orgs = new Map<string, { name: string; campaigns: Map<string, string> }>();
  for (const gift of props.gifts) {
    const org = orgs.get(gift.pledge.orgSlug) ?? { name: gift.orgName, campaigns: new Map() };
    org.campaigns.set(gift.pledge.campaignSlug, gift.campaignTitle);
    orgs.set(gift.pledge.orgSlug, org);
  }
  const optOutOf = (org: string) => props.optOuts.find((optOut) => optOut.orgSlug === org);
  return (
    <>
      <h2>{t.emails.title}</h2>
      <p>{t.emails.intro}</p>
      <form method="post" action={donorPath(locale, '/emails')}>
        <CsrfField token={props.csrfToken} />
        {[...orgs].map(([slug, org]) => {
          const optOut = optOutOf(slug);
          return (
            <fieldset>
              <legend>
                <label>
                  <input
                    type="checkbox"
                    name="org"
                    value={slug}
                    checked={!optOut?.wholeOrganisation}
                  />
                  {t.emails.organisation(org.name)}
                </label>
              </legend>
              {[...org.campaigns].map(([campaign, title]) => (
                <label>
                  <input
                    type="checkbox"
                    name="campaign"
                    value={`${slug}/${campaign}`}
                    checked={!optOut?.campaigns.includes(campaign)}
                  />
                  {t.emails.campaign(title)}
                </label>
              ))}
            </fieldset>
          );
        })}
        <button type="submit">{t.emails.save}</button>
      </form>
    </>
  );
}
