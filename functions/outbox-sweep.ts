import { loadConfig, MailConfig } from '@haven/config';
import { drainOutbox, outboxDepsFromConfig } from '@haven/outbox';

const deps = outboxDepsFromConfig(loadConfig(MailConfig));

/** Every few minutes: sends what is due, so an email whose first tries failed goes out later. */
export async function handler(): Promise<{ sent: number; retry: number; failed: number }> {
  const { sent, retry, failed } = await drainOutbox(deps);
  return { sent, retry, failed };
}
