import { pickText } from '@haven/core';
import type { CampaignSummary } from '@haven/db';
import { campaignMessagesFor } from '../../i18n/staff-campaigns';
import type { signedInAs } from '../access';
import { StaffLayout, staffPageContext } from '../layout';

/** Every campaign of the organisation, drafts included, with each language's state. */
export function CampaignListPage(props: {
  who: ReturnType<typeof signedInAs>;
  campaigns: CampaignSummary[];
  canEdit: boolean;
}) {
  const ctx = staffPageContext(props.who.locale, props.who.signedIn);
  const m = campaignMessagesFor(props.who.locale);
  const locale = props.who.locale;
  return (
    <StaffLayout ctx={ctx} title={m.list.title}>
      {props.canEdit && (
        <p>
          <a href="/staff/campaigns/new">{m.list.create}</a>
        </p>
      )}
      {props.campaigns.length === 0 ? (
        <p>{m.list.empty}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{m.list.campaign}</th>
              <th scope="col">{m.list.status}</th>
              <th scope="col">{m.list.languages}</th>
              <th scope="col">{m.list.actions}</th>
            </tr>
          </thead>
          <tbody>
            {props.campaigns.map((campaign) => (
              <tr>
                <th scope="row">
                  <bdi>
                    {pickText(campaign.titles, locale, campaign.defaultLocale) || m.list.untitled}
                  </bdi>{' '}
                  <code>{campaign.slug}</code>
                </th>
                <td>{m.status[campaign.status]}</td>
                <td>
                  <ul>
                    {campaign.translations.map((status) => (
                      <li>
                        {m.languageNames[status.locale]}: {m.translation[status.state]}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  {props.canEdit && (
                    <>
                      <a href={`/staff/campaigns/${campaign.slug}/edit`}>{m.edit}</a>{' '}
                    </>
                  )}
                  <a href={`/staff/campaigns/${campaign.slug}/preview`}>{m.preview}</a>
                  {campaign.status !== 'draft' && (
                    <>
                      {' '}
                      <a href={`/staff/campaigns/${campaign.slug}/dashboard`}>{m.dashboard}</a>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </StaffLayout>
  );
}
