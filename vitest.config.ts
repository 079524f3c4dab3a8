import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{test,packages,emails,stacks,functions}/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: one for the tests, one for DynamoDB Local and Chromium.
    maxWorkers: 2,
    env: { LOG_LEVEL: 'silent' },
  },
});
