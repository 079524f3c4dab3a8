import {
  type AccountOverride,
  chartOfAccounts,
  formatMoney,
  intlLocale,
  type LedgerEntry,
} from '@haven/core';
import { accountMessagesFor } from '../../i18n/staff-accounts';
import { financeMessagesFor } from '../../i18n/staff-finance';
import type { signedInAs } from '../access';
import { StaffLayout, staffPageContext } from '../layout';

/** The journal of a period, one page at a time, every line in its entry's currency. */
export function LedgerPage(props: {
  who: ReturnType<typeof signedInAs>;
  country: string | undefined;
  period: { from: string; to: string };
  entries: LedgerEntry[];
  next: string | undefined;
  invalid?: boolean;
  /** The accounts the organisation renamed (the rest show their default names). */
  accountNames?: readonly AccountOverride[];
}) {
  const { who } = props;
  const ctx = staffPageContext(who.locale, who.signedIn);
  const m = financeMessagesFor(who.locale);
  const intl = intlLocale(who.locale, props.country);
  const accounts = new Map(
    chartOfAccounts(props.accountNames ?? [], who.locale).map((a) => [a.code, a]),
  );
  const money = (amount: number, currency: string) => formatMoney({ amount, currency }, intl);
  return (
    <StaffLayout ctx={ctx} title={m.ledger.title}>
      {props.invalid && (
        <p class="error" role="alert">
          {m.ledger.invalid}
        </p>
      )}
      <form method="get" action="/staff/ledger">
        <label for="from">{m.ledger.from}</label>
        <input id="from" name="from" type="date" value={props.period.from} required />
        <label for="to">{m.ledger.to}</label>
        <input id="to" name="to" type="date" value={props.period.to} required />
        <button type="submit">{m.ledger.show}</button>
      </form>
      <p>
        <a href="/staff/finance/accounts">{accountMessagesFor(who.locale).link}</a>
      </p>
      {props.entries.length === 0 ? (
        <p>{m.ledger.empty}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{m.ledger.date}</th>
              <th>{m.ledger.entry}</th>
              <th>{m.ledger.account}</th>
              <th>{m.ledger.debit}</th>
              <th>{m.ledger.credit}</th>
            </tr>
          </thead>
          <tbody>
            {props.entries.flatMap((entry) =>
              entry.lines.map((line, i) => {
                const account = accounts.get(line.account);
                return (
                  <tr>
                    <td>{i === 0 ? entry.bookedAt.slice(0, 10) : ''}</td>
                    <td>{i === 0 ? m.ledger.kinds[entry.kind] : ''}</td>
                    <td>
                      {account ? `${account.number} ${account.name}` : line.account}
                      {line.campaignSlug ? ` · ${line.campaignSlug}` : ''}
                    </td>
                    <td>{line.amount > 0 ? money(line.amount, entry.currency) : ''}</td>
                    <td>{line.amount < 0 ? money(-line.amount, entry.currency) : ''}</td>
                  </tr>
                );
              }),
            )}
          </tbody>
        </table>
      )}
      {props.next && (
        <p>
          <a
            href={`/staff/ledger?from=${props.period.from}&to=${props.period.to}&page=${encodeURIComponent(props.next)}`}
          >
            {m.ledger.next}
          </a>
        </p>
      )}
    </StaffLayout>
  );
}
