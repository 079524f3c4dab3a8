/** @jsxImportSource react */
import { isValidElement } from 'react';
import { describe, expect, it } from 'vitest';
import { renderReceipt } from './index';
import Receipt, { type ReceiptProps } from './receipt';

const base: ReceiptProps = {
  locale: 'en',
  intlLocale: 'en-GB',
  org: {
    name: 'Open Witness',
    legalName: 'Open Witness Foundation Ltd',
    address: '5 Example Row, London N1 7AA, United Kingdom',
    taxNote: 'Registered charity 1234567. Gift Aid may apply to this donation.',
    website: 'https://openwitness.example',
  },
  receiptNumber: 'MPM-2026-000042',
  paidAt: '2026-03-08T23:30:00.000Z',
  gift: { amount: 2_500, currency: 'GBP' },
  feeCovered: { amount: 95, currency: 'GBP' },
  total: { amount: 2_595, currency: 'GBP' },
  campaignTitle: 'Legal aid for detainees',
  donorName: 'Amina',
  dedication: { kind: 'honour', name: 'Rosa' },
  frequency: 'once',
};

/** Independent of `formatMoney`: what Intl itself says the amount looks like. */
const intlMoney = (locale: string, currency: string, major: number, digits: number) =>
  new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(major);

/** What a reader sees: the isolate marks are invisible, so words are compared without them. */
const visible = (rendered: string) => rendered.replace(/[\u2066-\u2069]/g, '');
const render = async (props: ReceiptProps) => {
  const { subject, html, text } = await renderReceipt(props);
  return { subject: visible(subject), html: visible(html), text: visible(text) };
};

const htmlRoot = (html: string) => /<html([^>]*)>/.exec(html)?.[1] ?? '';

describe('the receipt template', () => {
  it('JSX here compiles to React elements: the pragma beats the root hono/jsx setting', () => {
    expect(isValidElement(<Receipt {...base} />)).toBe(true);
  });

  it('preview props type-check and render', async () => {
    const { html } = await render(Receipt.PreviewProps);
    expect(html).toContain(Receipt.PreviewProps.receiptNumber);
  });
});

