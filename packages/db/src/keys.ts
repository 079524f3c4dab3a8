import type { CampaignStatus } from '@haven/core';

const ORG = 'ORG#';
const PLEDGE = 'PLEDGE#';
const OUTBOX = 'OUTBOX#';
const RECEIPT_SEQ = 'RECEIPT_SEQ#';
const DEV_EMAIL = 'DEVMAIL#';
const RATE = 'RATE#';
const MEMBER = 'MEMBER#';
const AUDIT = 'AUDIT#';
const CAMPAIGN_DRAFT = 'CAMPAIGN_DRAFT#';
const CAMPAIGN = 'CAMPAIGN#';
const TOTALS = '#TOTALS#';
const DONOR = 'DONOR#';
const EMAIL_OPT_OUT = 'EMAIL_OPT_OUT#';
const LEDGER = 'LEDGER#';
const PAYOUT = 'PAYOUT#';
const PAYOUT_ENTRY = 'ENTRY#';
const ACCOUNT = 'ACCOUNT#';
const EXPORT = 'EXPORT#';

/**
 * Item keys, from the access patterns:
 * - an organisation by slug:          pk ORG#<org>, sk #PROFILE
 * - all organisations:                gsi1 ORGS, by slug
 * - a campaign by organisation+slug:  pk ORG#<org>, sk CAMPAIGN#<slug>
 * - an organisation's campaigns by status: gsi1 ORG#<org>#CAMPAIGNS#<status>, by start date
 * - a campaign never published:      pk ORG#<org>, sk CAMPAIGN_DRAFT#<slug> (never public)
 * - every campaign of an organisation, drafts included: pk ORG#<org>, sk begins with CAMPAIGN
 * - a campaign's payments by date:   gsi2 ORG#<org>#CAMPAIGN#<slug>#PAYMENTS, by paid-at
 * - a campaign's totals, in shards:   pk ORG#<org>, sk CAMPAIGN#<slug>#TOTALS#<nn>, right after
 *                                     the campaign's own sk, so one Query reads both
 * - a pledge, and its payment once paid: pk PLEDGE#<id>, sk #PLEDGE / #PAYMENT; a monthly
 *   gift's instalments: sk #PAYMENT#<invoice id> (the invoice's idempotency marker)
 * - an organisation's payments by date:  gsi1 ORG#<org>#PAYMENTS, by paid-at
 * - a Stripe event already applied:      pk STRIPE_EVENT#<id> (expires after 90 days)
 * - the last receipt number of a year:   pk ORG#<org>, sk RECEIPT_SEQ#<year>
 * - an outbox item, and those due:        pk OUTBOX#<id>; gsi2 OUTBOX#pending, by due time
 * - pledges still waiting for Stripe:     gsi2 PLEDGE#open, by creation (left when settled)
 * - the health check's read:              pk HEALTH, sk HEALTH (never written)
 * - an email kept by the local stack:     pk DEVMAIL#<id>; gsi1 DEVMAIL, by time sent
 * - a rate limit's window:                pk RATE#<scope>#<subject>#<window start> (TTL)
 * - a staff member:                       pk ORG#<org>, sk MEMBER#<id>; gsi1 MEMBER_EMAIL#<email>
 *                                          by org (sign-in finds every membership of an address)
 * - a member's passkey:                   pk ORG#<org>, sk PASSKEY#<member>#<credential>
 * - an organisation's audit log:          pk ORG#<org>, sk AUDIT#<at>#<id>
 * - a sign-in or invitation link:         pk STAFF_LINK#<sha256 of token> (TTL: its expiry)
 * - links sent to an address lately:      pk STAFF_LINK_RATE#<sha256 of address> (TTL)
 * - what an unknown address's request writes instead: pk STAFF_LINK_DECOY#<random> (TTL)
 * - a staff session:                      pk SESSION#<sha256 of id> (TTL: its absolute end)
 * - the organisation of a Stripe account: pk STRIPE_ACCOUNT#<acct_…> (Connect: an event names
 *                                          its account, never the organisation)
 * - a donor's paid pledges, every organisation: gsi1 DONOR#<emailKey>, by first payment (set on the
 *                                          pledge when its payment names the donor's address)
 * - a donor's link, its requests, decoys:  pk DONOR_LINK#<sha256>, DONOR_LINK_RATE#<emailKey>#<window>,
 *                                          DONOR_LINK_DECOY#<random> (TTL)
 * - a donor session:                      pk DONOR_SESSION#<sha256 of id> (TTL: its absolute end)
 * - a donor's email opt-out, per organisation: pk DONOR#<emailKey>, sk EMAIL_OPT_OUT#<org>
 * - an erasure done:                      pk DONOR#<emailKey>, sk ERASED#<at>
 * - a ledger entry, by what it books:     pk LEDGER#<org>#<entry key> (the Stripe object: booked once)
 * - an organisation's ledger by period:   gsi1 ORG#<org>#LEDGER#<yyyy-mm>, by booked-at
 * - the entries a payout paid out:        pk PAYOUT#<org>#<payout id>, sk ENTRY#<entry key>
 * - an account the organisation renamed:  pk ORG#<org>, sk ACCOUNT#<code>
 * - a statement run of a period:        pk ORG#<org>, sk STATEMENT_RUN#<first day> (queued/sent counts)
 * - a donor sent a period's statement:   pk STATEMENT_SEND#<org>#<first day>#<emailKey> (bulk: once)
 * - a background export:                  pk EXPORT#<id> (TTL); gsi1 ORG#<org>#EXPORTS by
 *                                          creation; gsi2 EXPORT#pending until it is done
 */
