import { type LocalStack, type LocalStackOptions, startLocalStack } from '@haven/local';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from './browser';
import { linkSentTo, linksSentTo } from './staff-link-email';

/**
 * A browser test's world: the same composition as `npm start` (the app, the Stripe emulator,
 * the dev outbox and its worker, local S3 when asked) on a table of its own, and Chromium.
 * Started before the file's tests, stopped after them.
 */
export function e2eStack(
  name: string,
  options: { s3?: boolean; prepare?: (stack: LocalStack) => Promise<void> } = {},
) {
  let stack: LocalStack | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const settings: LocalStackOptions = {
      port: 0,
      dynamoEndpoint: inject('dynamoEndpoint'),
      ...(options.s3 ? { s3Endpoint: inject('s3Endpoint') } : {}),
      tableName: `e2e-${name}-${Date.now()}`,
      stripeEmulatorPort: 0,
      outboxIntervalMs: 100,
      env: { LOG_LEVEL: 'silent' },
    };
    stack = await startLocalStack(settings);
    await options.prepare?.(stack);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });
  return {
    get stack(): LocalStack {
      if (!stack) throw new Error('the local stack is not started');
      return stack;
    },
    get browser(): Browser {
      if (!browser) throw new Error('the browser is not launched');
      return browser;
    },
  };
}

/** Signs a member in as they do, in French: the sign-in page, the emailed link, its button. */
export async function signInAsStaff(page: Page, stack: LocalStack, address: string) {
  const used = await linksSentTo(stack.db, address, /connexion/);
  await page.goto(`${stack.url}/staff/sign-in`);
  await page.getByLabel('Adresse e-mail').fill(address);
  await page.getByRole('button', { name: 'M’envoyer un lien de connexion' }).click();
  await page.goto(await linkSentTo(stack.db, address, /connexion/, used));
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(`${stack.url}/staff`);
}
