import type { StatementRun } from '@haven/db';
import { exportMessagesFor } from '../../i18n/staff-exports';
import { statementSendMessagesFor } from '../../i18n/staff-statements';
import type { signedInAs } from '../access';
import { CsrfField, StaffLayout, staffPageContext } from '../layout';

/**
 * The statements page: one donor's statement by address and year, and the year's bulk sending
 * to every donor with its counts. `label` is the year as the organisation's fiscal year spans it.
 */
export function StatementsFormPage(props: {
  who: ReturnType<typeof signedInAs>;
  year: number;
  label: string;
  run: StatementRun | undefined;
  notice?: 'queued' | 'sent';
  problem?: 'bad' | 'badYear' | 'noGift';
}) {
  const { who, year, run } = props;
  const ctx = staffPageContext(who.locale, who.signedIn);
  const m = exportMessagesFor(who.locale).statements;
  const s = statementSendMessagesFor(who.locale);
  return (
    <StaffLayout ctx={ctx} title={m.title}>
      <p>{m.intro}</p>
      {props.problem && (
        <p class="error" role="alert">
          {props.problem === 'bad' ? m.bad : s[props.problem]}
        </p>
      )}
      {props.notice && <p role="status">{props.notice === 'sent' ? s.sentOne : s.bulkQueued}</p>}
      <form method="get" action="/staff/finance/statements">
        <label>
          {m.email}
          <input type="email" name="email" required dir="ltr" />
        </label>
        <label>
          {m.year}
          <input type="number" name="year" value={String(year)} min="2000" max="2100" required />
        </label>
        <button type="submit">{m.show}</button>
      </form>
      <section aria-labelledby="bulk">
        <h2 id="bulk">{s.bulkTitle}</h2>
        <p>{s.period(props.label)}</p>
        <p>{s.bulkIntro(props.label)}</p>
        <p role="status" data-run={run ? 'asked' : 'none'}>
          {run ? s.counts(run) : s.notYet}
        </p>
        <form method="post" action="/staff/finance/statements/send-all">
          <CsrfField token={who.signedIn.csrfToken} />
          <input type="hidden" name="year" value={String(year)} />
          <button type="submit">{s.bulkSend}</button>
        </form>
      </section>
    </StaffLayout>
  );
}
