import { type Locale, pickText, verifyUnsubscribe } from '@haven/core';
import {
  findCampaign,
  findCampaignSupporter,
  resubscribeToCampaign,
  unsubscribeFromCampaign,
} from '@haven/db';
import { type Context, Hono } from 'hono';
import type { AppDeps } from '../deps';
import { guardOf } from '../guard/guard-of';
import { updateMessagesFor } from '../i18n/updates';
import { Layout } from '../pages/layout';
import { pageContext } from '../pages/page-context';

/**
 * One-click unsubscribe from a campaign's update emails (RFC 8058). The link's token is signed
 * (core's unsubscribe-token.ts, keyed from the form token secret), so it needs no sign-in and no
 * form token, and is deliberately outside /staff and its CSRF check: the POST comes from a mail
 * client, with no session, no page and any Origin. A GET only asks (mail scanners fetch links);
 * the POST unsubscribes; the page after it offers to undo.
 */
export function unsubscribeRoutes(deps: AppDeps) {
  const app = new Hono();

  const subjectOf = (c: Context) =>
    verifyUnsubscribe(guardOf(deps).formTokenKey, c.req.param('token') ?? '');

  const page = async (
    c: Context,
    kind: 'confirm' | 'done' | 'undone' | 'invalid',
    status: 200 | 400 = 200,
  ) => {
    const subject = subjectOf(c);
    const [mark, campaign] = subject
      ? await Promise.all([
          findCampaignSupporter(deps.db, subject.orgSlug, subject.person, subject.campaignSlug),
          findCampaign(deps.db, subject.orgSlug, subject.campaignSlug),
        ])
      : [undefined, undefined];
    // The supporter's own language, as their emails are; else the campaign's.
    const locale: Locale = mark?.locale ?? campaign?.defaultLocale ?? 'en';
    const m = updateMessagesFor(locale).unsubscribe;
    const title = campaign
      ? pickText(
          Object.fromEntries(
            Object.entries(campaign.text).map(([lang, text]) => [lang, text?.title ?? '']),
          ),
          locale,
          campaign.defaultLocale,
        )
      : '';
    const ctx = pageContext({
      locale,
      country: undefined,
      publicUrl: deps.publicUrl,
      rest: c.req.path,
      offered: [locale],
    });
    const action = `/unsubscribe/${c.req.param('token') ?? ''}`;
    const text = {
      confirm: { title: m.confirmTitle, body: m.confirmBody(title) },
      done: { title: m.doneTitle, body: m.doneBody(title) },
      undone: { title: m.undoneTitle, body: m.undoneBody(title) },
      invalid: { title: m.invalidTitle, body: m.invalidBody },
    }[kind];
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex');
    return c.html(
      <Layout ctx={ctx} title={text.title} description={text.body}>
        <h1>{text.title}</h1>
        <p>{text.body}</p>
        {kind === 'confirm' ? (
          <form method="post" action={action}>
            <input type="hidden" name="List-Unsubscribe" value="One-Click" />
            <button type="submit">{m.confirm}</button>
          </form>
        ) : null}
        {kind === 'done' ? (
          <form method="post" action={`${action}/undo`}>
            <button type="submit">{m.undo}</button>
          </form>
        ) : null}
      </Layout>,
      status,
    );
  };

  app.get('/unsubscribe/:token', (c) =>
    subjectOf(c) ? page(c, 'confirm') : page(c, 'invalid', 400),
  );

  app.post('/unsubscribe/:token', async (c) => {
    const subject = subjectOf(c);
    if (!subject) return page(c, 'invalid', 400);
    await unsubscribeFromCampaign(deps.db, subject, deps.now());
    return page(c, 'done');
  });

  app.post('/unsubscribe/:token/undo', async (c) => {
    const subject = subjectOf(c);
    if (!subject) return page(c, 'invalid', 400);
    await resubscribeToCampaign(deps.db, subject);
    return page(c, 'undone');
  });

  return app;
}
