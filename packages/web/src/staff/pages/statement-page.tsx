import {
  formatMoney,
  type Locale,
  type Organisation,
  pickText,
  type StatementLine,
  textDirection,
} from '@haven/core';
import { raw } from 'hono/html';
import { statementMessagesFor } from '../../i18n/statements';
import { CsrfField } from '../layout';

/**
 * A donor's yearly statement as a printable page, in the donor's language, with the
 * organisation's legal details and its own deductibility wording: no script, no staff chrome,
 * so what prints is the statement alone.
 */
export function StatementPage(props: {
  org: Organisation;
  locale: Locale;
  donorName: string;
  /** "2026", or a fiscal year's days in the donor's language. */
  period: string;
  lines: StatementLine[];
  receipts: string[];
  /** Staff may email it: a form outside what prints, in the staff member's language. */
  send?: { csrfToken: string; email: string; year: number; label: string; notice?: string };
}) {
  const { org, locale, period, send } = props;
  const m = statementMessagesFor(locale);
  const money = (amount: number, currency: string) => formatMoney({ amount, currency }, locale);
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={locale} dir={textDirection(locale)}>
        <head>
          <meta charset="utf-8" />
          <meta name="robots" content="noindex" />
          <title>{`${m.title(period)} · ${org.legalName}`}</title>
          <link rel="stylesheet" href="/static/app.css" />
        </head>
        <body>
          <main class="statement">
            <header>
              <p>
                <strong>{org.legalName}</strong>
                <br />
                {org.address}
                {org.registrationNumber && (
                  <>
                    <br />
                    {m.registration}: <bdi>{org.registrationNumber}</bdi>
                  </>
                )}
              </p>
            </header>
            <h1>{m.title(period)}</h1>
            <p>{m.intro(props.donorName, period)}</p>
            {props.lines.length === 0 ? (
              <p>{m.none(period)}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{m.currency}</th>
                    <th scope="col">{m.gifts}</th>
                    <th scope="col">{m.refunded}</th>
                    <th scope="col">{m.net}</th>
                  </tr>
                </thead>
                <tbody>
                  {props.lines.map((line) => (
                    <tr>
                      <th scope="row">{line.currency}</th>
                      <td>{money(line.gifts, line.currency)}</td>
                      <td>{money(line.refunded, line.currency)}</td>
                      <td>
                        <strong>{money(line.net, line.currency)}</strong>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {props.receipts.length > 0 && (
              <p>
                {m.receipts}: <bdi dir="ltr">{props.receipts.join(', ')}</bdi>
              </p>
            )}
            <p>{pickText(org.taxNote, locale, org.defaultLocale)}</p>
            <p class="no-print">{m.print}</p>
            {send && (
              <form method="post" action="/staff/finance/statements/send" class="no-print">
                {send.notice && <p role="status">{send.notice}</p>}
                <CsrfField token={send.csrfToken} />
                <input type="hidden" name="email" value={send.email} />
                <input type="hidden" name="year" value={String(send.year)} />
                <button type="submit">{send.label}</button>
              </form>
            )}
          </main>
        </body>
      </html>
    </>
  );
}
