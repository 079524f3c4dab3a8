import { createHash } from 'node:crypto';
import {
  type CampaignUpdate,
  type Locale,
  pickText,
  pickUpdateText,
  signUnsubscribe,
} from '@haven/core';
import {
  type BatchRecipient,
  claimUpdateRecipients,
  findCampaignUpdate,
  getCampaign,
  getOrganisation,
  markOutboxAttemptFailed,
  markOutboxSent,
  queueNextUpdateBatch,
  readUpdateBatch,
  recordUpdateBatchOutcome,
  type UpdateBatchOutboxItem,
  type UpdateFanoutOutboxItem,
} from '@haven/db';
import { type RenderedEmail, renderCampaignUpdate } from '@haven/emails';
import { logger } from '@haven/log';
import { MailSendError } from '@haven/mail';
import { nextAttemptAt } from './backoff';
import { fanOutPages } from './fan-out';
import type { OutboxDeps, SendResult } from './send-outbox-item';

const CLAIM_ATTEMPTS = 3;

export const unsubscribeUrl = (publicUrl: string, token: string) =>
  `${publicUrl}/unsubscribe/${token}`;

/** An update's email work: the fan-out that queues batches, or one batch to send. */
export async function sendUpdateOutboxItem(
  deps: OutboxDeps,
  item: UpdateFanoutOutboxItem | UpdateBatchOutboxItem,
): Promise<SendResult> {
  try {
    return item.kind === 'update-fanout'
      ? await fanOutPages(deps, item, (current) =>
          queueNextUpdateBatch(deps.db, current, deps.now()),
        )
      : await sendBatch(deps, item);
  } catch (error) {
    const retryable = !(error instanceof MailSendError) || error.retryable;
    const code =
      error instanceof MailSendError ? error.code : error instanceof Error ? error.name : 'unknown';
    const retryAt = retryable ? nextAttemptAt(item.attempts, deps.now(), deps.retryDelaysMs) : null;
    if (!retryable && item.kind === 'update-batch') {
      // Refused for good (say, a malformed address): each claimed person is counted failed once.
      const claimed = (await readUpdateBatch(deps.db, item)).filter(ownClaim(item));
      await recordUpdateBatchOutcome(
        deps.db,
        item,
        claimed.map((r) => r.person),
        'failed',
      );
    }
    await markOutboxAttemptFailed(deps.db, item, code, retryAt);
    logger.warn('outbox item not sent', { outboxId: item.id, code, retry: retryAt !== null });
    return retryAt ? 'retry' : 'failed';
  }
}

const ownClaim = (item: UpdateBatchOutboxItem) => (r: BatchRecipient) =>
  r.send?.batchId === item.id && r.send.status === 'claimed';

/** Who this batch mails and who it must not, from a fresh read; people handled elsewhere drop out. */
function sortRecipients(item: UpdateBatchOutboxItem, recipients: readonly BatchRecipient[]) {
  const claim: BatchRecipient[] = [];
  const suppress: string[] = [];
  for (const r of recipients) {
    if (r.send && !ownClaim(item)(r)) continue;
    const consenting = r.supporter?.consent && !r.supporter.unsubscribedAt && !r.blocked;
    if (consenting) claim.push(r);
    else suppress.push(r.person);
  }
  return { claim, suppress };
}

