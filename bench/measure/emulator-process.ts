import { spawn } from 'node:child_process';

/**
 * The Stripe emulator in a process of its own, as Stripe is, so the app's event loop is the
 * app's alone; answers once it serves, and the function that stops it.
 */
export async function startEmulatorProcess(options: {
  port: number;
  webhookSecret: string;
  /** Where it delivers webhooks; none are sent without it. */
  webhookUrl?: string;
}): Promise<() => Promise<void>> {
  const args = ['--import', 'tsx', 'packages/stripe-emulator/src/cli.ts'];
  args.push('--port', String(options.port));
  if (options.webhookUrl) args.push('--webhook-url', options.webhookUrl);
  const emulator = spawn(process.execPath, args, {
    env: { ...process.env, STRIPE_WEBHOOK_SECRET: options.webhookSecret },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${options.port}`;
  for (let ready = false; !ready; ) {
    ready = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (!ready) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return async () => {
    emulator.kill('SIGTERM');
  };
}
