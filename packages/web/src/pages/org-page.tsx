import type { Campaign, Organisation } from '@haven/core';
import { pickText, textDirection } from '@haven/core';
import { CampaignStats } from './campaign-stats';
import { Layout } from './layout';
import { localizedPath, type PageContext } from './page-context';

export function OrgPage({
  ctx,
  org,
  campaigns,
}: {
  ctx: PageContext;
  org: Organisation;
  campaigns: Campaign[];
}) {
  const name = pickText(org.name, ctx.locale, org.defaultLocale);
  const about = pickText(org.about, ctx.locale, org.defaultLocale);
  return (
    <Layout ctx={ctx} title={name} description={about}>
      <h1>{name}</h1>
      <p class="summary">{about}</p>
      <h2>{ctx.t.openCampaigns}</h2>
      {campaigns.length === 0 ? (
        <p>{ctx.t.noOpenCampaigns}</p>
      ) : (
        <ul class="cards">
          {campaigns.map((campaign) => {
            const locale = campaign.locales.includes(ctx.locale)
              ? ctx.locale
              : campaign.defaultLocale;
            const text = campaign.text[locale];
            return (
              // A card in another language than the page reads in that language's direction, so a
              // French sentence's full stop on an Arabic page stays at its end.
              <li class="card" lang={locale} dir={textDirection(locale)}>
                <img
                  class="cover"
                  src={campaign.coverImage}
                  alt={text?.coverAlt ?? ''}
                  width={1200}
                  height={630}
                  loading="lazy"
                />
                <div class="body">
                  <h3>
                    <a href={localizedPath(locale, `/${org.slug}/${campaign.slug}`)}>
                      {text?.title}
                    </a>
                  </h3>
                  <p>{text?.summary}</p>
                  <CampaignStats ctx={ctx} campaign={campaign} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Layout>
  );
}
