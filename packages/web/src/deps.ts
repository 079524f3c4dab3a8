import type { Payments } from '@haven/core';
import type { Db } from '@haven/db';
import type { ExportStore } from '@haven/exports';
import type { MediaStore } from '@haven/media';
import type { GuardOptions } from './guard/options';

/** What the app is built from; each entry point (Lambda, dev server, tests) supplies its own. */
export type AppDeps = {
  db: Db;
  publicUrl: string;
  /** The clock: Lambda entries and the local stack pass `() => new Date()`, tests a fixed one. */
  now: () => Date;
  /** The payment processor; without it the donation form says payments are not configured. */
  payments?: Payments;
  /**
   * Stripe Connect: gifts are direct charges on each organisation's own account, so a campaign
   * of an organisation whose account cannot take charges shows no form. Defaults to whether
   * `payments` has Connect (the page-only function has no payments and says it here).
   */
  stripeConnect?: boolean;
  /** Origins the donation form may send the browser on to (Stripe Checkout, or the emulator). */
  checkoutOrigins?: string[];
  /** The public donation routes' defences: form token key, limits, challenge (guard/). */
  guard?: GuardOptions;
  /** The uploads bucket: covers and logos; without it uploads are refused and /media is 404. */
  media?: MediaStore;
  /**
   * The exports bucket: an export above `directExportRows` rows (core's DIRECT_EXPORT_ROWS by
   * default) is prepared there in the background; without a bucket every export is streamed.
   */
  exports?: { store: ExportStore; directExportRows?: number };
  /** Resend's webhook signing secret (whsec_…); without it /webhooks/resend is not mounted. */
  resendWebhookSecret?: string;
};

/** Whether the service runs with Stripe Connect (see `AppDeps.stripeConnect`). */
export const connectMode = (deps: AppDeps): boolean =>
  deps.stripeConnect ?? deps.payments?.connect !== undefined;
