import { linkedVariables } from '@haven/config';
import { vi } from 'vitest';
import { functionSpecs } from '../../../stacks/functions';
import { type FunctionName, secretNames } from '../../../stacks/platform';
import { fakeSecret } from './secrets';

/** The variable @haven/config reads each secret's linked value into. */
const variableOf = Object.fromEntries(
  Object.entries(linkedVariables).map(([variable, { link }]) => [link, variable]),
);

/**
 * Sets what stacks/aws links to `name` in AWS (the table and only its own secrets, fake values)
 * as the plain variables @haven/config reads outside SST, pointed at DynamoDB Local. Call
 * before importing the entry: entries read their configuration once, at cold start.
 */
export function stubLambdaEnv(
  name: FunctionName,
  local: { tableName: string; dynamoEndpoint: string; publicUrl?: string },
): void {
  vi.stubEnv('SST_RESOURCE_App', undefined);
  vi.stubEnv('TABLE_NAME', local.tableName);
  vi.stubEnv('PUBLIC_URL', local.publicUrl ?? 'https://give.example.org');
  vi.stubEnv('DYNAMODB_ENDPOINT', local.dynamoEndpoint);
  vi.stubEnv('AWS_REGION', 'eu-central-1');
  // Unset in AWS (it points the Stripe SDK at the local emulator in development).
  vi.stubEnv('STRIPE_API_BASE', undefined);
  const given: readonly string[] = functionSpecs[name].secrets;
  for (const secret of secretNames) {
    const variable = variableOf[secret];
    if (!variable) throw new Error(`@haven/config reads no variable from ${secret}`);
    vi.stubEnv(variable, given.includes(secret) ? fakeSecret(secret) : undefined);
  }
}
