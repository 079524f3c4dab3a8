import {
  can,
  checkPublishable,
  intlLocale,
  Locale,
  type PublishIssue,
  type PublishIssueCode,
  translationStatus,
  type ValidationError,
} from '@haven/core';
import { type EditableCampaign, findEditableCampaign } from '@haven/db';
import type { Context } from 'hono';
import * as z from 'zod';
import type { CampaignFormErrors } from '../campaign-editor-form';
import { campaignMessagesFor } from '../i18n/staff-campaigns';
import { type StaffEnv, staffContextOf } from './access';
import { type CampaignFormValues, valuesOfContent } from './campaign-form-values';
import { CampaignEditorPage } from './pages/campaign-editor-page';
import { staffPage } from './render';

type C = Context<StaffEnv>;

export const Version = z.coerce.number().int().nonnegative();
const PUBLISH_CODES = new Set<string>([
  'default_locale_incomplete',
  'currencies_missing',
  'goal_missing',
  'goal_currency_not_accepted',
  'goal_step',
  'suggested_currency_not_accepted',
  'suggested_amount_invalid',
  'starts_missing',
  'ends_before_start',
  'ends_in_past',
  'cover_missing',
  'slug_immutable',
] satisfies PublishIssueCode[]);

const isPublishCode = (code: string): code is PublishIssueCode => PUBLISH_CODES.has(code);

/** The publish issues a ValidationError from core's plans carries, as the page lists them. */
export const publishIssuesOf = (error: ValidationError): PublishIssue[] =>
  error.issues.flatMap(({ path, message }) =>
    isPublishCode(message) ? [{ path, code: message }] : [],
  );

/** The member's language for Intl (amounts as they type them), with the organisation's country. */
export const intlOf = (c: C) => intlLocale(c.var.member.locale, c.var.staff.org.country);

/** The language whose text the editor shows: `?lang=` or the posted `lang`, else the member's. */
export const langOf = (c: C, posted?: unknown): Locale => {
  const asked = Locale.safeParse(c.req.query('lang') ?? posted);
  return asked.success ? asked.data : c.var.member.locale;
};

/**
 * The campaign the URL's `:slug` names among the session organisation's own, draft or published,
 * with what its handlers read; undefined for another organisation's slug or none at all.
 */
export async function campaignOfUrl(c: C) {
  const { staffDeps: deps, staff } = c.var;
  const slug = c.req.param('slug') ?? '';
  const editable = await findEditableCampaign(deps.db, staff.scope, slug);
  if (!editable) return undefined;
  return { deps, scope: staff.scope, slug, editable, m: campaignMessagesFor(c.var.member.locale) };
}

/** Another organisation's slug, or none at all: the staff 404, in the member's language. */
export const campaignNotFound = (c: C) =>
  staffPage(c, staffContextOf(c), 404, (t) => ({
    title: t.errors.notFoundTitle,
    body: t.errors.notFound,
    link: { href: '/staff/campaigns', label: campaignMessagesFor(c.var.member.locale).nav },
  }));

/** The editor for a campaign that exists, as saved or with what was just posted. */
export function showEditor(
  c: C,
  editable: EditableCampaign,
  page: {
    status?: 200 | 409 | 422;
    values?: CampaignFormValues;
    errors?: CampaignFormErrors;
    notice?: string;
    problem?: string;
    issues?: PublishIssue[];
    lang?: Locale;
  } = {},
) {
  const deps = c.var.staffDeps;
  const content = editable.content;
  const status = editable.kind === 'draft' ? 'draft' : editable.campaign.status;
  const checked = editable.kind === 'draft' ? checkPublishable(content, deps.now()) : undefined;
  return c.html(
    <CampaignEditorPage
      who={staffContextOf(c)}
      campaign={{
        slug: content.slug,
        status,
        version: editable.version,
        translations: translationStatus(content),
        issues: page.issues ?? (checked && !checked.ok ? checked.issues : []),
      }}
      values={page.values ?? valuesOfContent(content, intlOf(c))}
      errors={page.errors}
      lang={page.lang ?? langOf(c)}
      notice={page.notice}
      problem={page.problem}
      canPublish={can(c.var.member.role, 'campaigns.publish')}
      uploads={deps.media !== undefined}
    />,
    page.status ?? 200,
  );
}
