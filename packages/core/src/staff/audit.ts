import * as z from 'zod';
import { Role } from './role';

/**
 * One staff action that changed data. `before`/`after` hold the changed fields of staff-owned
 * records (settings, roles) and never a donor's personal data: the log is read by owners and
 * kept for good.
 */
export const AuditEntry = z.object({
  orgSlug: z.string(),
  id: z.string(),
  at: z.iso.datetime(),
  actor: z.object({ memberId: z.string(), role: Role }),
  action: z.enum([
    'member.invited',
    'member.role_changed',
    'member.removed',
    'org.settings_changed',
    'security.passkey_policy_changed',
    'campaign.created',
    'campaign.saved',
    'campaign.published',
    'campaign.closed',
    'campaign.cover_uploaded',
    'stripe.account_created',
    'stripe.onboarding_started',
    'stripe.account_updated',
    'payment.refunded',
    'finance.exported',
    'campaign.update_saved',
    'campaign.update_published',
    'campaign.update_email_scheduled',
    'finance.statement_sent',
    'finance.statements_sent',
    'finance.account_renamed',
  ]),
  subject: z.string(),
  before: z.record(z.string(), z.unknown()).optional(),
  after: z.record(z.string(), z.unknown()).optional(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
export type AuditAction = AuditEntry['action'];
