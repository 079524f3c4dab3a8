import { type CampaignUpdate, type Locale, pickUpdateText, textDirection } from '@haven/core';
import { raw } from 'hono/html';
import { formatDate } from '../i18n';
import { updateMessagesFor } from '../i18n/updates';
import type { RenderMarkdown } from '../markdown-on-demand';
import type { PageContext } from './page-context';

/**
 * A campaign's published updates, newest first, each in the page's language or, where it has
 * none, in the campaign's default language with a note saying so.
 */
export function CampaignUpdates(props: {
  ctx: PageContext;
  updates: readonly CampaignUpdate[];
  fallback: Locale;
  renderMarkdown: RenderMarkdown;
}) {
  const { ctx } = props;
  if (props.updates.length === 0) return null;
  const m = updateMessagesFor(ctx.locale);
  return (
    <section class="updates" aria-labelledby="updates">
      <h2 id="updates">{m.heading}</h2>
      {props.updates.map((update) => {
        const picked = pickUpdateText(update, ctx.locale, props.fallback);
        if (!picked || !update.publishedAt) return null;
        const other = picked.shownIn !== ctx.locale;
        return (
          <article id={update.id} class="update">
            <p class="meta">
              <time datetime={update.publishedAt}>
                {formatDate(update.publishedAt, ctx.intlLocale)}
              </time>
            </p>
            {other ? <p class="notice">{m.shownIn(m.languageNames[picked.shownIn])}</p> : null}
            <div lang={picked.shownIn} dir={textDirection(picked.shownIn)}>
              <h3>{picked.text.title}</h3>
              <div class="story">{raw(props.renderMarkdown(picked.text.body))}</div>
            </div>
          </article>
        );
      })}
    </section>
  );
}