async function sendBatch(deps: OutboxDeps, item: UpdateBatchOutboxItem): Promise<SendResult> {
  const secret = deps.unsubscribeSecret;
  // Never an update without a working unsubscribe link.
  if (!secret) throw new MailSendError(notConfigured);
  let claim: BatchRecipient[] = [];
  for (let attempt = 1; ; attempt++) {
    const sorted = sortRecipients(item, await readUpdateBatch(deps.db, item));
    const persons = sorted.claim.map((r) => r.person);
    if (await claimUpdateRecipients(deps.db, item, persons, sorted.suppress, deps.now())) {
      claim = sorted.claim;
      break;
    }
    // Another batch took one of these people meanwhile: read again and leave them to it.
    if (attempt >= CLAIM_ATTEMPTS) throw new Error('update recipients contended');
  }
  if (claim.length === 0) {
    await markOutboxSent(deps.db, item.id, 'none', deps.now());
    return 'sent';
  }
  const compose = await composer(deps, item, secret);
  const emails = await Promise.all(claim.map(compose));
  // The same people always make the same key: a restart after Resend accepted sends nothing new.
  const idempotencyKey = `${item.id}_${createHash('sha256')
    .update(claim.map((r) => r.person).join(','))
    .digest('base64url')
    .slice(0, 22)}`;
  const { ids } = await deps.mailer.sendBatch({ emails, idempotencyKey });
  await recordUpdateBatchOutcome(
    deps.db,
    item,
    claim.map((r) => r.person),
    'sent',
    { emailIds: ids, at: deps.now() },
  );
  await markOutboxSent(deps.db, item.id, ids[0] ?? 'none', deps.now());
  logger.info('update batch sent', { outboxId: item.id, count: ids.length });
  return 'sent';
}

const notConfigured = {
  code: 'unsubscribe_not_configured',
  statusCode: null,
  retryable: false,
  message: 'no unsubscribe secret: update emails are not sent without a working unsubscribe link',
};

/** URL-safe marker the rendered email carries where each reader's own link goes. */
const PLACEHOLDER = 'https://unsubscribe.invalid/__haven_unsubscribe__';

/**
 * Renders the update once per language (React Email is the slow part) and gives each reader their
 * copy with their own unsubscribe link put in.
 */
async function composer(deps: OutboxDeps, item: UpdateBatchOutboxItem, secret: string) {
  const scope = { orgSlug: item.orgSlug };
  const [org, campaign, update] = await Promise.all([
    getOrganisation(deps.db, item.orgSlug),
    getCampaign(deps.db, item.orgSlug, item.campaignSlug),
    findCampaignUpdate(deps.db, scope, item.campaignSlug, item.updateId),
  ]);
  if (!update) throw new MailSendError({ ...notConfigured, code: 'update_missing' });
  const rendered = new Map<Locale, Promise<{ email: RenderedEmail; locale: Locale }>>();
  const render = (wanted: Locale) => {
    const hit = rendered.get(wanted);
    if (hit) return hit;
    const made = renderIn(update, wanted);
    rendered.set(wanted, made);
    return made;
  };
  const renderIn = async (u: CampaignUpdate, wanted: Locale) => {
    const picked = pickUpdateText(u, wanted, campaign.defaultLocale);
    if (!picked) throw new MailSendError({ ...notConfigured, code: 'update_empty' });
    const locale = picked.shownIn;
    const email = await renderCampaignUpdate({
      locale,
      org: {
        name: pickText(org.name, locale, org.defaultLocale),
        logoUrl: org.logoUrl,
        brandColor: org.brandColor,
      },
      campaignTitle:
        campaign.text[locale]?.title ??
        campaign.text[campaign.defaultLocale]?.title ??
        campaign.slug,
      title: picked.text.title,
      body: picked.text.body,
      url: `${deps.publicUrl}/${locale}/${org.slug}/${campaign.slug}#${u.id}`,
      unsubscribeUrl: PLACEHOLDER,
    });
    return { email, locale };
  };
  return async (r: BatchRecipient) => {
    if (!r.supporter) throw new Error('claimed a recipient without a supporter');
    const { email } = await render(r.supporter.locale);
    const token = signUnsubscribe(secret, {
      orgSlug: item.orgSlug,
      campaignSlug: item.campaignSlug,
      person: r.person,
      updateId: item.updateId,
    });
    const link = unsubscribeUrl(deps.publicUrl, token);
    return {
      to: r.supporter.email,
      from: deps.from,
      subject: email.subject,
      html: email.html.replaceAll(PLACEHOLDER, link),
      text: email.text.replaceAll(PLACEHOLDER, link),
      tags: [
        { name: 'kind', value: 'update' },
        { name: 'update', value: item.updateId },
        { name: 'org', value: item.orgSlug },
        { name: 'campaign', value: item.campaignSlug },
      ],
      // RFC 8058: mail clients offer their own unsubscribe button and POST to this link.
      headers: {
        'List-Unsubscribe': `<${link}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    };
  };
}
