export type OutgoingEmail = {
  to: string;
  from: string;
  replyTo?: string;
  subject: string;
  html: string;
  text: string;
  /** Stable per outbox item, so a retried send is delivered once. */
  idempotencyKey: string;
  tags?: { name: string; value: string }[];
  /** Extra headers, e.g. an update's List-Unsubscribe (RFC 8058); receipts carry none. */
  headers?: Record<string, string>;
};

/** Many emails in one request; the key covers the whole batch (Resend's batch API). */
export type OutgoingBatch = {
  emails: Omit<OutgoingEmail, 'idempotencyKey'>[];
  idempotencyKey: string;
};

export interface Mailer {
  send(email: OutgoingEmail): Promise<{ id: string }>;
  /** Up to 100 emails at once, all or none; ids in the order given. */
  sendBatch(batch: OutgoingBatch): Promise<{ ids: string[] }>;
}
