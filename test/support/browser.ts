import { chromium } from 'playwright-core';

/**
 * Debian's Chromium, headless. Playwright cannot download its own browser here, and the
 * Playwright gives each launch a fresh, empty profile. The
 * background-networking flags keep Chromium from reaching for Google's hosts on a closed network.
 */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const SCREENSHOTS = 'test-results/screenshots';
