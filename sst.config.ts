/**
 * Haven on AWS, deployed with SST v4 (pinned 4.17.1): `npx sst deploy --stage production`.
 *
 * Why v4 and why this shape: v4 is SST's current line, and its deploy engine (Pulumi) can
 * evaluate a program offline with mocks. But the `sst.aws.*` components and the generated
 * `.sst/platform` types only exist after `sst install`, which downloads Pulumi and its
 * providers — impossible here. So the stacks use SST for what needs no download at test time
 * (app, stages, secrets, state, the deploy command) and declare resources with the AWS
 * provider SST v4 bundles (`aws`, @pulumi/aws 7.20.0, pinned in package.json to the same
 * version) — passed in, not read as globals. test/infra evaluates this same code with
 * Pulumi's mocks and type-checks it against the real provider types. See docs/deploy.md.
 *
 * Only type imports at the top: SST runs this file before `run()` and wants any other
 * import to happen inside it.
 */
import type * as Aws from '@pulumi/aws';
import type * as Pulumi from '@pulumi/pulumi';
import type { HavenOutputs } from './stacks';

// SST's globals, declared here (module scope) with just the parts this file uses, so the
// project type-checks without the `.sst/platform` types that only `sst install` generates.
type AppInput = { stage?: string };
type AppConfig = {
  name: string;
  home: 'aws';
  removal: 'remove' | 'retain' | 'retain-all';
  protect: boolean;
  providers: Record<string, { version?: string; region?: string }>;
};
declare const $config: (config: {
  app: (input: AppInput) => AppConfig;
  run: () => Promise<HavenOutputs>;
}) => unknown;
declare const $app: { name: string; stage: string };
declare const $util: typeof Pulumi;
declare const aws: typeof Aws;
declare const sst: { Secret: new (name: string) => { value: Pulumi.Output<string> } };

export default $config({
  app(input) {
    const persistent = ['production', 'staging'].includes(input.stage ?? '');
    return {
      name: 'haven',
      home: 'aws',
      // Data of persistent stages outlives `sst remove`; production cannot be removed at all.
      removal: persistent ? 'retain' : 'remove',
      protect: input.stage === 'production',
      providers: {
        aws: { version: '7.20.0', region: process.env.HAVEN_AWS_REGION ?? 'eu-central-1' },
      },
    };
  },
  async run() {
    const { haven } = await import('./stacks');
    const { bundleFunctions } = await import('./stacks/bundle');
    return haven({
      aws,
      pulumi: $util,
      app: { name: $app.name, stage: $app.stage },
      secret: (name) => new sst.Secret(name).value,
      bundles: await bundleFunctions(process.cwd()),
      publicUrl: process.env.HAVEN_PUBLIC_URL,
      alertEmail: process.env.HAVEN_ALERT_EMAIL,
    });
  },
});
