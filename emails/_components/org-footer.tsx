/** @jsxImportSource react */
import { Hr, Link, Text } from '@react-email/components';
import { Isolated, isolate } from './isolate';

export type OrgFooterProps = {
  org: { legalName: string; address: string; registrationNumber?: string; website?: string };
  align: 'left' | 'right';
  /** The email's own words for the two labelled lines, in its reader's language. */
  issuedBy: (legalName: string) => string;
  registrationNumber: (number: string) => string;
};

/** Who issues a receipt or statement: the legal name, address, number and site, under a rule. */
export function OrgFooter({ org, align, issuedBy, registrationNumber }: OrgFooterProps) {
  return (
    <>
      <Hr style={hr} />
      <Text style={{ ...footer, textAlign: align }}>
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
      </Text>
    </>
  );
}

const hr = { borderColor: '#e4e4e7', margin: '28px 0 16px' };
const footer = { fontSize: '13px', lineHeight: '20px', color: '#71717a', margin: 0 };
