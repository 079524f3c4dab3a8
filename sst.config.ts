/**
 * Haven on AWS, deployed with SST v4 (pinned 4.17.1): `npx sst deploy --stage production`.
 * The resources are SST's components where one keeps the guarantees, raw AWS provider resources
 * where none does (stacks/aws/, each says why). `npm run sst:install` writes `.sst/platform`
 * offline, whose types this file and stacks/aws are checked against (tsconfig.sst.json), and
 * test/infra evaluates the same program with Pulumi's mocks. See docs/deploy.md.
 *
 * Only type imports at the top: SST runs this file before `run()` and wants any other import
 * to happen inside it.
 */
export default $config({
  app(input) {
    const persistent = ['production', 'staging'].includes(input.stage);
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
    const { haven } = await import('./stacks/aws');
    const { bundleFunctions } = await import('./stacks/bundle');
    return haven({
      bundles: await bundleFunctions(process.cwd()),
      publicUrl: process.env.HAVEN_PUBLIC_URL,
      alertEmail: process.env.HAVEN_ALERT_EMAIL,
      stripeMode: process.env.HAVEN_STRIPE_MODE === 'single' ? 'single' : 'connect',
    });
  },
});
