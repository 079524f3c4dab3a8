import { ConflictError, fiscalYear } from '@haven/core';
import { askStatementEmail, listDonorGifts } from '@haven/db';
import { Hono } from 'hono';
import * as z from 'zod';
import type { AppDeps } from '../../deps';
import { donorStatementMessagesFor } from '../../i18n/donor-statements';
import { LANG } from '../../routes/page-paths';
import { type DonorEnv, localeOf, requireDonor } from '../access';
import { giftViews } from '../gift-views';
import { statementChoices } from '../statement-years';
import { showGifts } from './show-gifts';

const Ask = z.object({
  org: z.string().max(64),
  year: z.coerce.number().int().min(2000).max(2100),
});

/**
 * A donor asks for their own statement of one organisation and year: it is emailed to the
 * address their session stands for, never one typed in, and only for a year they gave in.
 */
export function donorStatementRoutes(deps: AppDeps) {
  const app = new Hono<DonorEnv>();
  app.post(`/${LANG}/donor/statements`, requireDonor(deps), async (c) => {
    const { donor } = c.var;
    const m = donorStatementMessagesFor(localeOf(c));
    const asked = Ask.safeParse(await c.req.parseBody());
    const gifts = await giftViews(
      deps.db,
      await listDonorGifts(deps.db, donor.emailKey),
      localeOf(c),
    );
    const choice = asked.success
      ? statementChoices(gifts).find((one) => one.orgSlug === asked.data.org)
      : undefined;
    const org = gifts.find((gift) => gift.pledge.orgSlug === choice?.orgSlug)?.org;
    if (
      !asked.success ||
      !choice ||
      !org ||
      !choice.years.some((y) => y.year === asked.data.year)
    ) {
      return showGifts(deps, c, { error: m.bad, status: 422 });
    }
    const period = fiscalYear(asked.data.year, org.fiscalYearStartMonth ?? 1);
    try {
      await askStatementEmail(
        deps.db,
        { orgSlug: org.slug },
        { emailKey: donor.emailKey, period, now: deps.now() },
      );
    } catch (error) {
      // Asked a moment ago (a double click): that email is on its way.
      if (!(error instanceof ConflictError)) throw error;
    }
    return showGifts(deps, c, { notice: m.sent });
  });
  return app;
}
