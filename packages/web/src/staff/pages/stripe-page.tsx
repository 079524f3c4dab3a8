import { connectionStatus, type StripeConnection } from '@haven/core';
import { stripeMessagesFor } from '../../i18n/staff-stripe';
import type { signedInAs } from '../access';
import { CsrfField, StaffLayout, staffPageContext } from '../layout';

/** Where the organisation stands with Stripe, and the button that connects it or goes on. */
export function StripePage(props: {
  who: ReturnType<typeof signedInAs>;
  connection: StripeConnection | undefined;
  connectMode: boolean;
  returned: boolean;
}) {
  const ctx = staffPageContext(props.who.locale, props.who.signedIn);
  const m = stripeMessagesFor(props.who.locale);
  const status = connectionStatus(props.connection);
  return (
    <StaffLayout ctx={ctx} title={m.title}>
      <p>{m.intro}</p>
      {!props.connectMode ? (
        <p class="notice">{m.noConnect}</p>
      ) : (
        <>
          {props.returned && <p class="notice">{m.returned}</p>}
          <p class={`stripe-status stripe-${status}`} data-status={status}>
            {m.status[status]}
          </p>
          {props.connection && (
            <dl>
              <dt>{m.account}</dt>
              <dd>
                <code>{props.connection.accountId}</code>
              </dd>
            </dl>
          )}
          {status !== 'connected' && (
            <form method="post" action="/staff/stripe/connect">
              <CsrfField token={props.who.signedIn.csrfToken} />
              <button type="submit">{props.connection ? m.continue : m.connect}</button>
            </form>
          )}
        </>
      )}
    </StaffLayout>
  );
}
