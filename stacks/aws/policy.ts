import type { Statement } from '../access';

/**
 * Who may assume a function's role: Lambda, nobody else. (SST's own default also trusts the
 * account's root, which `sst dev` needs and a deployed stage does not.)
 */
export const lambdaAssumeRolePolicy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});

export function policyDocument(statements: Statement[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

/** Where this stage's ARNs live: partition, region and account, read once. */
export function accountScope() {
  return $resolve([
    aws.getPartitionOutput().partition,
    aws.getRegionOutput().region,
    aws.getCallerIdentityOutput().accountId,
  ]).apply(([partition, region, account]) => ({ partition, region, account }));
}
