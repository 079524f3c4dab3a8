import type { ExportMessages } from '../../i18n/staff-exports';
import type { signedInAs } from '../access';
import { CsrfField, StaffLayout, staffPageContext } from '../layout';

export type ExportJobLine = {
  id: string;
  createdAt: string;
  status: 'pending' | 'done' | 'failed';
  rows?: number | undefined;
  link?: string | undefined;
};

/** The exports form (filters) and the files being prepared in the background. */
export function ExportsPage(props: {
  who: ReturnType<typeof signedInAs>;
  m: ExportMessages;
  badFilter: boolean;
  campaigns: { slug: string; title: string }[];
  currencies: string[];
  today: string;
  queued?: boolean;
  jobs?: ExportJobLine[];
  directLimit?: number;
}) {
  const { who, m } = props;
  const ctx = staffPageContext(who.locale, who.signedIn);
  const csrf = who.signedIn.csrfToken;
  const yearStart = `${props.today.slice(0, 4)}-01-01`;
  return (
    <StaffLayout ctx={ctx} title={m.title}>
      <p>{m.intro}</p>
      {props.queued && (
        <p class="notice" role="status">
          <strong>{m.queuedTitle}.</strong> {m.queued}
        </p>
      )}
      {props.badFilter && (
        <p class="error" role="alert">
          {m.badFilter}
        </p>
      )}
      <p>
        <a href="/staff/finance/statements">{m.statements.title}</a>
      </p>
      <form method="post" action="/staff/finance/exports">
        <CsrfField token={csrf} />
        <label>
          {m.kind}
          <select name="kind">
            <option value="donations">{m.kinds.donations}</option>
            <option value="journal">{m.kinds.journal}</option>
            <option value="payouts">{m.kinds.payouts}</option>
          </select>
        </label>
        <label>
          {m.from}
          <input type="date" name="from" value={yearStart} required />
        </label>
        <label>
          {m.to}
          <input type="date" name="to" value={props.today} required />
        </label>
        <label>
          {m.campaign}
          <select name="campaign">
            <option value="">{m.anyCampaign}</option>
            {props.campaigns.map((campaign) => (
              <option value={campaign.slug}>{campaign.title}</option>
            ))}
          </select>
        </label>
        <label>
          {m.currency}
          <input
            name="currency"
            list="currencies"
            pattern="[A-Za-z]{3}"
            maxlength={3}
            placeholder={m.anyCurrency}
            dir="ltr"
          />
          <datalist id="currencies">
            {props.currencies.map((currency) => (
              <option value={currency} />
            ))}
          </datalist>
        </label>
        <button type="submit">{m.download}</button>
      </form>
      {props.directLimit !== undefined && (
        <section aria-labelledby="background">
          <h2 id="background">{m.background}</h2>
          <p>{m.backgroundIntro(props.directLimit)}</p>
          {(props.jobs ?? []).length === 0 ? (
            <p>{m.none}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{m.requested}</th>
                  <th scope="col">{m.status}</th>
                  <th scope="col">{m.rows}</th>
                  <th scope="col">{m.fetch}</th>
                </tr>
              </thead>
              <tbody>
                {(props.jobs ?? []).map((job) => (
                  <tr>
                    <td>
                      <time datetime={job.createdAt}>
                        {job.createdAt.replace('T', ' ').slice(0, 16)} UTC
                      </time>
                    </td>
                    <td>{m.statuses[job.status]}</td>
                    <td>{job.rows ?? ''}</td>
                    <td>{job.link ? <a href={job.link}>{m.fetch}</a> : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </StaffLayout>
  );
}
