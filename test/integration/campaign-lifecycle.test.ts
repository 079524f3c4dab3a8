import { type CampaignContent, ConflictError, NotFoundError, ValidationError } from '@haven/core';
import {
  closeCampaign,
  createCampaignDraft,
  findCampaign,
  findEditableCampaign,
  listCampaigns,
  listOrgCampaigns,
  publishCampaignDraft,
  readCampaignDashboard,
  saveCampaignDraft,
  savePublishedCampaign,
} from '@haven/db';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../support/db';
import { postDonationForm } from '../support/donate-form';
import { outsideServices } from '../support/msw';
import { createPaymentsApp } from '../support/payments-app';
import { DONOR, signature, startTestStripe } from '../support/stripe';

const stripe = await startTestStripe();
const edgeOfTheWorld = outsideServices();
beforeAll(() => edgeOfTheWorld.listen());
afterEach(() => edgeOfTheWorld.server.resetHandlers());
afterAll(async () => {
  edgeOfTheWorld.close();
  await stripe.stop();
});

const db = await createTestDb();
const app = createPaymentsApp(db, stripe);
const mpm = { orgSlug: 'mpm' };
const otherOrg = { orgSlug: 'iopdhr' };
const now = new Date('2026-11-02T09:00:00.000Z');
const fr = {
  title: 'Écoles en langue maternelle',
  summary: 'Des classes dans la langue des enfants.',
  story: 'Une **histoire** <script>alert(1)</script> [lien](javascript:alert(1))',
  coverAlt: 'Une classe',
};
const es = {
  title: 'Escuelas en lengua materna',
  summary: 'Clases en la lengua de los niños.',
  story: 'Una historia',
  coverAlt: 'Una clase',
};
const started: CampaignContent = {
  slug: 'ecoles-langue-maternelle',
  defaultLocale: 'fr',
  text: { fr: { title: fr.title } },
  currencies: [],
  suggestedAmounts: {},
};
const complete: CampaignContent = {
  ...started,
  text: { fr, es: { title: es.title } },
  goal: { amount: 1_000_000, currency: 'CHF' },
  currencies: ['CHF', 'EUR'],
  suggestedAmounts: { CHF: [2_000, 5_000, 10_000] },
  startsAt: '2026-11-01T00:00:00.000Z',
  endsAt: '2027-01-31T00:00:00.000Z',
  coverImage: '/static/covers/assembly.svg',
};
const path = `/fr/mpm/${started.slug}`;

async function give(fields: Record<string, string>, paidAt: Date) {
  const response = await postDonationForm(app, `${path}/donate`, { frequency: 'once', ...fields });
  const sessionId = /cs_test_\w+/.exec(response.headers.get('location') ?? '')?.[0];
  if (!sessionId) throw new Error(`no checkout session (status ${response.status})`);
  const payload = await stripe.pay(sessionId, { paidAt, email: `donor+${sessionId}@example.org` });
  const delivered = await app.request('/webhooks/stripe', {
    method: 'POST',
    body: payload,
    headers: { 'content-type': 'application/json', 'stripe-signature': signature(payload) },
  });
  expect(delivered.status).toBe(200);
}

