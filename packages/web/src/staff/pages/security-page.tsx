import { PASSKEY_ROLES, type Role } from '@haven/core';
import type { Passkey } from '@haven/db';
import type { signedInAs } from '../access';
import { CsrfField, StaffLayout, staffPageContext } from '../layout';

type Who = ReturnType<typeof signedInAs>;

/** The button the passkey script brings to life; hidden (and useless) without JavaScript. */
const PasskeyButton = (props: {
  who: Who;
  mode: 'register' | 'verify';
  label: string;
  next: string;
  failed: string;
}) => (
  <>
    <button
      type="button"
      hidden
      data-passkey={props.mode}
      data-csrf={props.who.signedIn.csrfToken}
      data-next={props.next}
      data-failed={props.failed}
    >
      {props.label}
    </button>
    <noscript>{staffPageContext(props.who.locale).t.security.needsJs}</noscript>
    <p id="passkey-status" role="status" aria-live="polite" />
  </>
);

export function SecurityPage(props: {
  who: Who;
  role: Role;
  passkeys: Passkey[];
  required: readonly string[];
  saved: boolean;
}) {
  const ctx = staffPageContext(props.who.locale, props.who.signedIn);
  const { t } = ctx;
  const date = new Intl.DateTimeFormat(props.who.locale, { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <StaffLayout ctx={ctx} title={t.security.title} script="/staff/passkey.js">
      {props.saved && <p role="status">{t.security.policySaved}</p>}
      <section aria-labelledby="passkeys">
        <h2 id="passkeys">{t.security.passkeys}</h2>
        <p>{t.security.passkeysIntro}</p>
        {props.passkeys.length === 0 ? (
          <p>{t.security.noPasskeys}</p>
        ) : (
          <ul>
            {props.passkeys.map((passkey) => (
              <li>{t.security.added(date.format(new Date(passkey.createdAt)))}</li>
            ))}
          </ul>
        )}
        <PasskeyButton
          who={props.who}
          mode="register"
          label={t.security.addPasskey}
          next="/staff/security"
          failed={t.security.failed}
        />
      </section>
      {props.who.signedIn.canManage && (
        <section aria-labelledby="policy">
          <h2 id="policy">{t.security.requiredFor}</h2>
          <form method="post" action="/staff/security/policy">
            <CsrfField token={props.who.signedIn.csrfToken} />
            <fieldset>
              <legend>{t.security.requiredFor}</legend>
              {PASSKEY_ROLES.map((role) => (
                <label>
                  <input
                    type="checkbox"
                    name="require"
                    value={role}
                    checked={props.required.includes(role)}
                  />{' '}
                  {t.roles[role]}
                </label>
              ))}
            </fieldset>
            <button type="submit">{t.security.savePolicy}</button>
          </form>
        </section>
      )}
      <section aria-labelledby="everywhere">
        <h2 id="everywhere">{t.security.signOutEverywhere}</h2>
        <p>{t.security.signOutEverywhereIntro}</p>
        <form method="post" action="/staff/sign-out-everywhere">
          <CsrfField token={props.who.signedIn.csrfToken} />
          <button type="submit">{t.security.signOutEverywhere}</button>
        </form>
      </section>
    </StaffLayout>
  );
}

/** Where a member who must use a passkey lands after the emailed link. */
export function PasskeyPage(props: { who: Who; hasPasskey: boolean }) {
  const ctx = staffPageContext(props.who.locale, props.who.signedIn);
  const { t } = ctx;
  return (
    <StaffLayout ctx={ctx} title={t.security.verifyTitle} script="/staff/passkey.js">
      <p>{props.hasPasskey ? t.security.verifyIntro : t.security.registerFirst}</p>
      <PasskeyButton
        who={props.who}
        mode={props.hasPasskey ? 'verify' : 'register'}
        label={props.hasPasskey ? t.security.verify : t.security.addPasskey}
        next="/staff"
        failed={t.security.failed}
      />
    </StaffLayout>
  );
}
