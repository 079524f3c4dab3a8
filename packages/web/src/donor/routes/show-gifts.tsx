import { listDonorGifts, listEmailOptOuts } from '@haven/db';
import type { Context } from 'hono';
import type { AppDeps } from '../../deps';
import { type DonorEnv, localeOf } from '../access';
import { giftViews } from '../gift-views';
import { donorPageContext } from '../layout';
import { GiftsPage } from '../pages/gifts-page';

/** The donor space's main page, with a notice or an error after a form's post. */
export async function showGifts(
  deps: AppDeps,
  c: Context<DonorEnv>,
  extra: { notice?: string; error?: string; status?: 200 | 409 | 422 | 503 } = {},
) {
  const { donor } = c.var;
  const ctx = donorPageContext(localeOf(c), '/gifts', donor.csrfToken);
  const [gifts, optOuts] = await Promise.all([
    listDonorGifts(deps.db, donor.emailKey),
    listEmailOptOuts(deps.db, donor.emailKey),
  ]);
  return c.html(
    <GiftsPage
      ctx={ctx}
      csrfToken={donor.csrfToken}
      gifts={await giftViews(deps.db, gifts, ctx.locale)}
      optOuts={optOuts}
      notice={extra.notice}
      error={extra.error}
    />,
    extra.status ?? 200,
  );
}
