import { type Member, type Organisation, ROLES } from '@haven/core';

/**
 * One member of each role per demo organisation, on the organisation's own demo domain
 * (`owner@mpm.example.org`), speaking its default language: `npm start` can be signed in
 * to at once, the links landing in /dev/emails.
 */
export const demoMembers = (orgs: readonly Organisation[]): Member[] =>
  orgs.flatMap((org) =>
    ROLES.map((role) => ({
      orgSlug: org.slug,
      memberId: `demo-${org.slug}-${role}`,
      email: `${role}@${org.slug}.example.org`,
      role,
      locale: org.defaultLocale,
      status: 'active' as const,
      createdAt: org.createdAt,
    })),
  );