describe('renderReceipt, per language', () => {
  it('English: ltr, amounts, date in UTC, dedication, tax note, subject', async () => {
    const { subject, html, text } = await render(base);

    expect(htmlRoot(html)).toMatch(/lang="en"/);
    expect(htmlRoot(html)).toMatch(/dir="ltr"/);
    expect(subject).toBe('Your donation receipt MPM-2026-000042 – Open Witness');
    expect(html).toContain('MPM-2026-000042');
    expect(html).toContain('£25');
    expect(html).toContain('£0.95');
    expect(html).toContain('£25.95');
    // 23:30 UTC on the 8th is already the 9th east of Greenwich: the receipt says the 8th.
    expect(html).toContain('8 March 2026');
    expect(html).toContain('In honour of Rosa');
    expect(html).toContain('Registered charity 1234567. Gift Aid may apply to this donation.');
    expect(html).toContain('Open Witness Foundation Ltd');
    expect(html).toContain('5 Example Row, London N1 7AA, United Kingdom');
    expect(html).toContain('Legal aid for detainees');
    expect(html).toContain('Dear Amina,');
    expect(text).toContain('Thank you for supporting the work of Open Witness');
  });

  it('French (fr-CH): subject, lang, Swiss franc formatting and French date', async () => {
    const { subject, html, text } = await render({
      ...base,
      locale: 'fr',
      intlLocale: 'fr-CH',
      gift: { amount: 5_050, currency: 'CHF' },
      feeCovered: undefined,
      total: { amount: 5_050, currency: 'CHF' },
      dedication: { kind: 'memory', name: 'Jean' },
    });

    expect(subject).toBe('Votre reçu de don MPM-2026-000042 – Open Witness');
    expect(htmlRoot(html)).toMatch(/lang="fr"/);
    expect(htmlRoot(html)).toMatch(/dir="ltr"/);
    expect(html).toContain(intlMoney('fr-CH', 'CHF', 50.5, 2));
    expect(html).toContain('8 mars 2026');
    expect(html).toContain('À la mémoire de Jean');
    expect(html).not.toContain('Frais de traitement pris en charge');
    expect(text).toContain('Reçu de don'.toUpperCase());
  });

  it('Spanish: JPY has no decimals', async () => {
    const { subject, html } = await render({
      ...base,
      locale: 'es',
      intlLocale: 'es-ES',
      gift: { amount: 5_000, currency: 'JPY' },
      feeCovered: { amount: 190, currency: 'JPY' },
      total: { amount: 5_190, currency: 'JPY' },
    });

    expect(subject).toBe('Su recibo de donación MPM-2026-000042 – Open Witness');
    expect(htmlRoot(html)).toMatch(/lang="es"/);
    expect(html).toContain(intlMoney('es-ES', 'JPY', 5_190, 0));
    expect(html).toContain(intlMoney('es-ES', 'JPY', 190, 0));
    expect(html).toContain('En honor a Rosa');
    expect(html).toContain('8 de marzo de 2026');
  });

  it('Arabic (ar-IQ): rtl, right-aligned, Arabic-Indic digits, three-decimal JOD', async () => {
    const { subject, html, text } = await render({
      ...base,
      locale: 'ar',
      intlLocale: 'ar-IQ',
      gift: { amount: 12_500, currency: 'JOD' },
      feeCovered: { amount: 480, currency: 'JOD' },
      total: { amount: 12_980, currency: 'JOD' },
      dedication: { kind: 'memory', name: 'سامي' },
    });

    expect(subject).toBe('إيصال تبرعك MPM-2026-000042 – Open Witness');
    expect(htmlRoot(html)).toMatch(/lang="ar"/);
    expect(htmlRoot(html)).toMatch(/dir="rtl"/);
    expect(html).toContain('text-align:right');
    expect(html).not.toContain('text-align:left');

    const gift = intlMoney('ar-IQ', 'JOD', 12.5, 3);
    const total = intlMoney('ar-IQ', 'JOD', 12.98, 3);
    expect(gift).toContain('١٢٫٥٠٠');
    expect(html).toContain(gift);
    expect(html).toContain(intlMoney('ar-IQ', 'JOD', 0.48, 3));
    expect(html).toContain(total);
    expect(html).toContain('٨ آذار ٢٠٢٦');
    expect(html).toContain('إحياءً لذكرى سامي');
    expect(text).toContain(total);
    expect(text).toContain('٨ آذار ٢٠٢٦');
  });
});

describe('optional parts', () => {
  it('leaves out the dedication, fee line and greeting name when absent', async () => {
    const { html, text } = await render({
      ...base,
      dedication: undefined,
      feeCovered: undefined,
      donorName: undefined,
      total: base.gift,
    });
    expect(html).not.toContain('In honour of');
    expect(html).not.toContain('In memory of');
    expect(html).not.toContain('Processing fees you covered');
    expect(html).not.toContain('Dear ');
    expect(text).toContain('Hello,');
  });

  it('mentions the monthly schedule only for monthly gifts', async () => {
    const once = await render(base);
    const monthly = await render({ ...base, frequency: 'monthly' });
    expect(once.html).toContain('One-time gift');
    expect(once.html).not.toContain('each monthly payment');
    expect(monthly.html).toContain('Monthly gift');
    expect(monthly.html).toContain('You will receive a receipt for each monthly payment.');
  });

  it("escapes the donor's message instead of injecting it as markup", async () => {
    const { html } = await render({
      ...base,
      message: '<img src=x onerror=alert(1)> for Rosa',
    });
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; for Rosa');
  });
});

