import { describe, expect, it } from 'vitest';
import {
  isCampaignTotalsKey,
  keys,
  outboxIdFromStreamKeys,
  pledgeIdFromKey,
  receiptYearFromKey,
} from './keys';

const streamKeys = ({ pk, sk }: { pk: string; sk: string }) => ({ pk: { S: pk }, sk: { S: sk } });

describe('keys read back', () => {
  it('finds the outbox id in an outbox item stream record, and none in any other', () => {
    expect(outboxIdFromStreamKeys(streamKeys(keys.outbox('receipt_pl_1')))).toBe('receipt_pl_1');
    expect(outboxIdFromStreamKeys(streamKeys(keys.campaign('mpm', 'x')))).toBeUndefined();
    expect(outboxIdFromStreamKeys(streamKeys(keys.pledge('pl_1')))).toBeUndefined();
    expect(outboxIdFromStreamKeys({ pk: { S: 'OUTBOX#' } })).toBeUndefined();
    expect(outboxIdFromStreamKeys({})).toBeUndefined();
    expect(outboxIdFromStreamKeys(undefined)).toBeUndefined();
  });

  it("reads a receipt counter's year, and no year from another sort key", () => {
    expect(receiptYearFromKey(keys.receiptSequence('mpm', 2026).sk)).toBe(2026);
    expect(receiptYearFromKey(keys.campaign('mpm', 'x').sk)).toBeUndefined();
    expect(receiptYearFromKey('RECEIPT_SEQ#20x6')).toBeUndefined();
    expect(receiptYearFromKey(undefined)).toBeUndefined();
  });

  it("reads the pledge id from a pledge's or payment's key", () => {
    expect(pledgeIdFromKey(keys.payment('pl_1').pk)).toBe('pl_1');
    expect(pledgeIdFromKey(keys.pledge('pl_2').pk)).toBe('pl_2');
    expect(pledgeIdFromKey(keys.org('mpm').pk)).toBeUndefined();
    expect(pledgeIdFromKey(42)).toBeUndefined();
  });

  it("keeps a campaign's totals' shards between its own key and any longer slug's", () => {
    const range = keys.campaignWithTotals('mpm', 'voix');
    const inside = [keys.campaign('mpm', 'voix').sk, keys.campaignTotals('mpm', 'voix', 15).sk];
    for (const sk of inside) expect(sk >= range.from && sk <= range.to).toBe(true);
    const outside = [keys.campaign('mpm', 'voix-2').sk, keys.campaignTotals('mpm', 'voix2', 0).sk];
    for (const sk of outside) expect(sk >= range.from && sk <= range.to).toBe(false);
    expect(isCampaignTotalsKey(keys.campaignTotals('mpm', 'voix', 3).sk)).toBe(true);
    expect(isCampaignTotalsKey(keys.campaign('mpm', 'voix').sk)).toBe(false);
  });
});

describe('campaign keys', () => {
  it('keeps drafts and published campaigns in one sort key range, and apart from the rest', () => {
    const { pk, skPrefix } = keys.campaignsOfOrg('mpm');
    for (const key of [keys.campaign('mpm', 'a'), keys.campaignDraft('mpm', 'a')]) {
      expect(key.pk).toBe(pk);
      expect(key.sk.startsWith(skPrefix)).toBe(true);
    }
    expect(keys.campaign('mpm', 'a').sk).not.toBe(keys.campaignDraft('mpm', 'a').sk);
    expect(keys.receiptSequence('mpm', 2026).sk.startsWith(skPrefix)).toBe(false);
    expect(keys.org('mpm').sk.startsWith(skPrefix)).toBe(false);
    expect(keys.campaignDraft('iopdhr', 'a').pk).not.toBe(pk);
  });

  it("lists a campaign's payments apart from another campaign's and another organisation's", () => {
    const a = keys.campaignPaymentsByDate('mpm', 'a', '2026-11-20T10:00:00.000Z', 'plg_1');
    expect(a.gsi2pk).not.toBe(keys.campaignPaymentsByDate('mpm', 'b', '', '').gsi2pk);
    expect(a.gsi2pk).not.toBe(keys.campaignPaymentsByDate('iopdhr', 'a', '', '').gsi2pk);
    expect(a.gsi2sk.startsWith('2026-11-20T10:00:00.000Z#')).toBe(true);
  });
});
