/**
 * The one table's shape, shared by the local stack (CreateTable) and the infrastructure (stacks/),
 * so the two cannot drift apart. Keys are generic; what they hold is chosen per item in keys.ts.
 */
export const tableDefinition = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /**
   * Each index is a list by something: GSI1 an organisation's campaigns by status and payments
   * by date, all organisations, the local stack's emails; GSI2 work waiting (outbox items due,
   * pledges not yet settled by Stripe).
   */
  globalIndexes: {
    gsi1: { partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    gsi2: { partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  },
  /** Items with this attribute (epoch seconds) are deleted by DynamoDB after that time. */
  ttlAttribute: 'expiresAt',
  stream: 'NEW_AND_OLD_IMAGES',
  billing: 'PAY_PER_REQUEST',
} as const;

export type IndexName = keyof typeof tableDefinition.globalIndexes;

/** Every key attribute is a string. */
export function attributeNames(): string[] {
  const { partitionKey, sortKey, globalIndexes } = tableDefinition;
  return [
    partitionKey,
    sortKey,
    ...Object.values(globalIndexes).flatMap((index) => [index.partitionKey, index.sortKey]),
  ];
}
