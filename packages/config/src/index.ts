import { z } from 'zod';

/**
 * The service's configuration, read once at start. A missing or malformed value stops the
 * process with a message naming it: running half-configured is worse than not running.
 */
export const Config = z.object({
  TABLE_NAME: z.string().min(3).max(255),
  /** DynamoDB Local's address; unset in AWS. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  AWS_REGION: z.string().min(1).default('eu-central-1'),
  /** The public origin pages are served from, for canonical, hreflang and OpenGraph links. */
  PUBLIC_URL: z.url().transform((url) => url.replace(/\/+$/, '')),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
});
export type Config = z.infer<typeof Config>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = Config.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  );
}
