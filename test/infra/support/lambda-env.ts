import { vi } from 'vitest';
import { functionSpecs } from '../../../stacks/functions';
import { type FunctionName, secretEnv, secretNames } from '../../../stacks/platform';
import { fakeSecret } from './evaluate';

/**
 * Sets the environment stacks/functions.ts gives `name` in AWS (same variable names, fake
 * secret values, none of the other functions' secrets), pointed at DynamoDB Local. Call before
 * importing the entry: entries read their configuration once, at cold start.
 */
export function stubLambdaEnv(
  name: FunctionName,
  local: { tableName: string; dynamoEndpoint: string; publicUrl?: string },
): void {
  vi.stubEnv('TABLE_NAME', local.tableName);
  vi.stubEnv('PUBLIC_URL', local.publicUrl ?? 'https://give.example.org');
  vi.stubEnv('DYNAMODB_ENDPOINT', local.dynamoEndpoint);
  vi.stubEnv('AWS_REGION', 'eu-central-1');
  // Unset in AWS (it points the Stripe SDK at the local emulator in development).
  vi.stubEnv('STRIPE_API_BASE', undefined);
  const given: readonly string[] = functionSpecs[name].secrets;
  for (const secret of secretNames) {
    vi.stubEnv(secretEnv[secret], given.includes(secret) ? fakeSecret(secret) : undefined);
  }
}
