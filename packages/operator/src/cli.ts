import { parseArgs } from 'node:util';
import { BaseConfig, ConfigError, loadConfig } from '@haven/config';
import { ConflictError } from '@haven/core';
import { dbFromConfig } from '@haven/db';
import * as z from 'zod';
import { createOrganisationAndOwner } from './create-org';

const USAGE = `Usage: npm run org:create -- --slug <slug> --name <name> --locale <en|fr|es|ar>
         --country <CC> --legal-name <legal name> --address <address> --owner <email>

Creates an organisation and its first owner, and queues the owner's invitation email (the
email worker sends it; locally it lands in /dev/emails). The owner signs in from it and
completes the settings (languages, currencies, receipts) on /staff/settings.
Environment: TABLE_NAME, PUBLIC_URL, DYNAMODB_ENDPOINT (DynamoDB Local), AWS_REGION.
Exit status: 0 created, 1 refused (bad input, or the slug is taken), 2 could not run.
`;

const FLAGS: Record<string, string> = { legalName: 'legal-name', ownerEmail: 'owner' };

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      slug: { type: 'string' },
      name: { type: 'string' },
      locale: { type: 'string' },
      country: { type: 'string' },
      'legal-name': { type: 'string' },
      address: { type: 'string' },
      owner: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const config = loadConfig(BaseConfig);
  try {
    const { org, owner } = await createOrganisationAndOwner(
      dbFromConfig(config),
      {
        slug: values.slug ?? '',
        name: values.name ?? '',
        locale: values.locale ?? '',
        country: values.country ?? '',
        legalName: values['legal-name'] ?? '',
        address: values.address ?? '',
        ownerEmail: values.owner ?? '',
      },
      new Date(),
    );
    process.stdout.write(
      `Created ${org.slug}; invitation queued for its owner (member ${owner.memberId}).\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof z.ZodError) {
      const flag = (field: string) => FLAGS[field] ?? field;
      const fields = error.issues.map((i) => `--${flag(String(i.path[0]))}: ${i.message}`);
      process.stderr.write(`${fields.join('\n')}\n\n${USAGE}`);
      return 1;
    }
    if (error instanceof ConflictError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : error}\n`,
    );
    process.exit(2);
  },
);
