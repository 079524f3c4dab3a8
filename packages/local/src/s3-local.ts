import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

export type S3Local = { endpoint: string; stop: () => Promise<void> };

/**
 * An S3-compatible server (s3rver, from the npm registry) on a free loopback port, for the
 * uploads bucket: the real `@aws-sdk/client-s3` talks to it as it would to S3. Objects persist
 * in `dataDir`, or in a temporary folder removed on stop.
 */
export async function startS3Local(options: { dataDir?: string } = {}): Promise<S3Local> {
  const temporary = options.dataDir ? undefined : mkdtempSync(join(tmpdir(), 'haven-s3-'));
  const directory = options.dataDir ?? temporary ?? '';
  mkdirSync(directory, { recursive: true });
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: async () => {
      await server.close();
      if (temporary) rmSync(temporary, { recursive: true, force: true });
    },
  };
}
