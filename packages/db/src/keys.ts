import type { CampaignStatus } from '@haven/core';

/**
 * Item keys, from the access patterns:
 * - an organisation by slug:          pk ORG#<org>, sk #PROFILE
 * - all organisations:                gsi1 ORGS, by slug
 * - a campaign by organisation+slug:  pk ORG#<org>, sk CAMPAIGN#<slug>
 * - an organisation's campaigns by status: gsi1 ORG#<org>#CAMPAIGNS#<status>, by start date
 * - a pledge, and its payment once paid: pk PLEDGE#<id>, sk #PLEDGE / #PAYMENT
 * - an organisation's payments by date:  gsi1 ORG#<org>#PAYMENTS, by paid-at
 * - a Stripe event already applied:      pk STRIPE_EVENT#<id> (expires after 90 days)
 * - the last receipt number of a year:   pk ORG#<org>, sk RECEIPT_SEQ#<year>
 * - an outbox item, and those due:        pk OUTBOX#<id>; gsi2 OUTBOX#pending, by due time
 * - pledges still waiting for Stripe:     gsi2 PLEDGE#open, by creation (left when settled)
 */
export const keys = {
  org: (org: string) => ({ pk: `ORG#${org}`, sk: '#PROFILE' }),
  orgList: (org: string) => ({ gsi1pk: 'ORGS', gsi1sk: org }),
  campaign: (org: string, slug: string) => ({ pk: `ORG#${org}`, sk: `CAMPAIGN#${slug}` }),
  campaignsByStatus: (org: string, status: CampaignStatus, startsAt: string, slug: string) => ({
    gsi1pk: `ORG#${org}#CAMPAIGNS#${status}`,
    gsi1sk: `${startsAt}#${slug}`,
  }),
  pledge: (id: string) => ({ pk: `PLEDGE#${id}`, sk: '#PLEDGE' }),
  openPledge: (createdAt: string, id: string) => ({
    gsi2pk: 'PLEDGE#open',
    gsi2sk: `${createdAt}#${id}`,
  }),
  payment: (pledgeId: string) => ({ pk: `PLEDGE#${pledgeId}`, sk: '#PAYMENT' }),
  paymentsByDate: (org: string, paidAt: string, pledgeId: string) => ({
    gsi1pk: `ORG#${org}#PAYMENTS`,
    gsi1sk: `${paidAt}#${pledgeId}`,
  }),
  stripeEvent: (id: string) => ({ pk: `STRIPE_EVENT#${id}`, sk: '#EVENT' }),
  receiptSequence: (org: string, year: number) => ({ pk: `ORG#${org}`, sk: `RECEIPT_SEQ#${year}` }),
  outbox: (id: string) => ({ pk: `OUTBOX#${id}`, sk: '#OUTBOX' }),
  outboxDue: (status: 'pending' | 'failed', dueAt: string, id: string) => ({
    gsi2pk: `OUTBOX#${status}`,
    gsi2sk: `${dueAt}#${id}`,
  }),
};
