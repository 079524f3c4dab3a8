import { donorStatementMessagesFor } from '../../i18n/donor-statements';
import { CsrfField, type DonorPageContext, donorPath } from '../layout';
import type { StatementChoice } from '../statement-years';

/** One form per organisation given to: a year of theirs, and the statement comes by email. */
export function StatementRequests(props: {
  ctx: DonorPageContext;
  csrfToken: string;
  choices: StatementChoice[];
}) {
  const { locale } = props.ctx;
  const m = donorStatementMessagesFor(locale);
  return (
    <section aria-labelledby="statements">
      <h2 id="statements">{m.title}</h2>
      <p>{m.intro}</p>
      {props.choices.map((choice) => (
        <form method="post" action={donorPath(locale, '/statements')}>
          <CsrfField token={props.csrfToken} />
          <input type="hidden" name="org" value={choice.orgSlug} />
          <p>
            {m.organisation}: <bdi>{choice.orgName}</bdi>
          </p>
          <label>
            {m.year}{' '}
            <select name="year">
              {choice.years.map((option) => (
                <option value={String(option.year)}>{option.label}</option>
              ))}
            </select>
          </label>{' '}
          <button type="submit">{m.send}</button>
        </form>
      ))}
    </section>
  );
}
