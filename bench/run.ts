/** `npm run bench [-- name…]`: runs the named benchmarks (all by default), one process each. */
import { spawnSync } from 'node:child_process';

const all = ['page-weight', 'webhook-cost', 'bundle-size', 'start-time', 'hot-campaign-load'];
const chosen = process.argv.slice(2).filter((name) => all.includes(name));
for (const name of chosen.length > 0 ? chosen : all) {
  process.stdout.write(`\n== ${name}\n`);
  const result = spawnSync('npx', ['tsx', `bench/${name}.ts`], { stdio: 'inherit' });
  if (result.status !== 0) process.exitCode = 1;
}
