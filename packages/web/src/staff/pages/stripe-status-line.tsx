import { connectionStatus, type Locale, type StripeConnection } from '@haven/core';
import { stripeMessagesFor } from '../../i18n/staff-stripe';

/** The staff home's line on the Stripe account (Connect only); owners get the way to fix it. */
export function StripeStatusLine(props: {
  locale: Locale;
  connect: boolean;
  connection: StripeConnection | undefined;
  canConnect: boolean;
}) {
  if (!props.connect) return null;
  const m = stripeMessagesFor(props.locale);
  const status = connectionStatus(props.connection);
  return (
    <p class={status === 'connected' ? undefined : 'notice'} data-stripe-status={status}>
      {m.homeLine(m.short[status])}
      {props.canConnect && (
        <>
          {' · '}
          <a href="/staff/stripe">{m.homeLink}</a>
        </>
      )}
    </p>
  );
}
