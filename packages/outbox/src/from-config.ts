import type { MailConfig } from '@haven/config';
import { dbFromConfig } from '@haven/db';
import { createResendMailer } from '@haven/mail';
import { DEFAULT_RETRY_DELAYS_MS } from './backoff';
import type { OutboxDeps } from './send-outbox-item';

/** The worker's dependencies in AWS: the table and Resend, from the validated configuration. */
export function outboxDepsFromConfig(config: MailConfig): OutboxDeps {
  return {
    db: dbFromConfig(config),
    mailer: createResendMailer({ apiKey: config.RESEND_API_KEY }),
    from: config.MAIL_FROM,
    publicUrl: config.PUBLIC_URL,
    now: () => new Date(),
    retryDelaysMs: DEFAULT_RETRY_DELAYS_MS,
    unsubscribeSecret: config.FORM_TOKEN_SECRET,
  };
}
