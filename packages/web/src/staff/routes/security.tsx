import { PASSKEY_ROLES, type Role } from '@haven/core';
import {
  addPasskey,
  endAllStaffSessions,
  listPasskeys,
  recordPasskeyUse,
  setSessionFields,
  updateOrgSettings,
} from '@haven/db';
import { type Context, Hono } from 'hono';
import { requireStaff, type StaffEnv, staffContextOf } from '../access';
import { PasskeyPage, SecurityPage } from '../pages/security-page';
import { PASSKEY_SCRIPT } from '../passkey-script';
import { staffPage } from '../render';
import { clearSessionCookie } from '../session-cookie';
import { AuthenticationJson, RegistrationJson, transportsOf } from '../webauthn-json';

const webauthn = () => import('../webauthn-lib');

const relyingParty = (publicUrl: string) => {
  const url = new URL(publicUrl);
  return { rpID: url.hostname, origin: url.origin };
};

/** Passkeys may be added freely until there is one; after that, only once it was used. */
async function mayAddPasskey(c: Context<StaffEnv>) {
  if (c.var.staff.session.passkeyVerified) return true;
  return (await listPasskeys(c.var.staffDeps.db, c.var.staff.scope)).length === 0;
}

export function securityRoutes() {
  const app = new Hono<StaffEnv>();
  const exempt = { passkeyExempt: true };

  app.get('/passkey.js', (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'no-cache');
    return c.body(PASSKEY_SCRIPT);
  });

  app.get('/security', requireStaff('security.self'), async (c) => {
    const passkeys = await listPasskeys(c.var.staffDeps.db, c.var.staff.scope);
    return c.html(
      <SecurityPage
        who={staffContextOf(c)}
        role={c.var.member.role}
        passkeys={passkeys}
        required={c.var.staff.org.passkeyRequiredFor ?? []}
        saved={c.req.query('done') === 'policy'}
      />,
    );
  });

  app.get('/passkey', requireStaff('security.self', exempt), async (c) => {
    const passkeys = await listPasskeys(c.var.staffDeps.db, c.var.staff.scope);
    return c.html(<PasskeyPage who={staffContextOf(c)} hasPasskey={passkeys.length > 0} />);
  });

  app.post('/passkeys/options', requireStaff('security.self', exempt), async (c) => {
    const { generateRegistrationOptions, isoBase64URL } = await webauthn();
    const deps = c.var.staffDeps;
    if (!(await mayAddPasskey(c))) return c.json({ error: 'passkey_required' }, 403);
    const existing = await listPasskeys(deps.db, c.var.staff.scope);
    const options = await generateRegistrationOptions({
      rpName: 'Haven',
      rpID: relyingParty(deps.publicUrl).rpID,
      userName: c.var.member.memberId,
      userID: isoBase64URL.toBuffer(isoBase64URL.fromUTF8String(c.var.member.memberId)),
      attestationType: 'none',
      excludeCredentials: existing.map((p) => ({
        id: p.credentialId,
        transports: transportsOf(p.transports),
      })),
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
    });
    await setSessionFields(deps.db, c.var.staff.sessionHash, { challenge: options.challenge });
    return c.json(options);
  });

  app.post('/passkeys', requireStaff('security.self', exempt), async (c) => {
    const { verifyRegistrationResponse, isoBase64URL } = await webauthn();
    const deps = c.var.staffDeps;
    const { session, sessionHash, scope } = c.var.staff;
    const body = RegistrationJson.safeParse(await c.req.json().catch(() => undefined));
    if (!body.success || !session.challenge) return c.json({ error: 'invalid_input' }, 400);
    if (!(await mayAddPasskey(c))) return c.json({ error: 'passkey_required' }, 403);
    await setSessionFields(deps.db, sessionHash, { challenge: null });
    const rp = relyingParty(deps.publicUrl);
    const result = await verifyRegistrationResponse({
      response: body.data,
      expectedChallenge: session.challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
    }).catch(() => undefined);
    if (!result?.verified) return c.json({ error: 'not_verified' }, 400);
    const { credential } = result.registrationInfo;
    await addPasskey(deps.db, scope, {
      credentialId: credential.id,
      publicKey: isoBase64URL.fromBuffer(credential.publicKey),
      counter: credential.counter,
      transports: credential.transports,
      createdAt: deps.now().toISOString(),
    });
    await setSessionFields(deps.db, sessionHash, { passkeyVerified: true });
    return c.json({ verified: true });
  });

  app.post('/passkey/options', requireStaff('security.self', exempt), async (c) => {
    const { generateAuthenticationOptions } = await webauthn();
    const deps = c.var.staffDeps;
    const passkeys = await listPasskeys(deps.db, c.var.staff.scope);
    const options = await generateAuthenticationOptions({
      rpID: relyingParty(deps.publicUrl).rpID,
      allowCredentials: passkeys.map((p) => ({
        id: p.credentialId,
        transports: transportsOf(p.transports),
      })),
      userVerification: 'preferred',
    });
    await setSessionFields(deps.db, c.var.staff.sessionHash, { challenge: options.challenge });
    return c.json(options);
  });

  app.post('/passkey', requireStaff('security.self', exempt), async (c) => {
    const { verifyAuthenticationResponse, isoBase64URL } = await webauthn();
    const deps = c.var.staffDeps;
    const { session, sessionHash, scope } = c.var.staff;
    const body = AuthenticationJson.safeParse(await c.req.json().catch(() => undefined));
    if (!body.success || !session.challenge) return c.json({ error: 'invalid_input' }, 400);
    await setSessionFields(deps.db, sessionHash, { challenge: null });
    const passkey = (await listPasskeys(deps.db, scope)).find(
      (p) => p.credentialId === body.data.id,
    );
    if (!passkey) return c.json({ error: 'not_verified' }, 400);
    const rp = relyingParty(deps.publicUrl);
    const result = await verifyAuthenticationResponse({
      response: body.data,
      expectedChallenge: session.challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      credential: {
        id: passkey.credentialId,
        publicKey: isoBase64URL.toBuffer(passkey.publicKey),
        counter: passkey.counter,
        transports: transportsOf(passkey.transports),
      },
    }).catch(() => undefined);
    if (!result?.verified) return c.json({ error: 'not_verified' }, 400);
    await recordPasskeyUse(
      deps.db,
      scope,
      passkey.credentialId,
      result.authenticationInfo.newCounter,
    );
    await setSessionFields(deps.db, sessionHash, { passkeyVerified: true });
    return c.json({ verified: true });
  });

  app.post('/security/policy', requireStaff('org.settings.edit'), async (c) => {
    const deps = c.var.staffDeps;
    const body = await c.req.parseBody({ all: true });
    const chosen = [body.require ?? []].flat();
    const roles = PASSKEY_ROLES.filter((role): role is Extract<Role, 'owner' | 'finance'> =>
      chosen.includes(role),
    );
    await updateOrgSettings(
      deps.db,
      c.var.staff.scope,
      { passkeyRequiredFor: roles },
      deps.now(),
      'security.passkey_policy_changed',
    );
    return c.redirect('/staff/security?done=policy', 303);
  });

  app.post('/sign-out-everywhere', requireStaff('security.self', exempt), async (c) => {
    await endAllStaffSessions(c.var.staffDeps.db, c.var.staff.scope);
    clearSessionCookie(c);
    return staffPage(c, { locale: c.var.member.locale }, 200, (t) => ({
      title: t.signIn.signedOutTitle,
      body: t.signIn.signedOut,
      link: { href: '/staff/sign-in', label: t.signIn.title },
    }));
  });

  return app;
}
