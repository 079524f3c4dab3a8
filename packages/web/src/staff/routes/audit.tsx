import { listAudit, listMembers } from '@haven/db';
import { Hono } from 'hono';
import { requireStaff, type StaffEnv, staffContextOf } from '../access';
import { StaffLayout, staffPageContext } from '../layout';

export function auditRoutes() {
  const app = new Hono<StaffEnv>();
  app.get('/audit', requireStaff('audit.read'), async (c) => {
    const who = staffContextOf(c);
    const ctx = staffPageContext(who.locale, who.signedIn);
    const { t } = ctx;
    const [entries, members] = await Promise.all([
      listAudit(c.var.staffDeps.db, c.var.staff.scope),
      listMembers(c.var.staffDeps.db, c.var.staff.scope),
    ]);
    // Entries name members by id (the log outlives addresses); show today's address if any.
    const emails = new Map(members.map((m) => [m.memberId, m.email]));
    const name = (memberId: string) => emails.get(memberId) ?? memberId;
    const when = new Intl.DateTimeFormat(who.locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'UTC',
    });
    return c.html(
      <StaffLayout ctx={ctx} title={t.audit.title}>
        {entries.length === 0 ? (
          <p>{t.audit.empty}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t.audit.when}</th>
                <th scope="col">{t.audit.who}</th>
                <th scope="col">{t.audit.what}</th>
                <th scope="col">{t.audit.change}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr>
                  <td>
                    <time datetime={entry.at}>{`${when.format(new Date(entry.at))} UTC`}</time>
                  </td>
                  <td>
                    <bdi>{name(entry.actor.memberId)}</bdi> ({t.roles[entry.actor.role]})
                  </td>
                  <td>
                    {t.audit.actions[entry.action]} <bdi>{name(entry.subject)}</bdi>
                  </td>
                  <td>
                    <code dir="ltr">
                      {entry.before ? JSON.stringify(entry.before) : '–'} →{' '}
                      {entry.after ? JSON.stringify(entry.after) : '–'}
                    </code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </StaffLayout>,
    );
  });
  return app;
}
