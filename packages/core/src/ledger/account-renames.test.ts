import { describe, expect, it } from 'vitest';
import { planAccountRenames } from './account-renames';

const own = { code: 'bank' as const, number: '1010', name: 'Compte postal' };

describe('renaming accounts from the chart form', () => {
  it('leaves alone every account posted back as it was shown, defaults in the reader’s language included', () => {
    const plan = planAccountRenames(
      [own],
      {
        bank: { number: '1010', name: 'Compte postal' },
        stripe_balance: { number: '1100', name: 'Solde Stripe' },
      },
      'fr',
    );
    expect(plan).toEqual({ ok: true, renames: [] });
  });

  it('renames what changed, and brings the defaults back for an empty name', () => {
    const plan = planAccountRenames(
      [own],
      {
        bank: { number: '1010', name: '  ' },
        refunds: { number: ' 4950 ', name: ' Remboursements aux donateurs ' },
      },
      'fr',
    );
    expect(plan).toEqual({
      ok: true,
      renames: [
        { code: 'bank', before: own, after: null },
        {
          code: 'refunds',
          before: undefined,
          after: { code: 'refunds', number: '4950', name: 'Remboursements aux donateurs' },
        },
      ],
    });
  });

  it('refuses the whole form when one account is out of bounds', () => {
    const plan = planAccountRenames(
      [],
      {
        refunds: { number: '4950', name: 'Fine' },
        bank: { number: '', name: 'No number' },
        fee_cover: { number: '4100', name: 'x'.repeat(81) },
      },
      'en',
    );
    expect(plan).toEqual({ ok: false, invalid: ['bank', 'fee_cover'] });
  });
});
