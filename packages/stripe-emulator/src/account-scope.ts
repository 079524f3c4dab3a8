import { createMiddleware } from 'hono/factory';
import { resourceMissing, StripeApiError } from './errors';
import type { AppEnv } from './http';
import type { Store } from './store';

/**
 * Who an object belongs to: a connected account's id (`acct_…`), or `null` for the platform's
 * own objects (a request without `Stripe-Account`). This file is the emulator's ONE per-account
 * mechanism; any new object type uses it the same way:
 *
 * 1. at creation, `claim(store, id, account)` with `c.var.account` (or the owner of the object
 *    it derives from, `ownerOf(store, parentId)`);
 * 2. at read, `getOwned(store, map, id, account, 'refund')` instead of `map.get(id)`: an object
 *    of another account is "No such refund: 're_…'" exactly as Stripe answers;
 * 3. lists filter with `isOwnedBy(store, id, account)`;
 * 4. events pass `ownerOf(store, objectId)` to the event builder, so they carry `account` and
 *    go to the Connect endpoint.
 *
 * The `stripeAccount` middleware (mounted once on every `/v1` route) reads the header.
 */
export type AccountScope = string | null;

export const PLATFORM: AccountScope = null;

export function claim(store: Store, id: string, account: AccountScope): void {
  store.owners.set(id, account);
}

export const ownerOf = (store: Store, id: string): AccountScope => store.owners.get(id) ?? null;

export const isOwnedBy = (store: Store, id: string, account: AccountScope): boolean =>
  ownerOf(store, id) === account;

/** The object with this id if it belongs to `account`; undefined for another account's too. */
export function findOwned<T>(
  store: Store,
  objects: ReadonlyMap<string, T>,
  id: string,
  account: AccountScope,
): T | undefined {
  const object = objects.get(id);
  return object !== undefined && isOwnedBy(store, id, account) ? object : undefined;
}

/** As `findOwned`, or Stripe's 404 `No such <name>: '<id>'`. */
export function getOwned<T>(
  store: Store,
  objects: ReadonlyMap<string, T>,
  id: string,
  account: AccountScope,
  name: string,
  param = 'id',
): T {
  const object = findOwned(store, objects, id, account);
  if (object === undefined) throw resourceMissing(name, id, param);
  return object;
}

/**
 * `Stripe-Account: acct_…` makes the request act as that connected account. An account the
 * platform does not have is refused as Stripe refuses it (403, before anything is read).
 */
export const stripeAccount = (store: Store) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('Stripe-Account')?.trim();
    if (header && !store.accounts.has(header)) {
      throw new StripeApiError(
        403,
        'invalid_request_error',
        `The provided key '${maskKey(c.get('apiKey'))}' does not have access to account '${header}' (or that account does not exist). Application access may have been revoked.`,
        'account_invalid',
      );
    }
    c.set('account', header ? header : PLATFORM);
    await next();
  });

const maskKey = (key: string) => `${key.slice(0, 8)}********${key.slice(-4)}`;
