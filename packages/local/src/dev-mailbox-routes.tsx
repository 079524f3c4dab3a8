import { type Db, findDevEmail, listDevEmails } from '@haven/db';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/** Outbox ids are ours (`receipt_plg_…`); anything else names no email and never becomes a key. */
const EMAIL_ID = /^[A-Za-z0-9_-]{1,200}$/;

/**
 * /dev/emails: every email the service would have sent, as the donor would see it. Only the
 * local server mounts these routes; they are never part of the deployed app.
 */
export function devMailboxRoutes(db: Db) {
  const app = new Hono();
  // The same headers as the service's pages. Not overwriting lets the preview keep its own
  // CSP, which allows the inline styles every email carries.
  app.use(
    secureHeaders({
      overwrite: false,
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
    }),
  );
  app.get('/emails', async (c) => {
    const emails = await listDevEmails(db);
    return c.html(
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <title>Outbox · Haven (development)</title>
          <link rel="stylesheet" href="/static/app.css" />
        </head>
        <body>
          <main>
            <h1>Outbox (development)</h1>
            <p>Emails are kept here instead of being sent, because RESEND_API_KEY is not set.</p>
            {emails.length === 0 ? (
              <p>No email yet.</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th>Sent</th>
                    <th>To</th>
                    <th>Subject</th>
                    <th>Text</th>
                  </tr>
                </thead>
                <tbody>
                  {emails.map((email) => (
                    <tr>
                      <td>
                        <time datetime={email.sentAt}>{email.sentAt}</time>
                      </td>
                      <td>{email.to}</td>
                      <td>
                        <a href={`/dev/emails/${encodeURIComponent(email.id)}`}>{email.subject}</a>
                      </td>
                      <td>
                        <a href={`/dev/emails/${encodeURIComponent(email.id)}/text`}>text</a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </main>
        </body>
      </html>,
    );
  });
  app.get('/emails/:id', async (c) => {
    const id = c.req.param('id');
    const email = EMAIL_ID.test(id) ? await findDevEmail(db, id) : undefined;
    if (!email) return c.text('No such email', 404);
    // The email exactly as a mail client would render it: its own HTML, inline styles only.
    c.header(
      'Content-Security-Policy',
      "default-src 'none'; img-src data: https:; style-src 'unsafe-inline'",
    );
    return c.html(email.html);
  });
  app.get('/emails/:id/text', async (c) => {
    const id = c.req.param('id');
    const email = EMAIL_ID.test(id) ? await findDevEmail(db, id) : undefined;
    if (!email) return c.text('No such email', 404);
    return c.text(email.text);
  });
  return app;
}
