import {
  ConflictError,
  intlLocale,
  PaymentProviderError,
  type Pledge,
  parseMajorUnits,
  TemporarilyUnavailableError,
  ValidationError,
} from '@haven/core';
import { findDonorGift, findOrganisation } from '@haven/db';
import {
  cancelMonthly,
  cardUpdateUrl,
  changeMonthlyAmount,
  pauseMonthly,
  resumeMonthly,
} from '@haven/donations';
import { type Context, Hono } from 'hono';
import * as z from 'zod';
import type { AppDeps } from '../../deps';
import { LANG, notFound } from '../../routes/page-paths';
import { type DonorEnv, localeOf, requireDonor } from '../access';
import { donorPageContext, donorPath } from '../layout';
import { showGifts } from './show-gifts';

const PledgeParam = z.string().regex(/^plg_[0-9a-z]{20,40}$/);

/**
 * A monthly gift's changes, each a POST from the donor space on a gift of theirs: the amount
 * from the next instalment, pause and resume, cancel, and the card (Stripe's billing portal).
 * They talk to Stripe, so in AWS these routes reach the payments function (stacks/api.ts).
 */
export function donorMonthlyRoutes(deps: AppDeps) {
  const app = new Hono<DonorEnv>();
  const guard = requireDonor(deps);

  /** The donor's own monthly gift the URL names, with what changing it needs; else a 404. */
  const monthlyOf = async (c: Context<DonorEnv>) => {
    const pledgeId = PledgeParam.safeParse(c.req.param('pledge'));
    if (!pledgeId.success || !deps.payments) return undefined;
    const gift = await findDonorGift(deps.db, c.var.donor.emailKey, pledgeId.data);
    if (gift?.pledge.frequency !== 'monthly') return undefined;
    return { pledge: gift.pledge, payments: deps.payments };
  };

  /** Runs one change and answers the donor space with what happened, in their language. */
  const change = async (
    c: Context<DonorEnv>,
    run: (monthly: {
      pledge: Pledge;
      payments: NonNullable<AppDeps['payments']>;
    }) => Promise<string | Response>,
  ) => {
    const t = donorPageContext(localeOf(c), '').t;
    const monthly = await monthlyOf(c);
    if (!monthly) return notFound(c, deps);
    try {
      const done = await run(monthly);
      return typeof done === 'string' ? showGifts(deps, c, { notice: done }) : done;
    } catch (error) {
      if (error instanceof ValidationError) {
        return showGifts(deps, c, { error: t.monthly.invalidAmount, status: 422 });
      }
      if (error instanceof ConflictError) {
        return showGifts(deps, c, { error: t.monthly.notRunning, status: 409 });
      }
      if (error instanceof PaymentProviderError || error instanceof TemporarilyUnavailableError) {
        return showGifts(deps, c, { error: t.monthly.unavailable, status: 503 });
      }
      throw error;
    }
  };

  const monthlyDeps = (payments: NonNullable<AppDeps['payments']>) => ({
    db: deps.db,
    payments,
    now: deps.now(),
  });

  app.post(`/${LANG}/donor/gifts/:pledge/amount`, guard, (c) =>
    change(c, async ({ pledge, payments }) => {
      const t = donorPageContext(localeOf(c), '').t;
      const org = await findOrganisation(deps.db, pledge.orgSlug);
      const text = (await c.req.parseBody()).amount;
      const gift =
        typeof text === 'string'
          ? parseMajorUnits(text, pledge.currency, intlLocale(localeOf(c), org?.country))
          : undefined;
      if (gift === undefined) throw new ValidationError('amount unreadable');
      await changeMonthlyAmount(monthlyDeps(payments), { pledge, gift });
      return t.monthly.changed;
    }),
  );

  app.post(`/${LANG}/donor/gifts/:pledge/pause`, guard, (c) =>
    change(c, async ({ pledge, payments }) => {
      await pauseMonthly(monthlyDeps(payments), { pledge });
      return donorPageContext(localeOf(c), '').t.monthly.paused;
    }),
  );

  app.post(`/${LANG}/donor/gifts/:pledge/resume`, guard, (c) =>
    change(c, async ({ pledge, payments }) => {
      await resumeMonthly(monthlyDeps(payments), { pledge });
      return donorPageContext(localeOf(c), '').t.monthly.resumed;
    }),
  );

  app.post(`/${LANG}/donor/gifts/:pledge/cancel`, guard, (c) =>
    change(c, async ({ pledge, payments }) => {
      await cancelMonthly(monthlyDeps(payments), { pledge });
      return donorPageContext(localeOf(c), '').t.monthly.canceled;
    }),
  );

  // Stripe's billing portal takes the new card and brings the donor back to their gifts.
  app.post(`/${LANG}/donor/gifts/:pledge/card`, guard, (c) =>
    change(c, async ({ pledge, payments }) => {
      const url = await cardUpdateUrl(
        { db: deps.db, payments },
        {
          pledge,
          returnUrl: `${deps.publicUrl}${donorPath(localeOf(c), '/gifts')}`,
          locale: localeOf(c),
        },
      );
      return c.redirect(url, 303);
    }),
  );

  return app;
}
