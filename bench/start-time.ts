/**
 * How long `npm start` takes until the service answers /healthz: from a fresh data folder and
 * again on the data it left. Prints figures only.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@haven/local';

async function timeStart(dataDir: string, fresh: boolean): Promise<number> {
  const port = await freePort();
  const emulatorPort = await freePort();
  const started = performance.now();
  const child = spawn(
    'npx',
    ['tsx', 'packages/local/src/start.ts', ...(fresh ? ['--fresh'] : [])],
    {
      env: {
        ...process.env,
        PORT: String(port),
        STRIPE_EMULATOR_PORT: String(emulatorPort),
        DATA_DIR: join(dataDir, 'dynamodb'),
        S3_DATA_DIR: join(dataDir, 's3'),
        LOG_LEVEL: 'silent',
      },
      stdio: 'ignore',
      detached: true,
    },
  );
  try {
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (response.ok) return performance.now() - started;
      } catch {
        // not listening yet
      }
      if (performance.now() - started > 120_000) throw new Error('start took over two minutes');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGINT');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'haven-start-'));
try {
  const cold = await timeStart(dataDir, true);
  const warm = await timeStart(dataDir, false);
  process.stdout.write(
    `npm start until /healthz answers: fresh data ${(cold / 1000).toFixed(2)} s, existing data ${(warm / 1000).toFixed(2)} s\n`,
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
