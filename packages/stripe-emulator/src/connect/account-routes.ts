import { Hono } from 'hono';
import * as z from 'zod';
import { StripeApiError } from '../errors';
import { type AppEnv, parseWith, readForm, readQuery } from '../http';
import { AccountCreateParams, AccountLinkCreateParams, type ConnectAccounts } from './accounts';

const ExpandOnly = z.strictObject({ expand: z.array(z.string()).optional() });

/**
 * `/v1/accounts` and `/v1/account_links`: the platform's calls. A connected account may read
 * itself (`Stripe-Account` naming it), never another account.
 */
export function accountApiRoutes(accounts: ConnectAccounts) {
  return new Hono<AppEnv>()
    .post('/accounts', async (c) => {
      refuseAsConnectedAccount(c.get('account'));
      const params = parseWith(AccountCreateParams, await readForm(c));
      return c.json(accounts.create(params));
    })
    .get('/accounts/:id', (c) => {
      parseWith(ExpandOnly, readQuery(c));
      const id = c.req.param('id');
      const acting = c.get('account');
      if (acting !== null && acting !== id) {
        throw new StripeApiError(
          403,
          'invalid_request_error',
          `The account ${acting} cannot read another account.`,
          'account_invalid',
        );
      }
      return c.json(accounts.get(id).account);
    })
    .post('/account_links', async (c) => {
      refuseAsConnectedAccount(c.get('account'));
      return c.json(accounts.createLink(parseWith(AccountLinkCreateParams, await readForm(c))));
    });
}

function refuseAsConnectedAccount(account: string | null): void {
  if (account !== null) {
    throw new StripeApiError(
      403,
      'invalid_request_error',
      'Only the platform can create connected accounts and their links: send this request without Stripe-Account.',
      'account_invalid',
    );
  }
}
