import { formatMoney, intlLocale, type Payment, toMajorUnits } from '@haven/core';
import { financeMessagesFor } from '../../i18n/staff-finance';
import type { signedInAs } from '../access';
import { CsrfField, StaffLayout, staffPageContext } from '../layout';

/** One gift as finance sees it, with the refund form for those who may refund. */
export function PaymentPage(props: {
  who: ReturnType<typeof signedInAs>;
  payment: Payment;
  country: string | undefined;
  canRefund: boolean;
  /** A fresh id per form shown: Stripe's idempotency key, so a double submit refunds once. */
  formId: string;
  notice?: 'done' | 'invalid' | 'noAccount';
}) {
  const { who, payment } = props;
  const ctx = staffPageContext(who.locale, who.signedIn);
  const m = financeMessagesFor(who.locale);
  const intl = intlLocale(who.locale, props.country);
  const money = (amount: number, currency = payment.currency) =>
    formatMoney({ amount, currency }, intl);
  const left = payment.gift + payment.feeCover - payment.refunded - (payment.disputed ?? 0);
  const row = (label: string, value: string) => (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
  return (
    <StaffLayout ctx={ctx} title={m.payment.title}>
      {props.notice === 'done' && <p role="status">{m.refund.done}</p>}
      {(props.notice === 'invalid' || props.notice === 'noAccount') && (
        <p class="error" role="alert">
          {m.refund[props.notice]}
        </p>
      )}
      <dl>
        {row(m.payment.campaign, payment.campaignSlug)}
        {row(m.payment.paidAt, payment.paidAt.slice(0, 10))}
        {row(m.payment.gift, money(payment.gift))}
        {payment.feeCover > 0 && row(m.payment.feeCover, money(payment.feeCover))}
        {row(m.payment.gross, money(payment.gross, payment.settlementCurrency))}
        {row(m.payment.fee, money(payment.fee, payment.settlementCurrency))}
        {row(m.payment.net, money(payment.net, payment.settlementCurrency))}
        {row(m.payment.refunded, money(payment.refunded))}
        {payment.disputeStatus &&
          row(m.payment.dispute, m.payment.disputeStates[payment.disputeStatus])}
        {payment.receiptNumber && row(m.payment.receipt, payment.receiptNumber)}
      </dl>
      {props.canRefund &&
        (left > 0 ? (
          <form method="post" action={`/staff/payments/${payment.pledgeId}/refund`}>
            <CsrfField token={who.signedIn.csrfToken} />
            <input type="hidden" name="formId" value={props.formId} />
            <fieldset>
              <legend>{m.refund.legend}</legend>
              <p>
                <label for="amount">{m.refund.amount(payment.currency)}</label>
                <input
                  id="amount"
                  name="amount"
                  inputmode="decimal"
                  required
                  value={String(toMajorUnits({ amount: left, currency: payment.currency }))}
                  aria-describedby="amount-left"
                />
                <small id="amount-left">{m.refund.left(money(left))}</small>
              </p>
              <p>
                <label for="reason">{m.refund.reason}</label>
                <select id="reason" name="reason">
                  {(['requested_by_customer', 'duplicate', 'fraudulent'] as const).map((reason) => (
                    <option value={reason}>{m.refund.reasons[reason]}</option>
                  ))}
                </select>
              </p>
              <button type="submit">{m.refund.submit}</button>
            </fieldset>
          </form>
        ) : (
          <p>{m.refund.nothingLeft}</p>
        ))}
    </StaffLayout>
  );
}