export const keys = {
  org: (org: string) => ({ pk: `${ORG}${org}`, sk: '#PROFILE' }),
  orgList: (org: string) => ({ gsi1pk: partitions.orgs(), gsi1sk: org }),
  campaign: (org: string, slug: string) => ({ pk: `${ORG}${org}`, sk: `${CAMPAIGN}${slug}` }),
  campaignTotals: (org: string, slug: string, shard: number) => ({
    pk: `${ORG}${org}`,
    sk: `${CAMPAIGN}${slug}${TOTALS}${String(shard).padStart(2, '0')}`,
  }),
  /**
   * A campaign and its totals' shards: its partition and an inclusive sort-key range. `#` sorts
   * before the `-` and digits of a slug, so a longer slug (`voix-2` after `voix`) stays outside.
   */
  campaignWithTotals: (org: string, slug: string) => ({
    pk: `${ORG}${org}`,
    from: `${CAMPAIGN}${slug}`,
    to: `${CAMPAIGN}${slug}${TOTALS}~`,
  }),
  /** Only a campaign's totals' shards: its partition and their sort keys' prefix. */
  campaignTotalsShards: (org: string, slug: string) => ({
    pk: `${ORG}${org}`,
    skPrefix: `${CAMPAIGN}${slug}${TOTALS}`,
  }),
  campaignsByStatus: (org: string, status: CampaignStatus, startsAt: string, slug: string) => ({
    gsi1pk: partitions.campaignsByStatus(org, status),
    gsi1sk: `${startsAt}#${slug}`,
  }),
  campaignDraft: (org: string, slug: string) => ({
    pk: `${ORG}${org}`,
    sk: `${CAMPAIGN_DRAFT}${slug}`,
  }),
  /** Published campaigns (CAMPAIGN#) and drafts (CAMPAIGN_DRAFT#) share this sort key prefix. */
  campaignsOfOrg: (org: string) => ({ pk: `${ORG}${org}`, skPrefix: 'CAMPAIGN' }),
  pledge: (id: string) => ({ pk: `${PLEDGE}${id}`, sk: '#PLEDGE' }),
  openPledge: (createdAt: string, id: string) => ({
    gsi2pk: partitions.openPledges(),
    gsi2sk: `${createdAt}#${id}`,
  }),
  /** A one-time gift's payment, or (with its invoice) one instalment of a monthly gift. */
  payment: (pledgeId: string, invoiceId?: string) => ({
    pk: `${PLEDGE}${pledgeId}`,
    sk: invoiceId ? `#PAYMENT#${invoiceId}` : '#PAYMENT',
  }),
  /** Every payment of a pledge: its partition and the sort keys' prefix. */
  paymentsOfPledge: (pledgeId: string) => ({ pk: `${PLEDGE}${pledgeId}`, skPrefix: '#PAYMENT' }),
  paymentsByDate: (org: string, paidAt: string, pledgeId: string) => ({
    gsi1pk: partitions.paymentsByDate(org),
    gsi1sk: `${paidAt}#${pledgeId}`,
  }),
  campaignPaymentsByDate: (org: string, campaign: string, paidAt: string, pledgeId: string) => ({
    gsi2pk: partitions.campaignPaymentsByDate(org, campaign),
    gsi2sk: `${paidAt}#${pledgeId}`,
  }),
  stripeEvent: (id: string) => ({ pk: `STRIPE_EVENT#${id}`, sk: '#EVENT' }),
  receiptSequence: (org: string, year: number) => ({
    pk: `${ORG}${org}`,
    sk: `${RECEIPT_SEQ}${year}`,
  }),
  /** Every receipt counter of an organisation: its partition and the sort keys' prefix. */
  receiptSequences: (org: string) => ({ pk: `${ORG}${org}`, skPrefix: RECEIPT_SEQ }),
  outbox: (id: string) => ({ pk: `${OUTBOX}${id}`, sk: '#OUTBOX' }),
  outboxDue: (status: 'pending' | 'failed', dueAt: string, id: string) => ({
    gsi2pk: partitions.outboxDue(status),
    gsi2sk: `${dueAt}#${id}`,
  }),
  health: () => ({ pk: 'HEALTH', sk: 'HEALTH' }),
  devEmail: (id: string) => ({ pk: `${DEV_EMAIL}${id}`, sk: '#MAIL' }),
  devEmailsBySentAt: (sentAt: string, id: string) => ({
    gsi1pk: partitions.devEmails(),
    gsi1sk: `${sentAt}#${id}`,
  }),
  /** `subject` is hashed or a slug by the caller: never a raw address or email. */
  rateWindow: (scope: string, subject: string, windowStart: number) => ({
    pk: `${RATE}${scope}#${subject}#${windowStart}`,
    sk: '#RATE',
  }),
  member: (org: string, memberId: string) => ({ pk: `${ORG}${org}`, sk: `${MEMBER}${memberId}` }),
  members: (org: string) => ({ pk: `${ORG}${org}`, skPrefix: MEMBER }),
  memberByEmail: (email: string, org: string) => ({
    gsi1pk: partitions.membershipsOfEmail(email),
    gsi1sk: `${ORG}${org}`,
  }),
  passkey: (org: string, memberId: string, credentialId: string) => ({
    pk: `${ORG}${org}`,
    sk: `PASSKEY#${memberId}#${credentialId}`,
  }),
  passkeys: (org: string, memberId: string) => ({
    pk: `${ORG}${org}`,
    skPrefix: `PASSKEY#${memberId}#`,
  }),
  audit: (org: string, at: string, id: string) => ({
    pk: `${ORG}${org}`,
    sk: `${AUDIT}${at}#${id}`,
  }),
  audits: (org: string) => ({ pk: `${ORG}${org}`, skPrefix: AUDIT }),
  staffLink: (tokenHash: string) => ({ pk: `STAFF_LINK#${tokenHash}`, sk: '#LINK' }),
  staffLinkRate: (emailHash: string) => ({ pk: `STAFF_LINK_RATE#${emailHash}`, sk: '#RATE' }),
  staffLinkDecoy: (id: string) => ({ pk: `STAFF_LINK_DECOY#${id}`, sk: '#DECOY' }),
  session: (idHash: string) => ({ pk: `SESSION#${idHash}`, sk: '#SESSION' }),
  stripeAccount: (accountId: string) => ({ pk: `STRIPE_ACCOUNT#${accountId}`, sk: '#ORG' }),
  /** On a paid pledge: finds a person's gifts across organisations by their emailKey alone. */
  donorPledge: (emailKey: string, paidAt: string, pledgeId: string) => ({
    gsi1pk: partitions.donorPledges(emailKey),
    gsi1sk: `${paidAt}#${pledgeId}`,
  }),
  /** A pledge's own partition: the pledge and every payment of it. */
  pledgeItems: (pledgeId: string) => ({ pk: `${PLEDGE}${pledgeId}` }),
  donorLink: (tokenHash: string) => ({ pk: `DONOR_LINK#${tokenHash}`, sk: '#LINK' }),
  donorLinkRate: (emailKey: string, windowStart: number) => ({
    pk: `DONOR_LINK_RATE#${emailKey}#${windowStart}`,
    sk: '#RATE',
  }),
  donorLinkDecoy: (id: string) => ({ pk: `DONOR_LINK_DECOY#${id}`, sk: '#DECOY' }),
  donorSession: (idHash: string) => ({ pk: `DONOR_SESSION#${idHash}`, sk: '#SESSION' }),
  /** Read by update sending (issue 12): present means this person opted out of this organisation. */
  emailOptOut: (emailKey: string, org: string) => ({
    pk: `${DONOR}${emailKey}`,
    sk: `${EMAIL_OPT_OUT}${org}`,
  }),
  emailOptOuts: (emailKey: string) => ({ pk: `${DONOR}${emailKey}`, skPrefix: EMAIL_OPT_OUT }),
  erasure: (emailKey: string, at: string) => ({ pk: `${DONOR}${emailKey}`, sk: `ERASED#${at}` }),
  /** Everything kept under a person's key: opt-outs and erasures. */
  donorItems: (emailKey: string) => ({ pk: `${DONOR}${emailKey}` }),
  ledgerEntry: (org: string, entryKey: string) => ({
    pk: `${LEDGER}${org}#${entryKey}`,
    sk: '#ENTRY',
  }),
  /** One partition per organisation and month: a period reads the months it spans, in order. */
  ledgerByPeriod: (org: string, bookedAt: string, entryKey: string) => ({
    gsi1pk: partitions.ledgerMonth(org, bookedAt.slice(0, 7)),
    gsi1sk: `${bookedAt}#${entryKey}`,
  }),
  payoutEntry: (org: string, payoutId: string, entryKey: string) => ({
    pk: `${PAYOUT}${org}#${payoutId}`,
    sk: `${PAYOUT_ENTRY}${entryKey}`,
  }),
  payoutEntries: (org: string, payoutId: string) => ({
    pk: `${PAYOUT}${org}#${payoutId}`,
    skPrefix: PAYOUT_ENTRY,
  }),
  account: (org: string, code: string) => ({ pk: `${ORG}${org}`, sk: `${ACCOUNT}${code}` }),
  accounts: (org: string) => ({ pk: `${ORG}${org}`, skPrefix: ACCOUNT }),
  statementRun: (org: string, from: string) => ({
    pk: `${ORG}${org}`,
    sk: `STATEMENT_RUN#${from}`,
  }),
  /** Written once per person and period by bulk sending, under `attribute_not_exists`. */
  statementSend: (org: string, from: string, emailKey: string) => ({
    pk: `STATEMENT_SEND#${org}#${from}#${emailKey}`,
    sk: '#SEND',
  }),
  exportJob: (id: string) => ({ pk: `${EXPORT}${id}`, sk: '#EXPORT' }),
  exportJobsOfOrg: (org: string, createdAt: string, id: string) => ({
    gsi1pk: partitions.exportJobs(org),
    gsi1sk: `${createdAt}#${id}`,
  }),
  pendingExportJob: (createdAt: string, id: string) => ({
    gsi2pk: partitions.pendingExportJobs(),
    gsi2sk: `${createdAt}#${id}`,
  }),
};

