import { Hono } from 'hono';
import * as z from 'zod';
import { type AppEnv, parseWith, readJson } from '../http';
import type { ConnectAccounts } from './accounts';

const AccountBody = z.strictObject({
  id: z
    .string()
    .regex(/^acct_[A-Za-z0-9]{6,30}$/)
    .optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .default('CH'),
  email: z.email().optional(),
  name: z.string().max(200).optional(),
  /** Onboarded at once (charges and payouts on), as the demo accounts are. */
  onboarded: z.boolean().default(false),
});
const WebhookBody = z.strictObject({ url: z.url() });
const ChargesBody = z.strictObject({ enabled: z.boolean() });

/** The control API's side of Connect: what an account holder, or Stripe's own review, would do. */
export function accountControlRoutes(
  accounts: ConnectAccounts,
  setConnectWebhookUrl: (url: string) => void,
) {
  return new Hono<AppEnv>()
    .put('/connect-webhook', async (c) => {
      const { url } = parseWith(WebhookBody, await readJson(c));
      setConnectWebhookUrl(url);
      return c.json({ url });
    })
    .get('/accounts', (c) => c.json({ data: accounts.list().map(({ account }) => account) }))
    .post('/accounts', async (c) => {
      const { id, country, email, name, onboarded } = parseWith(AccountBody, await readJson(c));
      const account = accounts.create(
        {
          type: 'standard',
          country,
          ...(email ? { email } : {}),
          ...(name ? { business_profile: { name } } : {}),
        },
        id,
        onboarded,
      );
      return c.json(account);
    })
    .post('/accounts/:id/onboard', (c) => c.json(accounts.complete(c.req.param('id'))))
    .post('/accounts/:id/charges', async (c) => {
      const { enabled } = parseWith(ChargesBody, await readJson(c));
      return c.json(accounts.setCharges(c.req.param('id'), enabled));
    });
}
