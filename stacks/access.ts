import type * as Pulumi from '@pulumi/pulumi';

/** One IAM statement; `Resource` is always a list of ARNs, never `*`. */
export type Statement = {
  Effect: 'Allow';
  Action: string[];
  Resource: Pulumi.Input<string>[];
};

/**
 * What each function may do to the table. Transactions need no action of their own: IAM
 * checks each item's Put/Update/ConditionCheck, so the Stripe event id and its effects are
 * covered by the same list. Indexes only ever serve Query.
 */
export const tableAccess = {
  readWrite: [
    'dynamodb:GetItem',
    'dynamodb:BatchGetItem',
    'dynamodb:Query',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:ConditionCheckItem',
  ],
  webhook: [
    'dynamodb:GetItem',
    'dynamodb:Query',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:ConditionCheckItem',
  ],
  outbox: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
  read: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'],
} as const satisfies Record<string, string[]>;
export type TableAccess = keyof typeof tableAccess;

export function tableStatements(
  pulumi: typeof Pulumi,
  tableArn: Pulumi.Output<string>,
  access: TableAccess,
): Statement[] {
  const actions = [...tableAccess[access]];
  const statements: Statement[] = [{ Effect: 'Allow', Action: actions, Resource: [tableArn] }];
  if (actions.includes('dynamodb:Query')) {
    statements.push({
      Effect: 'Allow',
      Action: ['dynamodb:Query'],
      Resource: [pulumi.interpolate`${tableArn}/index/*`],
    });
  }
  return statements;
}

export function policyDocument(pulumi: typeof Pulumi, statements: Statement[]) {
  return pulumi.jsonStringify({ Version: '2012-10-17', Statement: statements });
}
