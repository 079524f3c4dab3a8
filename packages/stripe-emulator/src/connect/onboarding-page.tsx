import { Hono } from 'hono';
import type { Child } from 'hono/jsx';
import type { AppEnv } from '../http';
import type { ConnectAccounts } from './accounts';

/**
 * Stripe's hosted onboarding, reduced to its end: the page an Account Link opens shows the
 * account and one button that submits its details; the button redirects (303) to the link's
 * return URL, or to its refresh URL when the link has expired. Works without JavaScript.
 */
export function onboardingRoutes(accounts: ConnectAccounts) {
  return new Hono<AppEnv>()
    .get('/onboarding/:account/:token', (c) => {
      const found = accounts.find(c.req.param('account'));
      const link = found?.links.get(c.req.param('token'));
      if (!found || !link) return c.html(<Page title="Link expired">{expiredText}</Page>, 404);
      const name = found.account.business_profile?.name ?? found.account.email ?? found.account.id;
      return c.html(
        <Page title="Set up payments">
          <p>
            <strong>{name}</strong> ({found.account.id}, {found.account.country}) is connecting its
            Stripe account. This is the Haven Stripe emulator: no details are asked.
          </p>
          <form method="post">
            <button type="submit">Submit details and finish onboarding</button>
          </form>
        </Page>,
      );
    })
    .post('/onboarding/:account/:token', (c) => {
      const found = accounts.find(c.req.param('account'));
      if (!found?.links.has(c.req.param('token'))) {
        return c.html(<Page title="Link expired">{expiredText}</Page>, 404);
      }
      const { redirect } = accounts.completeByLink(c.req.param('account'), c.req.param('token'));
      return c.redirect(redirect, 303);
    });
}

const expiredText = 'This onboarding link has expired or was already used. Ask for a new one.';

function Page(props: { title: string; children: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title} — Stripe emulator</title>
      </head>
      <body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto">
        <h1>{props.title}</h1>
        {props.children}
      </body>
    </html>
  );
}
