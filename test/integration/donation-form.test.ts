import { findCampaign } from '@haven/db';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/app';
import { createTestDb } from '../support/db';

const db = await createTestDb();
const app = createTestApp(db);
const post = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  app.request(path, { method: 'POST', body: new URLSearchParams(fields), headers });

const MPM = '/fr/mpm/voix-aux-nations-unies/donate';

describe('the donation form without payments configured', () => {
  it('validates a good gift and says honestly that nothing was charged', async () => {
    const response = await post(MPM, { currency: 'CHF', amount: '5000', frequency: 'once' });
    expect(response.status).toBe(503);
    const html = await response.text();
    expect(html).toContain('Le paiement en ligne n’est pas encore configuré');
    const campaign = await findCampaign(db, 'mpm', 'voix-aux-nations-unies');
    expect(campaign?.supporters).toBe(0);
    expect(campaign?.totals).toEqual({});
  });

  it('re-renders the form with a localised error for an amount below the minimum', async () => {
    const response = await post(MPM, { currency: 'CHF', customAmount: '0,50' });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('Merci de vérifier le formulaire');
    expect(html).toContain('Le don minimum est de');
    expect(html).toContain('value="0,50"');
  });

  it('refuses a currency the campaign does not take', async () => {
    const response = await post('/en/mpm/voix-aux-nations-unies/donate', {
      currency: 'JPY',
      amount: '5000',
    });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('This campaign does not take that currency.');
  });

  it('asks for an amount when none is chosen, in Arabic', async () => {
    const response = await post(
      '/ar/iraqi-minorities-network/warmth-for-displaced-families/donate',
      {
        currency: 'USD',
      },
    );
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('اختر مبلغًا أو اكتبه.');
  });

  it('refuses three-decimal amounts Stripe cannot charge, and a dedication without a name', async () => {
    const response = await post(
      '/en/iraqi-minorities-network/warmth-for-displaced-families/donate',
      {
        currency: 'JOD',
        customAmount: '10.005',
        dedicationKind: 'memory',
      },
    );
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('This currency takes amounts in steps of 0.010.');
    expect(html).toContain('Enter the name of the person the gift is dedicated to.');
  });

  it('refuses a message that is too long', async () => {
    const response = await post('/es/mpm/voix-aux-nations-unies/donate', {
      currency: 'EUR',
      amount: '2000',
      message: 'x'.repeat(501),
    });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('Use como máximo 500 caracteres.');
  });
});

describe('a campaign that has ended', () => {
  it('takes no gift, even from a form posted after it closed', async () => {
    const afterTheEnd = createTestApp(db, new Date('2027-04-01T00:00:00Z'));
    const page = await afterTheEnd.request('/fr/mpm/voix-aux-nations-unies');
    const html = await page.text();
    expect(html).toContain('Cette campagne est close');
    expect(html).not.toContain('<form class="donate"');
    const response = await afterTheEnd.request(MPM, {
      method: 'POST',
      body: new URLSearchParams({ currency: 'CHF', amount: '5000' }),
    });
    expect(response.status).toBe(409);
    expect(await response.text()).toContain('Cette campagne est close');
  });
});

describe('amounts as people type them', () => {
  it('reads Arabic-Indic digits, and refuses a three-decimal amount whose separator is ambiguous', async () => {
    const arabic = await post('/ar/iraqi-minorities-network/warmth-for-displaced-families/donate', {
      currency: 'JOD',
      customAmount: '١٢٫٥',
    });
    // Read as 12.500 dinars: valid, so the only answer left is that payments are not configured.
    expect(arabic.status).toBe(503);
    const ambiguous = await post('/ar/muslim-minorities-observatory/break-the-silence/donate', {
      currency: 'KWD',
      customAmount: '1,000',
    });
    expect(ambiguous.status).toBe(422);
    const english = await post(
      '/en/iraqi-minorities-network/warmth-for-displaced-families/donate',
      {
        currency: 'JOD',
        customAmount: '1,000',
      },
    );
    expect(english.status).toBe(422);
    expect(await english.text()).toContain('Enter an amount such as 25 or 25.50.');
  });
});
