import { describe, expect, it } from 'vitest';
import { Organisation, RESERVED_SLUGS } from './org';

const org = {
  slug: 'mpm',
  name: { fr: 'Minorités et peuples du monde' },
  legalName: 'MPM',
  address: 'Genève',
  country: 'CH',
  about: { fr: '…' },
  locales: ['fr'],
  defaultLocale: 'fr',
  taxNote: { fr: '…' },
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('organisations', () => {
  it('take only web addresses as their website, since receipts link to it', () => {
    expect(Organisation.safeParse({ ...org, website: 'https://mpm.example.org' }).success).toBe(
      true,
    );
    for (const website of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org']) {
      expect(Organisation.safeParse({ ...org, website }).success).toBe(false);
    }
  });

  it('cannot take a slug the service or a language prefix uses', () => {
    for (const slug of [...RESERVED_SLUGS, 'fr', 'ar', 'x', 'Upper']) {
      expect(Organisation.safeParse({ ...org, slug }).success).toBe(false);
    }
  });
});
