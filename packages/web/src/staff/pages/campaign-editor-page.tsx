import {
  type CampaignStatus,
  LOCALES,
  type Locale,
  type PublishIssue,
  type TranslationStatus,
  textDirection,
} from '@haven/core';
import type { CampaignFormErrors } from '../../campaign-editor-form';
import { campaignMessagesFor } from '../../i18n/staff-campaigns';
import type { signedInAs } from '../access';
import type { CampaignFormValues } from '../campaign-form-values';
import { CsrfField, StaffLayout, staffPageContext } from '../layout';

/** The campaign being edited, when it exists; absent on the "new campaign" page. */
export type EditedCampaign = {
  slug: string;
  status: CampaignStatus;
  version: number;
  translations: TranslationStatus[];
  /** Why it cannot be published (or shown) as saved; empty when it can. */
  issues: PublishIssue[];
};

const TEXT_FIELDS = ['title', 'summary', 'story', 'coverAlt'] as const;

export function CampaignEditorPage(props: {
  who: ReturnType<typeof signedInAs>;
  campaign?: EditedCampaign;
  values: CampaignFormValues;
  errors?: CampaignFormErrors;
  /** The language whose text the form shows; the others ride along as hidden fields. */
  lang: Locale;
  notice?: string;
  problem?: string;
  canPublish: boolean;
  uploads: boolean;
}) {
  const ctx = staffPageContext(props.who.locale, props.who.signedIn);
  const m = campaignMessagesFor(props.who.locale);
  const { campaign, values, lang } = props;
  const csrf = props.who.signedIn.csrfToken;
  const error = (name: string) => props.errors?.[name];
  const invalid = (name: string) => (error(name) ? 'true' : undefined);
  const hint = (name: string) =>
    error(name) ? (
      <span class="error" id={`${name}-error`}>
        {m.fieldErrors[error(name) ?? 'invalid']}
      </span>
    ) : null;
  const described = (name: string) => (error(name) ? `${name}-error` : undefined);
  const input = (name: string, label: string, attrs: Record<string, string> = {}) => (
    <p>
      <label for={name}>{label}</label>
      <input
        id={name}
        name={name}
        value={values[name] ?? ''}
        aria-invalid={invalid(name)}
        aria-describedby={described(name)}
        {...attrs}
      />
      {hint(name)}
    </p>
  );
  const published = campaign && campaign.status !== 'draft';
  const title = campaign
    ? m.editTitle(values[`title.${values.defaultLocale ?? lang}`] ?? campaign.slug)
    : m.newTitle;
  const action = campaign ? `/staff/campaigns/${campaign.slug}` : '/staff/campaigns';
  const currencies = (values.currencies ?? '').split(/[\s,;]+/).filter(Boolean);
  const editHref = (locale: Locale) =>
    campaign ? `/staff/campaigns/${campaign.slug}/edit?lang=${locale}` : `?lang=${locale}`;
  return (
    <StaffLayout ctx={ctx} title={title}>
      {props.notice && <p role="status">{props.notice}</p>}
      {props.problem && (
        <p class="error" role="alert">
          {props.problem}
        </p>
      )}
      {props.errors && Object.keys(props.errors).length > 0 && (
        <p class="error" role="alert">
          {m.invalid}
        </p>
      )}
      {campaign && (
        <p>
          <a href={`/staff/campaigns/${campaign.slug}/preview?lang=${lang}`}>{m.preview}</a>
          {published && (
            <>
              {' · '}
              <a href={`/staff/campaigns/${campaign.slug}/dashboard`}>{m.dashboard}</a>
            </>
          )}
        </p>
      )}
      <nav aria-label={m.otherLanguages}>
        <ul>
          {LOCALES.map((locale) => {
            const state = campaign?.translations.find((s) => s.locale === locale)?.state;
            return (
              <li>
                <a href={editHref(locale)} aria-current={locale === lang ? 'page' : undefined}>
                  {m.languageNames[locale]}
                </a>
                {state && ` (${m.translation[state]})`}
              </li>
            );
          })}
        </ul>
      </nav>
      <form method="post" action={action}>
        <CsrfField token={csrf} />
        {campaign && <input type="hidden" name="version" value={String(campaign.version)} />}
        <input type="hidden" name="lang" value={lang} />
        {values.coverImage && <input type="hidden" name="coverImage" value={values.coverImage} />}
        {published ? (
          <p>
            {m.fields.slug}: <code>{campaign.slug}</code>
            <input type="hidden" name="slug" value={campaign.slug} />
            <br />
            <small>{m.fields.slugLocked}</small>
          </p>
        ) : (
          input('slug', m.fields.slug, { required: 'required', pattern: '[a-z0-9-]+' })
        )}
        <p>
          <label for="defaultLocale">{m.fields.defaultLocale}</label>
          <select id="defaultLocale" name="defaultLocale">
            {LOCALES.map((locale) => (
              <option value={locale} selected={(values.defaultLocale ?? lang) === locale}>
                {m.languageNames[locale]}
              </option>
            ))}
          </select>
        </p>
        <fieldset lang={lang} dir={textDirection(lang)}>
          <legend>{m.editingLanguage(m.languageNames[lang])}</legend>
          {input(`title.${lang}`, m.fields.title)}
          {input(`summary.${lang}`, m.fields.summary)}
          <p>
            <label for={`story.${lang}`}>{m.fields.story}</label>
            <textarea
              id={`story.${lang}`}
              name={`story.${lang}`}
              rows={12}
              aria-invalid={invalid(`story.${lang}`)}
            >
              {values[`story.${lang}`] ?? ''}
            </textarea>
            {hint(`story.${lang}`)}
          </p>
          {input(`coverAlt.${lang}`, m.fields.coverAlt)}
        </fieldset>
        {LOCALES.filter((locale) => locale !== lang).flatMap((locale) =>
          TEXT_FIELDS.map((field) => {
            const name = `${field}.${locale}`;
            return values[name] ? <input type="hidden" name={name} value={values[name]} /> : null;
          }),
        )}
        {input('currencies', m.fields.currencies)}
        {input('goalAmount', m.fields.goalAmount, { inputmode: 'decimal' })}
        {input('goalCurrency', m.fields.goalCurrency)}
        {currencies.map((currency) =>
          input(`suggested.${currency}`, m.fields.suggested(currency), { inputmode: 'decimal' }),
        )}
        {input('startsOn', m.fields.startsOn, { type: 'date' })}
        {input('endsOn', m.fields.endsOn, { type: 'date' })}
        <p>
          <button type="submit">{campaign ? m.save : m.create}</button>
        </p>
      </form>
      {campaign && (
        <section aria-labelledby="cover-title">
          <h2 id="cover-title">{m.cover.title}</h2>
          {values.coverImage ? (
            <p>
              <img
                src={values.coverImage}
                alt={values[`coverAlt.${lang}`] ?? ''}
                width={300}
                height={158}
              />
            </p>
          ) : (
            <p>{m.cover.none}</p>
          )}
          {props.uploads ? (
            <form
              method="post"
              action={`/staff/campaigns/${campaign.slug}/cover`}
              enctype="multipart/form-data"
            >
              <CsrfField token={csrf} />
              <input type="hidden" name="version" value={String(campaign.version)} />
              <p>
                <label for="cover">{m.cover.file}</label>
                <input
                  id="cover"
                  name="cover"
                  type="file"
                  accept="image/jpeg,image/png,image/webp"
                  required
                />
              </p>
              <p>
                <small>{m.cover.hint}</small>
              </p>
              <p>
                <button type="submit">{m.cover.upload}</button>
              </p>
            </form>
          ) : (
            <p>{m.cover.noStorage}</p>
          )}
        </section>
      )}
      {campaign && props.canPublish && campaign.status === 'draft' && (
        <section aria-labelledby="publish-title">
          <h2 id="publish-title">{m.publish.title}</h2>
          {campaign.issues.length > 0 ? (
            <>
              <p>{m.publish.notReady}</p>
              <ul>
                {campaign.issues.map((issue) => (
                  <li>{m.publishIssues[issue.code]}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{m.publish.ready}</p>
          )}
          <form method="post" action={`/staff/campaigns/${campaign.slug}/publish`}>
            <CsrfField token={csrf} />
            <input type="hidden" name="version" value={String(campaign.version)} />
            <button type="submit">{m.publish.button}</button>
          </form>
        </section>
      )}
      {campaign && props.canPublish && campaign.status === 'open' && (
        <section aria-labelledby="close-title">
          <h2 id="close-title">{m.close.title}</h2>
          <p>{m.close.hint}</p>
          <form method="post" action={`/staff/campaigns/${campaign.slug}/close`}>
            <CsrfField token={csrf} />
            <button type="submit">{m.close.button}</button>
          </form>
        </section>
      )}
    </StaffLayout>
  );
}
