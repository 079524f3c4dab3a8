import { type CampaignUpdate, dateTimeFormat, LOCALES, type Locale } from '@haven/core';
import { raw } from 'hono/html';
import { campaignMessagesFor } from '../../i18n/staff-campaigns';
import { updateStaffMessagesFor } from '../../i18n/staff-updates';
import type { RenderMarkdown } from '../../markdown-on-demand';
import type { staffContextOf } from '../access';
import { CsrfField, StaffLayout, staffPageContext } from '../layout';

type Who = ReturnType<typeof staffContextOf>;

const when = (locale: Locale, iso: string) =>
  dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
    new Date(iso),
  );

function Counts(props: { locale: Locale; update: CampaignUpdate }) {
  const m = updateStaffMessagesFor(props.locale);
  const counts = props.update.counts;
  return (
    <ul class="counts">
      {(Object.keys(m.counts) as (keyof typeof m.counts)[]).map((name) => (
        <li>
          <strong data-count={name}>{counts[name]}</strong> {m.counts[name]}
        </li>
      ))}
    </ul>
  );
}

/** A campaign's updates, newest first, with a form for a new one. */
export function CampaignUpdatesPage(props: {
  who: Who;
  slug: string;
  campaignTitle: string;
  updates: CampaignUpdate[];
  canEdit: boolean;
  problem?: string;
}) {
  const { who, slug } = props;
  const ctx = staffPageContext(who.locale, who.signedIn);
  const m = updateStaffMessagesFor(who.locale);
  const names = campaignMessagesFor(who.locale).languageNames;
  const csrf = who.signedIn?.csrfToken ?? '';
  return (
    <StaffLayout ctx={ctx} title={m.title(props.campaignTitle)}>
      <h1>{m.title(props.campaignTitle)}</h1>
      {props.updates.length === 0 ? <p>{m.none}</p> : null}
      <ul class="updates">
        {[...props.updates].reverse().map((update) => (
          <li>
            <a href={`/staff/campaigns/${slug}/updates/${update.id}`}>
              {Object.values(update.text)[0]?.title ?? update.id}
            </a>{' '}
            {update.publishedAt ? m.published(when(who.locale, update.publishedAt)) : m.draft}
            {update.sendAt ? <Counts locale={who.locale} update={update} /> : null}
          </li>
        ))}
      </ul>
      {props.canEdit ? (
        <form method="post" action={`/staff/campaigns/${slug}/updates`}>
          <h2>{m.newUpdate}</h2>
          {props.problem ? <p role="alert">{props.problem}</p> : null}
          <CsrfField token={csrf} />
          <label>
            {m.language}
            <select name="lang">
              {LOCALES.map((locale) => (
                <option value={locale} selected={locale === who.locale}>
                  {names[locale]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {m.headline}
            <input name="title" required maxlength={140} />
          </label>
          <label>
            {m.body}
            <textarea name="body" rows={10} required />
          </label>
          <button type="submit">{m.create}</button>
        </form>
      ) : null}
    </StaffLayout>
  );
}

/** One update: a language's text to edit, its preview, publish, and the email with its counts. */
export function CampaignUpdatePage(props: {
  who: Who;
  slug: string;
  update: CampaignUpdate;
  lang: Locale;
  canEdit: boolean;
  problem?: string;
  /** The preview's renderer (markdown-on-demand.ts). */
  renderMarkdown: RenderMarkdown;
}) {
  const { who, slug, update, lang, renderMarkdown } = props;
  const ctx = staffPageContext(who.locale, who.signedIn);
  const m = updateStaffMessagesFor(who.locale);
  const names = campaignMessagesFor(who.locale).languageNames;
  const csrf = who.signedIn?.csrfToken ?? '';
  const text = update.text[lang];
  const base = `/staff/campaigns/${slug}/updates/${update.id}`;
  const title = text?.title ?? Object.values(update.text)[0]?.title ?? update.id;
  return (
    <StaffLayout ctx={ctx} title={title}>
      <p>
        <a href={`/staff/campaigns/${slug}/updates`}>{m.link}</a>
      </p>
      <h1>{title}</h1>
      <p>{update.publishedAt ? m.published(when(who.locale, update.publishedAt)) : m.draft}</p>
      <nav aria-label={m.language}>
        {LOCALES.map((locale) => (
          <>
            <a
              href={`${base}?lang=${locale}`}
              lang={locale}
              aria-current={locale === lang ? 'page' : undefined}
            >
              {names[locale]}
              {update.text[locale] ? ' ✓' : ''}
            </a>{' '}
          </>
        ))}
      </nav>
      {props.problem ? <p role="alert">{props.problem}</p> : null}
      <section>
        <h2>{m.preview}</h2>
        {text ? (
          <article lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'} class="update-preview">
            <h3>{text.title}</h3>
            {raw(renderMarkdown(text.body))}
          </article>
        ) : (
          <p>{m.noText}</p>
        )}
      </section>
      {props.canEdit ? (
        <>
          <form method="post" action={base}>
            <CsrfField token={csrf} />
            <input type="hidden" name="lang" value={lang} />
            <label>
              {m.headline} ({names[lang]})
              <input name="title" required maxlength={140} value={text?.title ?? ''} />
            </label>
            <label>
              {m.body} ({names[lang]})
              <textarea name="body" rows={10} required>
                {text?.body ?? ''}
              </textarea>
            </label>
            <button type="submit">{m.save}</button>
          </form>
          {update.status === 'draft' ? (
            <form method="post" action={`${base}/publish`}>
              <CsrfField token={csrf} />
              <button type="submit">{m.publish}</button>
            </form>
          ) : null}
        </>
      ) : null}
      <section>
        <h2>{m.email}</h2>
        {update.sendAt ? (
          <>
            <p>{m.scheduled(when(who.locale, update.sendAt))}</p>
            <Counts locale={who.locale} update={update} />
          </>
        ) : update.status === 'draft' ? (
          <p>{m.publishFirst}</p>
        ) : props.canEdit ? (
          <form method="post" action={`${base}/email`}>
            <CsrfField token={csrf} />
            <label>
              {m.sendAt}
              <input type="datetime-local" name="sendAt" />
            </label>
            <button type="submit">{m.send}</button>
          </form>
        ) : null}
      </section>
    </StaffLayout>
  );
}
