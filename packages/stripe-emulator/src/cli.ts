import { parseArgs } from 'node:util';
import { startStripeEmulator } from './server';

/**
 * `tsx packages/stripe-emulator/src/cli.ts --port 12111 --webhook-url http://… --webhook-secret whsec_…`
 * The secret may also come from STRIPE_WEBHOOK_SECRET so it stays out of shell history.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '12111' },
    'webhook-url': { type: 'string' },
    'webhook-secret': { type: 'string' },
    'settle-after-ms': { type: 'string' },
  },
});

const webhookSecret = values['webhook-secret'] ?? process.env.STRIPE_WEBHOOK_SECRET;
if (!webhookSecret) {
  console.error('stripe-emulator: --webhook-secret (or STRIPE_WEBHOOK_SECRET) is required');
  process.exit(2);
}

const emulator = await startStripeEmulator({
  port: Number(values.port),
  webhookSecret,
  ...(values['webhook-url'] ? { webhookUrl: values['webhook-url'] } : {}),
  ...(values['settle-after-ms']
    ? { asyncSettlementDelayMs: Number(values['settle-after-ms']) }
    : {}),
});
// stderr: the only console channel the lint rules allow, and it keeps stdout clean for scripts.
console.error(`stripe-emulator listening on ${emulator.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void emulator.stop().then(() => process.exit(0));
  });
}
