import { loadConfig, MailConfig } from '@haven/config';
import { createDb } from '@haven/db';
import { createResendMailer } from '@haven/mail';
import { DEFAULT_RETRY_DELAYS_MS, drainOutbox } from '@haven/outbox';

const config = loadConfig(MailConfig);
const deps = {
  db: createDb({
    tableName: config.TABLE_NAME,
    endpoint: config.DYNAMODB_ENDPOINT,
    region: config.AWS_REGION,
  }),
  mailer: createResendMailer({ apiKey: config.RESEND_API_KEY }),
  from: config.MAIL_FROM,
  now: () => new Date(),
  retryDelaysMs: DEFAULT_RETRY_DELAYS_MS,
};

/** Every few minutes: sends what is due, so an email whose first tries failed goes out later. */
export async function handler(): Promise<{ sent: number; retry: number; failed: number }> {
  const { sent, retry, failed } = await drainOutbox(deps);
  return { sent, retry, failed };
}
