import { describe, expect, it } from 'vitest';
import { entryKeysOf, stripeObjectOf } from './stripe-match';

describe('the entries a Stripe object owes the ledger', () => {
  it('owes a settled charge of ours its payment, and nothing for another system or unsettled', () => {
    const charge = {
      kind: 'charge',
      id: 'ch_1',
      pledgeId: 'p1',
      succeeded: true,
      settled: true,
    } as const;
    expect(entryKeysOf(charge)).toEqual(['payment:ch_1']);
    expect(entryKeysOf({ ...charge, pledgeId: undefined })).toEqual([]);
    expect(entryKeysOf({ ...charge, settled: false })).toEqual([]);
  });

  it('owes a dispute one entry per balance transaction, a failed payout its return too', () => {
    expect(
      entryKeysOf({ kind: 'dispute', id: 'dp_1', chargeId: 'ch_1', movements: 0, status: 'open' }),
    ).toEqual([]);
    expect(
      entryKeysOf({ kind: 'dispute', id: 'dp_1', chargeId: 'ch_1', movements: 2, status: 'won' }),
    ).toEqual(['dispute_withdrawal:dp_1', 'dispute_reinstatement:dp_1']);
    expect(
      entryKeysOf({ kind: 'payout', id: 'po_1', status: 'in_transit', failureSettled: false }),
    ).toEqual([]);
    expect(
      entryKeysOf({ kind: 'payout', id: 'po_1', status: 'failed', failureSettled: true }),
    ).toEqual(['payout:po_1', 'payout_failure:po_1']);
    expect(
      entryKeysOf({
        kind: 'refund',
        id: 're_1',
        chargeId: 'ch_1',
        succeeded: false,
        settled: true,
      }),
    ).toEqual([]);
  });

  it('names the Stripe object behind each entry but a reversal', () => {
    const source = { stripeId: 'dp_1' };
    expect(stripeObjectOf({ kind: 'dispute_reinstatement', source })).toEqual({
      kind: 'dispute',
      id: 'dp_1',
    });
    expect(stripeObjectOf({ kind: 'payout_failure', source: { stripeId: 'po_1' } })).toEqual({
      kind: 'payout',
      id: 'po_1',
    });
    expect(stripeObjectOf({ kind: 'reversal', source })).toBeUndefined();
  });
});
