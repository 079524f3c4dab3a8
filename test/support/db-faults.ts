import {
  ProvisionedThroughputExceededException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import type { Db } from '@haven/db';
import * as z from 'zod';

/**
 * Bad luck at DynamoDB's edge, for tests: an SDK middleware on the test's own client that
 * records every write it sends and makes chosen requests fail as DynamoDB fails. It sits after
 * the SDK's retries (the build step), so a fault stands for one that outlasted them.
 * - `throttle`: the table's capacity is exhausted (ProvisionedThroughputExceeded);
 * - `conflict`: a transaction cancelled by a concurrent one on the same item (TransactionConflict);
 * - `lost-answer`: the write commits, then its answer never arrives (a socket timeout).
 */
export type DbFault = 'throttle' | 'conflict' | 'lost-answer';

/** A key attribute as the document client gives it, or marshalled as DynamoDB JSON. */
const KeyText = z.union([z.string(), z.object({ S: z.string() }).transform(({ S }) => S)]);
const Key = z.object({ pk: KeyText, sk: KeyText });
type Key = z.infer<typeof Key>;
const Write = z.union([
  z.object({ Key }).transform(({ Key }) => Key),
  z.object({ Item: Key }).transform(({ Item }) => Item),
]);
const Transaction = z.object({ TransactItems: z.array(z.record(z.string(), Write)) });
const TransactionSize = z.object({ TransactItems: z.array(z.unknown()) });

export type RecordedWrite = { command: string; keys: Key[] };

/** The keys a write request touches, whatever its shape (single write or transaction). */
function writtenKeys(command: string, input: unknown): Key[] | undefined {
  if (command === 'TransactWriteItemsCommand') {
    const parsed = Transaction.safeParse(input);
    return parsed.success ? parsed.data.TransactItems.flatMap((entry) => Object.values(entry)) : [];
  }
  if (!/^(Put|Update|Delete)ItemCommand$/.test(command)) return undefined;
  const parsed = Write.safeParse(input);
  return parsed.success ? [parsed.data] : [];
}

function failure(fault: Exclude<DbFault, 'lost-answer'>, items: number): Error {
  if (fault === 'throttle') {
    return new ProvisionedThroughputExceededException({
      message: 'The level of configured provisioned throughput for the table was exceeded.',
      $metadata: { httpStatusCode: 400 },
    });
  }
  return new TransactionCanceledException({
    message: 'Transaction cancelled: TransactionConflict',
    $metadata: { httpStatusCode: 400 },
    CancellationReasons: Array.from({ length: items }, (_, i) =>
      i === 1 ? { Code: 'TransactionConflict' } : { Code: 'None' },
    ),
  });
}

export function injectDbFaults(db: Db) {
  const writes: RecordedWrite[] = [];
  const planned: { command: string; fault: DbFault; times: number; after: number }[] = [];
  db.client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = context.commandName ?? '';
      const input: unknown = args.input;
      const touched = writtenKeys(command, input);
      const fault = planned.find((entry) => {
        if (entry.command !== command || entry.times === 0) return false;
        if (entry.after === 0) return true;
        entry.after--;
        return false;
      });
      if (fault) fault.times--;
      if (fault && fault.fault !== 'lost-answer') {
        const items = TransactionSize.safeParse(input).data?.TransactItems.length ?? 1;
        throw failure(fault.fault, items);
      }
      const result = await next(args);
      if (touched) writes.push({ command, keys: touched });
      if (fault) {
        const timeout = new Error('socket hang up: the answer never arrived');
        timeout.name = 'TimeoutError';
        throw timeout;
      }
      return result;
    },
    { step: 'build', name: 'testFaults' },
  );
  return {
    /** Every write DynamoDB received (and committed or refused), oldest first. */
    writes,
    /**
     * `times` requests of `command` (e.g. TransactWriteItemsCommand) meet `fault`, once `after`
     * more of them have gone through.
     */
    fail(command: string, fault: DbFault, options: { times?: number; after?: number } = {}) {
      planned.push({ command, fault, times: options.times ?? 1, after: options.after ?? 0 });
    },
    clear() {
      planned.length = 0;
      writes.length = 0;
    },
  };
}
