import { http, passthrough, type RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { type TableGrant, tableGrants } from '../../../stacks/access';
import type { FunctionName } from '../../../stacks/platform';

/** One DynamoDB operation as IAM sees it: the action, and the index a Query read. */
export type TableCall = { action: string; index?: string };

let recording: TableCall[] | undefined;

/**
 * Fails any request that leaves for the outside world (Stripe, Resend) unless one of `handlers`
 * answers it. DynamoDB Local is let through, and each operation sent to it is noted (see
 * `tableCallsDuring`). Call at the top level of a test file.
 */
export function refuseOutsideRequests(dynamoEndpoint: string, ...handlers: RequestHandler[]) {
  const server = setupServer(
    http.post(`${dynamoEndpoint}/`, async ({ request }) => {
      if (recording) recording.push(...tableCalls(request.headers, await request.clone().json()));
      return passthrough();
    }),
    ...handlers,
  );
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}

/** What IAM checks for one request: a transaction is checked item by item. */
function tableCalls(headers: Headers, body: unknown): TableCall[] {
  const operation = headers.get('x-amz-target')?.replace(/^DynamoDB_\d+\./, '') ?? 'unknown';
  const input = body && typeof body === 'object' ? body : {};
  if (operation === 'TransactWriteItems' && 'TransactItems' in input) {
    const items: unknown[] = Array.isArray(input.TransactItems) ? input.TransactItems : [];
    const itemAction: Record<string, string> = {
      Put: 'PutItem',
      Update: 'UpdateItem',
      Delete: 'DeleteItem',
      ConditionCheck: 'ConditionCheckItem',
    };
    return items.flatMap((item) =>
      Object.keys(item && typeof item === 'object' ? item : {}).map((kind) => ({
        action: itemAction[kind] ?? kind,
      })),
    );
  }
  const index = 'IndexName' in input && typeof input.IndexName === 'string' ? input.IndexName : '';
  return [index ? { action: operation, index } : { action: operation }];
}

/** The DynamoDB operations `run` made (nothing else the test does meanwhile is running). */
export async function tableCallsDuring<T>(
  run: () => Promise<T>,
): Promise<{ result: T; calls: TableCall[] }> {
  const calls: TableCall[] = [];
  recording = calls;
  try {
    return { result: await run(), calls };
  } finally {
    recording = undefined;
  }
}

/** Each call is one the function's role in stacks/access.ts allows. */
export function expectGranted(name: FunctionName, calls: TableCall[]): void {
  const grant: TableGrant = tableGrants[name];
  const granted = (call: TableCall) =>
    call.index
      ? call.action === 'Query' && grant.indexes.some((index) => index === call.index)
      : grant.actions.some((action) => action === call.action);
  expect(calls.filter((call) => !granted(call))).toEqual([]);
}
