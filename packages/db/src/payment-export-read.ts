import { ExportedPayment, type ExportFilter, exportPeriod, Payment } from '@haven/core';
import type * as z from 'zod';
import type { Db } from './client';
import { emailKey } from './email-key';
import { partitions } from './keys';
import type { OrgScope } from './org-scope';
import { queryItems } from './query';

const ATTRIBUTES = Object.keys(ExportedPayment.shape);

/**
 * The Query an export of `filter` pages through: the campaign's own payments list (gsi2) when
 * the filter names one, else the organisation's (gsi1), both sorted by `<paidAt>#<pledgeId>`,
 * so the date range is a key condition and only the currency is filtered after reading.
 * Never a Scan, and only the session's organisation's partitions.
 */
export function paymentExportQuery(
  scope: OrgScope,
  filter: ExportFilter,
  attributes: readonly string[] = ATTRIBUTES,
) {
  const period = exportPeriod(filter);
  const index = filter.campaign
    ? { name: 'gsi2', pk: partitions.campaignPaymentsByDate(scope.orgSlug, filter.campaign) }
    : { name: 'gsi1', pk: partitions.paymentsByDate(scope.orgSlug) };
  const names: Record<string, string> = Object.fromEntries(
    attributes.map((name, i) => [`#a${i}`, name]),
  );
  const values: Record<string, string> = {
    ':pk': index.pk,
    ':from': period.from,
    // Sort keys are `<paidAt>#<pledgeId>`: '~' sorts after the '#' that follows the last instant.
    ':to': `${period.to}~`,
  };
  if (filter.currency) values[':currency'] = filter.currency;
  return {
    IndexName: index.name,
    KeyConditionExpression: `${index.name}pk = :pk AND ${index.name}sk BETWEEN :from AND :to`,
    ...(filter.currency ? { FilterExpression: '#cur = :currency' } : {}),
    ProjectionExpression: Object.keys(names).join(', '),
    ExpressionAttributeNames: { ...names, ...(filter.currency ? { '#cur': 'currency' } : {}) },
    ExpressionAttributeValues: values,
  };
}

/**
 * An organisation's payments in `filter`, oldest first, page by page as DynamoDB answers: a
 * caller that writes each one out before asking for the next holds one page at a time.
 */
export async function* listPaymentsForExport(
  db: Db,
  scope: OrgScope,
  filter: ExportFilter,
): AsyncGenerator<ExportedPayment> {
  for await (const item of queryItems(db, paymentExportQuery(scope, filter))) {
    yield ExportedPayment.parse(item);
  }
}

/** A payment as a statement reads it: the export's fields and the donor's language. */
const DonorPayment = ExportedPayment.extend({ locale: Payment.shape.locale });
export type DonorPayment = z.infer<typeof DonorPayment>;

/**
 * A donor's payments to the organisation in `filter`'s days: the organisation's payments by
 * date (one Query of the period), kept where the address matches. The address is compared as
 * `emailKey` compares it (trimmed, case-insensitive) and never becomes a key.
 */
export function listDonorPayments(
  db: Db,
  scope: OrgScope,
  email: string,
  filter: ExportFilter,
): AsyncGenerator<DonorPayment> {
  return listPaymentsOfEmailKey(db, scope, emailKey(email), filter);
}

/** The same, for a person known by their emailKey alone (an outbox item holds no address). */
export async function* listPaymentsOfEmailKey(
  db: Db,
  scope: OrgScope,
  wanted: string,
  filter: ExportFilter,
): AsyncGenerator<DonorPayment> {
  const query = paymentExportQuery(scope, filter, [...ATTRIBUTES, 'locale']);
  for await (const item of queryItems(db, query)) {
    const payment = DonorPayment.parse(item);
    if (payment.donorEmail && emailKey(payment.donorEmail) === wanted) yield payment;
  }
}
