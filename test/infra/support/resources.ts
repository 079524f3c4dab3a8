import * as z from 'zod';
import { asRecord, type BuildRequest, type DeclaredResource, type Evaluation } from './evaluate';

export const types = {
  table: 'aws:dynamodb/table:Table',
  fn: 'aws:lambda/function:Function',
  role: 'aws:iam/role:Role',
  logGroup: 'aws:cloudwatch/logGroup:LogGroup',
  api: 'aws:apigatewayv2/api:Api',
  stage: 'aws:apigatewayv2/stage:Stage',
  integration: 'aws:apigatewayv2/integration:Integration',
  route: 'aws:apigatewayv2/route:Route',
  permission: 'aws:lambda/permission:Permission',
  queue: 'aws:sqs/queue:Queue',
  eventSourceMapping: 'aws:lambda/eventSourceMapping:EventSourceMapping',
  eventRule: 'aws:cloudwatch/eventRule:EventRule',
  eventTarget: 'aws:cloudwatch/eventTarget:EventTarget',
  invokeConfig: 'aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig',
  alarm: 'aws:cloudwatch/metricAlarm:MetricAlarm',
  topic: 'aws:sns/topic:Topic',
  linkRef: 'sst:sst:LinkRef',
  bucket: 'aws:s3/bucket:Bucket',
  publicAccessBlock: 'aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock',
  bucketPolicy: 'aws:s3/bucketPolicy:BucketPolicy',
  ownership: 'aws:s3/bucketOwnershipControls:BucketOwnershipControls',
  bucketEncryption:
    'aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration',
  distribution: 'aws:cloudfront/distribution:Distribution',
  cachePolicy: 'aws:cloudfront/cachePolicy:CachePolicy',
} as const;

/** Lookups over what a stack evaluation declared; each throws when the thing is missing. */
export class Declared {
  readonly all: DeclaredResource[];
  readonly builds: Record<string, BuildRequest>;
  readonly bundles: Evaluation['bundles'];

  constructor(evaluation: Evaluation) {
    this.all = evaluation.resources;
    this.builds = evaluation.builds;
    this.bundles = evaluation.bundles;
  }

  /** What SST was asked to package for the Function component `name`. */
  build(name: string): BuildRequest {
    const found = this.builds[name];
    if (!found) throw new Error(`SST was never asked to package ${name}`);
    return found;
  }

  ofType(type: string): DeclaredResource[] {
    return this.all.filter((resource) => resource.type === type);
  }

  get(type: string, name: string): DeclaredResource {
    const found = this.all.find((resource) => resource.type === type && resource.name === name);
    if (!found) throw new Error(`no ${type} named ${name}`);
    return found;
  }

  /** The resource whose id or computed `attribute` (an ARN) equals `value`. */
  byState(type: string, attribute: string, value: unknown): DeclaredResource {
    const found = this.ofType(type).find((resource) =>
      attribute === 'id' ? resource.id === value : resource.state[attribute] === value,
    );
    if (!found) throw new Error(`no ${type} with ${attribute} = ${String(value)}`);
    return found;
  }

  the(type: string): DeclaredResource {
    const [only, ...rest] = this.ofType(type);
    if (!only || rest.length > 0) throw new Error(`expected exactly one ${type}`);
    return only;
  }
}

export const PolicyDocument = z.object({
  Version: z.literal('2012-10-17'),
  Statement: z.array(
    z.object({
      Effect: z.literal('Allow'),
      Action: z.array(z.string()),
      Resource: z.array(z.string()),
    }),
  ),
});
export type PolicyDocument = z.infer<typeof PolicyDocument>;

const InlinePolicies = z.array(z.object({ name: z.string(), policy: z.string() }));

/** A role's one inline policy (stacks/aws/functions.ts replaces the component's). */
export function policyOf(role: DeclaredResource): PolicyDocument {
  const [only, ...rest] = InlinePolicies.parse(role.inputs.inlinePolicies);
  if (!only || rest.length > 0) throw new Error(`${role.name} needs exactly one inline policy`);
  return PolicyDocument.parse(JSON.parse(only.policy));
}

export function field(resource: DeclaredResource, ...path: string[]): unknown {
  let value: unknown = resource.inputs;
  for (const key of path) value = asRecord(value)[key];
  return value;
}