describe('a campaign from draft to closed', () => {
  it('saves an incomplete draft that nobody outside the organisation can see or find', async () => {
    const draft = await createCampaignDraft(db, mpm, started, now);
    expect(draft).toMatchObject({ status: 'draft', version: 1, orgSlug: 'mpm' });
    expect((await app.request(path)).status).toBe(404);
    expect(await findEditableCampaign(db, otherOrg, started.slug)).toBeUndefined();
    await expect(
      saveCampaignDraft(db, otherOrg, started.slug, { content: complete, expectedVersion: 1, now }),
    ).rejects.toThrow(NotFoundError);
    const [summary] = (await listOrgCampaigns(db, mpm)).filter((c) => c.slug === started.slug);
    expect(summary?.status).toBe('draft');
    expect(summary?.translations.find((t) => t.locale === 'fr')?.state).toBe('incomplete');
    expect((await listOrgCampaigns(db, otherOrg)).map((c) => c.slug)).not.toContain(started.slug);
  });

  it('keeps slugs unique within the organisation, drafts and published alike', async () => {
    await expect(createCampaignDraft(db, mpm, started, now)).rejects.toThrow(ConflictError);
    await expect(
      createCampaignDraft(db, mpm, { ...started, slug: 'voix-aux-nations-unies' }, now),
    ).rejects.toThrow(ConflictError);
    // Another organisation may use the same slug for its own campaign.
    await expect(createCampaignDraft(db, otherOrg, started, now)).resolves.toMatchObject({
      orgSlug: 'iopdhr',
    });
  });

  it('refuses a save based on an older version: nobody’s edit is silently lost', async () => {
    const saved = await saveCampaignDraft(db, mpm, started.slug, {
      content: complete,
      expectedVersion: 1,
      now,
    });
    expect(saved.version).toBe(2);
    await expect(
      saveCampaignDraft(db, mpm, started.slug, { content: started, expectedVersion: 1, now }),
    ).rejects.toThrow(ConflictError);
  });

  it('publishes only when the default language and the figures are complete', async () => {
    await expect(
      publishCampaignDraft(db, mpm, started.slug, { expectedVersion: 1, now }),
    ).rejects.toThrow(ConflictError);
    await saveCampaignDraft(db, mpm, started.slug, {
      content: { ...complete, goal: undefined },
      expectedVersion: 2,
      now,
    });
    await expect(
      publishCampaignDraft(db, mpm, started.slug, { expectedVersion: 3, now }),
    ).rejects.toThrow(ValidationError);
    await saveCampaignDraft(db, mpm, started.slug, { content: complete, expectedVersion: 3, now });
    const campaign = await publishCampaignDraft(db, mpm, started.slug, {
      expectedVersion: 4,
      now,
    });
    expect(campaign).toMatchObject({ status: 'open', locales: ['fr'] });

    const page = await app.request(path);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`<h1>${fr.title}</h1>`);
    // The story goes through the page's Markdown renderer: no raw HTML, no script links.
    expect(html).toContain('<strong>histoire</strong>');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('href="javascript:');
    expect((await listCampaigns(db, 'mpm', 'open')).map((c) => c.slug)).toContain(started.slug);
    expect((await findEditableCampaign(db, mpm, started.slug))?.kind).toBe('published');
  });

  it('takes gifts, and edits after publishing leave the totals and the slug alone', async () => {
    await give({ currency: 'CHF', amount: '5000' }, new Date('2026-11-20T10:00:00Z'));
    await give(
      { currency: 'EUR', customAmount: '30', anonymous: 'on' },
      new Date('2026-11-21T10:00:00Z'),
    );
    const before = await findCampaign(db, 'mpm', started.slug);
    expect(before?.totals).toEqual({ CHF: { amount: 5_000 }, EUR: { amount: 3_000 } });

    const editable = await findEditableCampaign(db, mpm, started.slug);
    if (editable?.kind !== 'published') throw new Error('not published');
    const edit = { ...editable.content, text: { fr, es } };
    await expect(
      savePublishedCampaign(db, mpm, started.slug, {
        content: { ...edit, slug: 'nouveau-nom' },
        expectedVersion: editable.version,
        now,
      }),
    ).rejects.toThrow(ValidationError);
    await savePublishedCampaign(db, mpm, started.slug, {
      content: edit,
      expectedVersion: editable.version,
      now,
    });
    await expect(
      savePublishedCampaign(db, mpm, started.slug, {
        content: edit,
        expectedVersion: editable.version,
        now,
      }),
    ).rejects.toThrow(ConflictError);

    const after = await findCampaign(db, 'mpm', started.slug);
    expect(after?.totals).toEqual(before?.totals);
    expect(after?.supporters).toBe(2);
    expect(after?.locales).toEqual(['fr', 'es']);
    expect((await app.request(`/es/mpm/${started.slug}`)).status).toBe(200);
  });

  it('shows the dashboard: totals, latest gifts masked by role, gifts per day per currency', async () => {
    const period = { from: '2026-11-19T00:00:00.000Z', to: '2026-11-22T00:00:00.000Z' };
    const viewer = await readCampaignDashboard(db, mpm, started.slug, { role: 'viewer', period });
    expect(viewer.campaign.supporters).toBe(2);
    expect(viewer.latestGifts.map((gift) => [gift.amount, gift.donor])).toEqual([
      [{ amount: 3_000, currency: 'EUR' }, { kind: 'masked' }],
      [
        { amount: 5_000, currency: 'CHF' },
        { kind: 'named', name: DONOR.name, anonymous: false },
      ],
    ]);
    expect(JSON.stringify(viewer)).not.toContain(DONOR.email);
    const finance = await readCampaignDashboard(db, mpm, started.slug, { role: 'finance', period });
    expect(finance.latestGifts[0]?.donor).toEqual({
      kind: 'named',
      name: DONOR.name,
      anonymous: true,
    });
    const chf = viewer.series.find((series) => series.currency === 'CHF');
    expect(chf?.days.map((day) => day.amount)).toEqual([0, 5_000, 0, 0]);
    expect(viewer.series.find((series) => series.currency === 'EUR')?.total).toBe(3_000);
    await expect(
      readCampaignDashboard(db, otherOrg, started.slug, { role: 'owner', period }),
    ).rejects.toThrow(NotFoundError);
  });

  it('closes once: the page shows the result and refuses gifts', async () => {
    await expect(closeCampaign(db, otherOrg, started.slug, now)).rejects.toThrow(NotFoundError);
    await closeCampaign(db, mpm, started.slug, now);
    await expect(closeCampaign(db, mpm, started.slug, now)).rejects.toThrow(ConflictError);
    const html = await (await app.request(path)).text();
    expect(html).toContain('Cette campagne est close');
    expect(html).not.toContain('<form class="donate"');
    expect(html).toMatch(/50\sCHF collectés/);
    expect(html).toContain('2 donateur·rices');
    expect(html).not.toContain('Se termine le');
    const refused = await app.request(`${path}/donate`, {
      method: 'POST',
      body: new URLSearchParams({ frequency: 'once', currency: 'CHF', amount: '5000' }),
    });
    expect(refused.status).toBe(409);
    expect((await listCampaigns(db, 'mpm', 'closed')).map((c) => c.slug)).toContain(started.slug);
    expect((await listCampaigns(db, 'mpm', 'open')).map((c) => c.slug)).not.toContain(started.slug);
    expect((await findCampaign(db, 'mpm', started.slug))?.totals.CHF).toEqual({ amount: 5_000 });
  });
});
