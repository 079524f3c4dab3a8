import { Resource } from 'sst/resource';

/**
 * Where each variable the schemas read comes from in AWS: a resource linked to the function in
 * stacks/aws (`link`), by its name there and the property SST gives it. SST encrypts linked
 * values into the bundle; nothing here reaches the function as a plain environment variable.
 */
export const linkedVariables = {
  TABLE_NAME: { link: 'Table', property: 'name' },
  STRIPE_SECRET_KEY: { link: 'StripeSecretKey', property: 'value' },
  STRIPE_WEBHOOK_SECRET: { link: 'StripeWebhookSecret', property: 'value' },
  STRIPE_CONNECT_WEBHOOK_SECRET: { link: 'StripeConnectWebhookSecret', property: 'value' },
  RESEND_API_KEY: { link: 'ResendApiKey', property: 'value' },
  MAIL_FROM: { link: 'MailFrom', property: 'value' },
  FORM_TOKEN_SECRET: { link: 'FormTokenSecret', property: 'value' },
  RESEND_WEBHOOK_SECRET: { link: 'ResendWebhookSecret', property: 'value' },
  UPLOADS_BUCKET: { link: 'Uploads', property: 'name' },
  EXPORTS_BUCKET: { link: 'Exports', property: 'name' },
} as const;

/** The variables the given links provide; one that is not linked stays unset. */
export function variablesFromLinks(links: object): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(linkedVariables).map(([variable, { link, property }]) => {
      const resource: unknown = link in links ? Reflect.get(links, link) : undefined;
      const value =
        resource && typeof resource === 'object' && property in resource
          ? Reflect.get(resource, property)
          : undefined;
      return [variable, typeof value === 'string' ? value : undefined];
    }),
  );
}

/**
 * The environment configuration is read from. Under SST (every deployed function carries
 * `SST_RESOURCE_App`) the linked values come from `Resource` and take precedence; anywhere
 * else (`npm start`, tests, the reconcile CLI) it is the plain environment.
 */
export function configEnvironment(
  env: Record<string, string | undefined> = process.env,
): Record<string, string | undefined> {
  if (!env.SST_RESOURCE_App) return env;
  const linked = variablesFromLinks(Resource);
  const present = Object.entries(linked).filter(([, value]) => value !== undefined);
  return { ...env, ...Object.fromEntries(present) };
}
