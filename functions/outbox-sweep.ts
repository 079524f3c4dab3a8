import { loadConfig, MailConfig } from '@haven/config';
import { withLogContext } from '@haven/log';
import { drainOutbox, outboxDepsFromConfig } from '@haven/outbox';
import type { ScheduledEvent } from 'aws-lambda';

const deps = outboxDepsFromConfig(loadConfig(MailConfig));

/** Every few minutes: sends what is due, so an email whose first tries failed goes out later. */
export const handler = withLogContext(
  async (_event: ScheduledEvent): Promise<{ sent: number; retry: number; failed: number }> => {
    const { sent, retry, failed } = await drainOutbox(deps);
    return { sent, retry, failed };
  },
);
