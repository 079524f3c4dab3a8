import { startDynamoDbLocal, startS3Local } from '@haven/local';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    s3Endpoint: string;
  }
}

/**
 * One DynamoDB Local and one local S3 for the whole run; each test file makes its own table
 * and its own bucket in them.
 */
export default async function setup(project: TestProject) {
  const [dynamo, s3] = await Promise.all([startDynamoDbLocal(), startS3Local()]);
  project.provide('dynamoEndpoint', dynamo.endpoint);
  project.provide('s3Endpoint', s3.endpoint);
  return async () => {
    await Promise.all([dynamo.stop(), s3.stop()]);
  };
}
