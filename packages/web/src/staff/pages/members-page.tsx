import { can, LOCALES, ROLES } from '@haven/core';
import type { MemberRecord } from '@haven/db';
import { messagesFor } from '../../i18n';
import type { StaffMember, signedInAs } from '../access';
import { CsrfField, StaffLayout, staffPageContext } from '../layout';

export function MembersPage(props: {
  who: ReturnType<typeof signedInAs>;
  members: MemberRecord[];
  me: StaffMember;
  notice?: { kind: 'done' | 'error'; text: string };
}) {
  const ctx = staffPageContext(props.who.locale, props.who.signedIn);
  const { t } = ctx;
  const csrf = props.who.signedIn.csrfToken;
  const manage = can(props.me.role, 'members.manage');
  return (
    <StaffLayout ctx={ctx} title={t.members.title}>
      {props.notice && (
        <p
          class={props.notice.kind === 'error' ? 'error' : 'notice'}
          role={props.notice.kind === 'error' ? 'alert' : 'status'}
        >
          {props.notice.text}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">{t.members.email}</th>
            <th scope="col">{t.members.role}</th>
            <th scope="col">{t.members.status}</th>
            {manage && (
              <th scope="col">
                <span class="visually-hidden">{t.members.remove}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {props.members.map((member) => (
            <tr>
              <th scope="row">
                <bdi>{member.email}</bdi> {member.memberId === props.me.memberId && t.members.you}
              </th>
              <td>
                {manage ? (
                  <form method="post" action={`/staff/members/${member.memberId}/role`}>
                    <CsrfField token={csrf} />
                    <select name="role" aria-label={t.members.roleFor(member.email)}>
                      {ROLES.map((role) => (
                        <option value={role} selected={role === member.role}>
                          {t.roles[role]}
                        </option>
                      ))}
                    </select>
                    <button type="submit">{t.members.changeRole}</button>
                  </form>
                ) : (
                  t.roles[member.role]
                )}
              </td>
              <td>{member.status === 'invited' ? t.members.invited : t.members.active}</td>
              {manage && (
                <td>
                  <form method="post" action={`/staff/members/${member.memberId}/remove`}>
                    <CsrfField token={csrf} />
                    <button type="submit" aria-label={t.members.removeLabel(member.email)}>
                      {t.members.remove}
                    </button>
                  </form>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {manage && (
        <section aria-labelledby="invite-heading">
          <h2 id="invite-heading">{t.members.inviteHeading}</h2>
          <form method="post" action="/staff/members">
            <CsrfField token={csrf} />
            <p>
              <label for="invite-email">{t.members.email}</label>
              <input id="invite-email" name="email" type="email" required autocomplete="off" />
            </p>
            <p>
              <label for="invite-role">{t.members.role}</label>
              <select id="invite-role" name="role">
                {ROLES.map((role) => (
                  <option value={role} selected={role === 'fundraiser'}>
                    {t.roles[role]}
                  </option>
                ))}
              </select>
            </p>
            <p>
              <label for="invite-locale">{t.members.language}</label>
              <select id="invite-locale" name="locale">
                {LOCALES.map((locale) => (
                  <option value={locale} selected={locale === props.who.locale}>
                    {messagesFor(locale).languageName}
                  </option>
                ))}
              </select>
            </p>
            <button type="submit">{t.members.invite}</button>
          </form>
        </section>
      )}
    </StaffLayout>
  );
}