/** The index partitions a Query lists, each named after the list it holds. */
export const partitions = {
  orgs: () => 'ORGS',
  campaignTotals: (org: string, slug: string, shard: number) => ({
    pk: `${ORG}${org}`,
    sk: `${CAMPAIGN}${slug}${TOTALS}${String(shard).padStart(2, '0')}`,
  }),
  /**
   * A campaign and its totals' shards: its partition and an inclusive sort-key range. `#` sorts
   * before the `-` and digits of a slug, so a longer slug (`voix-2` after `voix`) stays outside.
   */
  campaignsByStatus: (org: string, status: CampaignStatus) => `${ORG}${org}#CAMPAIGNS#${status}`,
  paymentsByDate: (org: string) => `${ORG}${org}#PAYMENTS`,
  campaignPaymentsByDate: (org: string, campaign: string) =>
    `${ORG}${org}#CAMPAIGN#${campaign}#PAYMENTS`,
  openPledges: () => `${PLEDGE}open`,
  outboxDue: (status: 'pending' | 'failed') => `${OUTBOX}${status}`,
  devEmails: () => 'DEVMAIL',
  membershipsOfEmail: (email: string) => `MEMBER_EMAIL#${email}`,
  donorPledges: (emailKey: string) => `${DONOR}${emailKey}`,
  /** `month` is `yyyy-mm`, the first seven characters of an ISO date. */
  ledgerMonth: (org: string, month: string) => `${ORG}${org}#LEDGER#${month}`,
  exportJobs: (org: string) => `${ORG}${org}#EXPORTS`,
  pendingExportJobs: () => `${EXPORT}pending`,
};

