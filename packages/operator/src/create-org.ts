import { randomUUID } from 'node:crypto';
import {
  Email,
  INVITE_LINK_TTL_MS,
  Locale,
  type Member,
  type Organisation,
  OrgSlug,
} from '@haven/core';
import { createOrganisationWithOwner, type Db, newStaffLink } from '@haven/db';
import * as z from 'zod';

/** What the operator types; the owner fills in the rest on the settings page. */
export const NewOrganisation = z.object({
  slug: OrgSlug,
  name: z.string().trim().min(1).max(200),
  locale: Locale,
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .transform((code) => code.toUpperCase()),
  legalName: z.string().trim().min(1).max(200),
  address: z.string().trim().min(1).max(500),
  ownerEmail: Email,
});

/**
 * Creates an organisation and its first owner, and queues the owner's invitation email (the
 * outbox worker sends it): the owner signs in from it and completes the settings.
 */
export async function createOrganisationAndOwner(
  db: Db,
  /** As typed by the operator: parsed here, the command's boundary. */
  input: unknown,
  now: Date,
): Promise<{ org: Organisation; owner: Member }> {
  const fields = NewOrganisation.parse(input);
  const org: Organisation = {
    slug: fields.slug,
    name: { [fields.locale]: fields.name },
    legalName: fields.legalName,
    address: fields.address,
    country: fields.country,
    about: {},
    locales: [fields.locale],
    defaultLocale: fields.locale,
    taxNote: {},
    createdAt: now.toISOString(),
  };
  const owner: Member = {
    orgSlug: org.slug,
    memberId: randomUUID(),
    email: fields.ownerEmail,
    role: 'owner',
    locale: fields.locale,
    status: 'invited',
    createdAt: now.toISOString(),
  };
  const link = newStaffLink({
    orgSlug: org.slug,
    memberId: owner.memberId,
    purpose: 'invite',
    validForMs: INVITE_LINK_TTL_MS,
    now,
  });
  await createOrganisationWithOwner(db, org, owner, link);
  return { org, owner };
}
