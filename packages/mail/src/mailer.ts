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
};

export interface Mailer {
  send(email: OutgoingEmail): Promise<{ id: string }>;
}