const after = (prefix: string, value: unknown): string | undefined =>
  typeof value === 'string' && value.startsWith(prefix) && value.length > prefix.length
    ? value.slice(prefix.length)
    : undefined;

/** The pledge id in a pledge's or payment's pk; undefined for any other key. */
export const pledgeIdFromKey = (pk: unknown): string | undefined => after(PLEDGE, pk);

/** True for the sort key of a campaign's totals' shard, false for the campaign's own. */
export const isCampaignTotalsKey = (sk: unknown): boolean =>
  typeof sk === 'string' && sk.startsWith(CAMPAIGN) && sk.includes(TOTALS);

/** The organisation in an email opt-out's sk; undefined for any other key. */
export const optOutOrgFromKey = (sk: unknown): string | undefined => after(EMAIL_OPT_OUT, sk);

/** The year in a receipt counter's sk; undefined for any other key. */
export function receiptYearFromKey(sk: unknown): number | undefined {
  const year = Number(after(RECEIPT_SEQ, sk));
  return Number.isInteger(year) ? year : undefined;
}

/**
 * The outbox id of a table stream record's keys (DynamoDB JSON, as Lambda hands them over);
 * undefined for a record of any other item.
 */
export const outboxIdFromStreamKeys = (
  streamKeys: Readonly<Record<string, { S?: string | undefined }>> | undefined,
): string | undefined => after(OUTBOX, streamKeys?.pk?.S);

