import {
  type Campaign,
  type CampaignUpdate,
  isOpen,
  type Organisation,
  pickText,
} from '@haven/core';
import { raw } from 'hono/html';
import type { FieldErrors } from '../donation-form';
import type { FormGuard } from '../guard/form-fields';
import { formatDate } from '../i18n';
import type { RenderMarkdown } from '../markdown-on-demand';
import { assetUrl } from '../static/assets';
import { CampaignStats } from './campaign-stats';
import { CampaignUpdates } from './campaign-updates';
import { DonateForm } from './donate-form';
import { Layout } from './layout';
import { localizedPath, type PageContext } from './page-context';

type CampaignPageProps = {
  ctx: PageContext;
  org: Organisation;
  campaign: Campaign;
  currency: string;
  now: Date;
  values?: Record<string, string>;
  errors?: FieldErrors;
  guard?: FormGuard;
  /** False when the organisation's Stripe account cannot take charges (Connect): no form. */
  takesGifts?: boolean;
  /** Published updates, newest first (issue 12); none on previews. */
  updates?: readonly CampaignUpdate[];
  /** The story's and updates' renderer, loaded by the route (markdown-on-demand.ts). */
  renderMarkdown: RenderMarkdown;
};

export function CampaignPage({
  ctx,
  org,
  campaign,
  currency,
  now,
  values,
  errors,
  guard,
  takesGifts = true,
  updates = [],
  renderMarkdown,
}: CampaignPageProps) {
  const text = campaign.text[ctx.locale] ?? campaign.text[campaign.defaultLocale];
  if (!text) throw new Error(`campaign ${campaign.slug} has no text`);
  const open = isOpen(campaign, now) && takesGifts;
  const ended = campaign.endsAt !== undefined && Date.parse(campaign.endsAt) <= now.getTime();
  // Closed early, it no longer "ends on" its planned date: the closed notice says what holds.
  const closedEarly = campaign.status === 'closed' && !ended;
  return (
    <Layout ctx={ctx} title={text.title} description={text.summary} image={campaign.coverImage}>
      <p class="meta">
        <a href={localizedPath(ctx.locale, `/${org.slug}`)}>
          {/* Isolated: the organisation may have no name in the page's language. */}
          <bdi>{pickText(org.name, ctx.locale, org.defaultLocale)}</bdi>
        </a>
      </p>
      <h1>{text.title}</h1>
      {/* On a phone the order is intro, progress, story, form; on a wide screen the progress
          and the form sit in a column beside the intro and the story. */}
      <div class="layout">
        <div class="intro">
          <img
            class="cover"
            src={assetUrl(campaign.coverImage)}
            alt={text.coverAlt}
            width={1200}
            height={630}
            // The cover is the page's largest paint: fetched first, never lazily.
            fetchpriority="high"
          />
          <p class="summary">{text.summary}</p>
          <p class="meta">
            <time datetime={campaign.startsAt}>
              {ctx.t.startedOn(formatDate(campaign.startsAt, ctx.intlLocale))}
            </time>
            {campaign.endsAt && !closedEarly && (
              <>
                {' · '}
                <time datetime={campaign.endsAt}>
                  {(ended ? ctx.t.endedOn : ctx.t.endsOn)(
                    formatDate(campaign.endsAt, ctx.intlLocale),
                  )}
                </time>
              </>
            )}
          </p>
        </div>
        <div class="progress-box">
          <CampaignStats ctx={ctx} campaign={campaign} />
          {open && (
            <a class="button give-link" href="#donate">
              {ctx.t.donate.heading}
            </a>
          )}
        </div>
        <div class="story-box">
          <h2>{ctx.t.story}</h2>
          <div class="story">{raw(renderMarkdown(text.story))}</div>
          <CampaignUpdates
            ctx={ctx}
            updates={updates}
            fallback={campaign.defaultLocale}
            renderMarkdown={renderMarkdown}
          />
        </div>
        <div class="donate-box">
          {open ? (
            <DonateForm
              ctx={ctx}
              campaign={campaign}
              currency={currency}
              values={values}
              errors={errors}
              guard={guard}
            />
          ) : (
            <p class="notice">{takesGifts ? ctx.t.campaignClosed : ctx.t.cannotTakeGiftsYet}</p>
          )}
        </div>
      </div>
    </Layout>
  );
}
