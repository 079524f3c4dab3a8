import { type AccountCode, type ChartAccount, DEFAULT_CHART } from '@haven/core';
import { accountMessagesFor } from '../../i18n/staff-accounts';
import type { signedInAs } from '../access';
import { CsrfField, StaffLayout, staffPageContext } from '../layout';

/**
 * The organisation's chart of accounts: each account's number and name as its books have them,
 * beside the default name in the member's language. Who may not rename sees the list alone.
 */
export function AccountsPage(props: {
  who: ReturnType<typeof signedInAs>;
  chart: ChartAccount[];
  canRename: boolean;
  notice?: 'saved' | 'invalid' | 'conflict';
  /** The accounts a refused form got wrong, shown with what was typed. */
  invalid?: AccountCode[];
  typed?: Partial<Record<AccountCode, { number: string; name: string }>>;
}) {
  const { who } = props;
  const ctx = staffPageContext(who.locale, who.signedIn);
  const m = accountMessagesFor(who.locale);
  const notice = props.notice;
  return (
    <StaffLayout ctx={ctx} title={m.title}>
      <p>{m.intro}</p>
      {notice && (
        <p
          class={notice === 'saved' ? 'notice' : 'error'}
          role={notice === 'saved' ? 'status' : 'alert'}
        >
          {m[notice]}
        </p>
      )}
      <form method="post" action="/staff/finance/accounts">
        <CsrfField token={who.signedIn.csrfToken} />
        <table>
          <thead>
            <tr>
              <th scope="col">{m.code}</th>
              <th scope="col">{m.defaultName}</th>
              <th scope="col">{m.number}</th>
              <th scope="col">{m.name}</th>
            </tr>
          </thead>
          <tbody>
            {props.chart.map((account) => {
              const typed = props.typed?.[account.code];
              const wrong = props.invalid?.includes(account.code) ? 'true' : undefined;
              return (
                <tr>
                  <th scope="row">
                    <code>{account.code}</code>
                  </th>
                  <td>{DEFAULT_CHART[account.code].name[who.locale]}</td>
                  <td>
                    <input
                      name={`number_${account.code}`}
                      value={typed?.number ?? account.number}
                      maxlength={20}
                      dir="ltr"
                      aria-label={`${m.number} ${account.code}`}
                      aria-invalid={wrong}
                      disabled={!props.canRename}
                    />
                  </td>
                  <td>
                    <input
                      name={`name_${account.code}`}
                      value={typed?.name ?? account.name}
                      maxlength={80}
                      dir="auto"
                      aria-label={`${m.name} ${account.code}`}
                      aria-invalid={wrong}
                      disabled={!props.canRename}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {props.canRename && <button type="submit">{m.save}</button>}
      </form>
    </StaffLayout>
  );
}