describe('the plain-text part', () => {
  it('carries the same essentials as the HTML, without any tags', async () => {
    const { text } = await render({ ...base, message: 'For everyone still waiting.' });

    expect(text).not.toMatch(/<\/?[a-z][^>]*>/i);
    expect(text).not.toContain('&amp;');
    for (const essential of [
      'MPM-2026-000042',
      '8 March 2026',
      '£25',
      '£0.95',
      '£25.95',
      'Legal aid for detainees',
      'In honour of Rosa',
      'For everyone still waiting.',
      'Registered charity 1234567. Gift Aid may apply to this donation.',
      'Open Witness Foundation Ltd',
      '5 Example Row, London N1 7AA, United Kingdom',
    ]) {
      expect(text).toContain(essential);
    }
  });

  it('does not repeat the hidden preview text', async () => {
    const { html, text } = await render(base);
    const preview = 'Thank you for your gift of £25.95 to Open Witness';
    expect(html).toContain(preview);
    expect(text).not.toContain(preview);
  });
});

describe('text in another direction', () => {
  it('is isolated, so a Latin number or address never reorders the Arabic around it', async () => {
    const { subject, html, text } = await renderReceipt({
      ...base,
      locale: 'ar',
      intlLocale: 'ar-IQ',
      receiptNumber: 'IMAN-2026-000001',
    });
    const LRI = '\u2066';
    const FSI = '\u2068';
    const PDI = '\u2069';
    expect(subject).toBe(`إيصال تبرعك ${LRI}IMAN-2026-000001${PDI} – ${FSI}Open Witness${PDI}`);
    expect(html).toContain(`<bdi dir="ltr">${LRI}IMAN-2026-000001${PDI}</bdi>`);
    // An address that starts with a number: unisolated, the "5" jumps to the line's other end.
    expect(html).toContain(`<bdi>${FSI}5 Example Row, London N1 7AA, United Kingdom${PDI}</bdi>`);
    expect(html).toContain(`تلقّت ${FSI}Open Witness${PDI} تبرعك`);
    // The plain-text part has no tags; the marks keep the same isolation there.
    expect(text).toContain(`${LRI}IMAN-2026-000001${PDI}`);
    expect(text).toContain(`${FSI}5 Example Row, London N1 7AA, United Kingdom${PDI}`);
  });
});

describe('the organisation’s registration number', () => {
  it('is printed under its address when it has one, in the receipt’s language', async () => {
    const withNumber = { ...base, org: { ...base.org, registrationNumber: 'CHE-123.456.789' } };
    const en = await renderReceipt(withNumber);
    expect(visible(en.text)).toContain('Registration number: CHE-123.456.789');
    const fr = await renderReceipt({ ...withNumber, locale: 'fr', intlLocale: 'fr-CH' });
    expect(visible(fr.text)).toContain('Numéro d’enregistrement\u00a0: CHE-123.456.789');
    expect(visible((await renderReceipt(base)).text)).not.toContain('Registration number');
  });
});

describe('the organisation’s logo', () => {
  it('heads the receipt when one was uploaded, named for screen readers', async () => {
    const logoUrl =
      'https://give.example.org/media/covers/mpm/abcdefghijklmnopqrstuvwxyz012345.png';
    const withLogo = await renderReceipt({ ...base, org: { ...base.org, logoUrl } });
    expect(withLogo.html).toMatch(new RegExp(`<img[^>]*alt="Open Witness"[^>]*src="${logoUrl}"`));
    expect((await renderReceipt(base)).html).not.toContain('<img');
  });
});

describe('a receipt reproduced after erasure', () => {
  it.each([
    ['en', 'erased at the donor’s request'],
    ['fr', 'effacé à la demande du donateur'],
    ['es', 'suprimido a petición del donante'],
    ['ar', 'مُحي بطلب من المتبرع'],
  ] as const)('in %s marks each erased field, and shows no trace of it', async (locale, mark) => {
    const { html, text } = await render({
      ...base,
      locale,
      donorName: undefined,
      dedication: undefined,
      erasedFields: ['donorName', 'donorEmail', 'dedication', 'message'],
    });
    expect(visible(text).split(mark)).toHaveLength(4);
    expect(html).not.toContain('Amina');
    expect(html).not.toContain('Rosa');
    expect(visible(text)).toContain('MPM-2026-000042');
  });
});
