import { createTableInput, timeToLiveInput } from '@haven/db';
import { beforeAll, expect, it } from 'vitest';
import * as z from 'zod';
import { evaluateStacks } from './support/evaluate';
import { Declared, types } from './support/resources';

/** The two descriptions of the table, reduced to what both can express. */
type TableShape = {
  name: string | undefined;
  billing: string | undefined;
  attributes: string[];
  keys: { hash: string | undefined; range: string | undefined };
  indexes: { name: string | undefined; hash?: string; range?: string; projection?: string }[];
  stream: string | undefined;
  ttl: string | undefined;
};

function fromLocalStack(tableName: string): TableShape {
  const create = createTableInput(tableName);
  const keyOf = (schema: typeof create.KeySchema, type: 'HASH' | 'RANGE') =>
    schema?.find((key) => key.KeyType === type)?.AttributeName;
  const ttl = timeToLiveInput(tableName).TimeToLiveSpecification;
  return {
    name: create.TableName,
    billing: create.BillingMode,
    attributes: (create.AttributeDefinitions ?? []).map(
      (a) => `${a.AttributeName}:${a.AttributeType}`,
    ),
    keys: { hash: keyOf(create.KeySchema, 'HASH'), range: keyOf(create.KeySchema, 'RANGE') },
    indexes: (create.GlobalSecondaryIndexes ?? []).map((index) => ({
      name: index.IndexName,
      hash: keyOf(index.KeySchema, 'HASH'),
      range: keyOf(index.KeySchema, 'RANGE'),
      projection: index.Projection?.ProjectionType,
    })),
    stream: create.StreamSpecification?.StreamEnabled
      ? create.StreamSpecification.StreamViewType
      : undefined,
    ttl: ttl?.Enabled ? ttl.AttributeName : undefined,
  };
}

/** The table's inputs as Pulumi would send them to the AWS provider. */
const DeclaredTable = z.object({
  name: z.string(),
  billingMode: z.string(),
  hashKey: z.string(),
  rangeKey: z.string(),
  attributes: z.array(z.object({ name: z.string(), type: z.string() })),
  globalSecondaryIndexes: z.array(
    z.object({
      name: z.string(),
      hashKey: z.string(),
      rangeKey: z.string(),
      projectionType: z.string(),
    }),
  ),
  streamEnabled: z.boolean(),
  streamViewType: z.string(),
  ttl: z.object({ attributeName: z.string(), enabled: z.boolean() }),
});

function fromInfrastructure(declared: Declared): TableShape {
  const table = DeclaredTable.parse(declared.the(types.table).inputs);
  return {
    name: table.name,
    billing: table.billingMode,
    attributes: table.attributes.map((a) => `${a.name}:${a.type}`),
    keys: { hash: table.hashKey, range: table.rangeKey },
    indexes: table.globalSecondaryIndexes.map((index) => ({
      name: index.name,
      hash: index.hashKey,
      range: index.rangeKey,
      projection: index.projectionType,
    })),
    stream: table.streamEnabled ? table.streamViewType : undefined,
    ttl: table.ttl.enabled ? table.ttl.attributeName : undefined,
  };
}

let infrastructure: TableShape;
beforeAll(async () => {
  infrastructure = fromInfrastructure(new Declared(await evaluateStacks('production')));
});

it('the AWS table and the local CreateTable request describe the same table', () => {
  expect(infrastructure).toEqual(fromLocalStack('haven-production'));
});

it('the comparison sees every part of the shape (keys, two indexes, stream, TTL)', () => {
  expect(infrastructure.attributes).toHaveLength(6);
  expect(infrastructure.indexes).toHaveLength(2);
  expect(infrastructure.stream).toBe('NEW_AND_OLD_IMAGES');
  expect(infrastructure.ttl).toBe('expiresAt');
});
