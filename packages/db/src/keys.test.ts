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