/** The export job id of a table stream record's keys; undefined for any other item. */
export const exportIdFromStreamKeys = (
  streamKeys: Readonly<Record<string, { S?: string | undefined }>> | undefined,
): string | undefined => after(EXPORT, streamKeys?.pk?.S);
/**
 * Supporters and campaign updates (issue 12). `<person>` is always `emailKey(address)`, never
 * the address itself:
 * - a supporter of an organisation:     pk SUPPORTER#<org>#<person>, sk #SUPPORTER
 * - their mark on a campaign (counted once, consent): same pk, sk CAMPAIGN#<slug>;
 *   gsi1 ORG#<org>#CAMPAIGN#<slug>#SUBSCRIBERS by person while they consent to its updates
 * - an address that bounced or complained: pk EMAIL_STATUS#<person>
 * - a campaign's updates:               pk UPDATES#<org>#<slug>, sk UPDATE#<id> (ids sort by time)
 * - an update's email to one person:    pk UPDATE_SEND#<update id>, sk <person>
 * - a Resend webhook already applied:   pk RESEND_EVENT#<svix id> (expires after 30 days)
 * - an update email Resend accepted:    pk RESEND_EMAIL#<Resend's email id>: its update and person
 */
export const supporterKeys = {
  supporter: (org: string, person: string) => ({
    pk: `SUPPORTER#${org}#${person}`,
    sk: '#SUPPORTER',
  }),
  campaignSupporter: (org: string, person: string, campaign: string) => ({
    pk: `SUPPORTER#${org}#${person}`,
    sk: `${CAMPAIGN}${campaign}`,
  }),
  subscriber: (org: string, campaign: string, person: string) => ({
    gsi1pk: supporterPartitions.subscribers(org, campaign),
    gsi1sk: person,
  }),
  emailStatus: (person: string) => ({ pk: `EMAIL_STATUS#${person}`, sk: '#STATUS' }),
  update: (org: string, campaign: string, id: string) => ({
    pk: supporterPartitions.updates(org, campaign),
    sk: `UPDATE#${id}`,
  }),
  updateSend: (updateId: string, person: string) => ({
    pk: `UPDATE_SEND#${updateId}`,
    sk: person,
  }),
  resendEvent: (id: string) => ({ pk: `RESEND_EVENT#${id}`, sk: '#EVENT' }),
  resendEmail: (emailId: string) => ({ pk: `RESEND_EMAIL#${emailId}`, sk: '#EMAIL' }),
};

export const supporterPartitions = {
  subscribers: (org: string, campaign: string) => `${ORG}${org}#CAMPAIGN#${campaign}#SUBSCRIBERS`,
  updates: (org: string, campaign: string) => `UPDATES#${org}#${campaign}`,
};
