/** @jsxImportSource react */
import type { Locale } from '@haven/core';
import { Link } from '@react-email/components';
import { EmailFooter } from './branded-email';
import { Isolated, isolate } from './isolate';

export type OrgFooterProps = {
  org: { legalName: string; address: string; registrationNumber?: string; website?: string };
  locale: Locale;
  /** The email's own words for the two labelled lines, in its reader's language. */
  issuedBy: (legalName: string) => string;
  registrationNumber: (number: string) => string;
};

/** Who issues a receipt or statement: the legal name, address, number and site, under a rule. */
export function OrgFooter({ org, locale, issuedBy, registrationNumber }: OrgFooterProps) {
  return (
    <EmailFooter locale={locale}>
      {issuedBy(isolate(org.legalName))}
      <br />
      <Isolated>{org.address}</Isolated>
      {org.registrationNumber ? (
        <>
          <br />
          {registrationNumber(isolate(org.registrationNumber))}
        </>
      ) : null}
      {org.website ? (
        <>
          <br />
          <Link href={org.website} style={{ color: '#52525b' }}>
            <Isolated ltr>{org.website}</Isolated>
          </Link>
        </>
      ) : null}
    </EmailFooter>
  );
}
