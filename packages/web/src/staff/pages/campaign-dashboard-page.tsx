import { formatMoney, intlLocale, pickText } from '@haven/core';
import type { CampaignDashboard } from '@haven/db';
import { GiftsChart } from '../../charts/gifts-chart';
import { formatDate } from '../../i18n';
import { campaignMessagesFor } from '../../i18n/staff-campaigns';
import type { signedInAs } from '../access';
import { StaffLayout, staffPageContext } from '../layout';

/** A campaign's totals, supporters, latest gifts and gifts over time, in the member's language. */
export function CampaignDashboardPage(props: {
  who: ReturnType<typeof signedInAs>;
  dashboard: CampaignDashboard;
  country?: string;
}) {
  const ctx = staffPageContext(props.who.locale, props.who.signedIn);
  const m = campaignMessagesFor(props.who.locale);
  const locale = props.who.locale;
  const intl = intlLocale(locale, props.country);
  const { campaign, latestGifts, series } = props.dashboard;
  const title = pickText(
    Object.fromEntries(Object.entries(campaign.text).map(([l, text]) => [l, text?.title ?? ''])),
    locale,
    campaign.defaultLocale,
  );
  const totals = Object.entries(campaign.totals);
  return (
    <StaffLayout ctx={ctx} title={m.board.title(title || campaign.slug)}>
      <p>
        {m.status[campaign.status]} ·{' '}
        <a href={`/staff/campaigns/${campaign.slug}/preview`}>{m.preview}</a>
      </p>
      <dl>
        <dt>{m.board.totals}</dt>
        {totals.length === 0 ? (
          <dd>{formatMoney({ amount: 0, currency: campaign.goal.currency }, intl)}</dd>
        ) : (
          totals.map(([currency, total]) => (
            <dd>{formatMoney({ amount: total?.amount ?? 0, currency }, intl)}</dd>
          ))
        )}
        <dt>{m.board.goal}</dt>
        <dd>{formatMoney(campaign.goal, intl)}</dd>
        <dt>{m.board.supporters}</dt>
        <dd>{new Intl.NumberFormat(intl).format(campaign.supporters)}</dd>
      </dl>
      <h2>{m.board.latest}</h2>
      {latestGifts.length === 0 ? (
        <p>{m.board.noGifts}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{m.board.when}</th>
              <th scope="col">{m.board.amount}</th>
              <th scope="col">{m.board.donor}</th>
            </tr>
          </thead>
          <tbody>
            {latestGifts.map((gift) => (
              <tr>
                <td>{formatDate(gift.paidAt, intl)}</td>
                <td>{formatMoney(gift.amount, intl)}</td>
                <td>
                  {gift.donor.kind === 'masked' ? (
                    m.board.anonymous
                  ) : gift.donor.kind === 'none' ? (
                    m.board.noName
                  ) : (
                    <bdi>
                      {gift.donor.anonymous
                        ? m.board.anonymousNamed(gift.donor.name)
                        : gift.donor.name}
                    </bdi>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{m.board.overTime}</h2>
      {series.map((one) => (
        <GiftsChart series={one} locale={locale} intlLocale={intl} />
      ))}
    </StaffLayout>
  );
}
