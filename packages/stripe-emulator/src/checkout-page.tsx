import type { Child } from 'hono/jsx';
import type Stripe from 'stripe';
import { exponentOf } from './currency';
import type { PageLocale } from './page-strings';
import type { SessionCreateParams } from './session-params';

/** Minor units to a localised amount; the digits follow Stripe's exponent for the currency. */
export function formatAmount(amount: number, currency: string, locale: string): string {
  const exponent = exponentOf(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: currency.toUpperCase(),
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  }).format(amount / 10 ** exponent);
}

const STYLE = `
body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
.banner{background:#fff4d6;padding:.25rem .5rem;font-size:.875rem}
label{display:block;margin-top:1rem;font-weight:600}
label.choice{display:inline;margin-left:.25rem}
input[type=text],input[type=email]{display:block;width:100%;padding:.5rem;font-size:1rem;box-sizing:border-box}
fieldset{margin-top:1rem}
button{margin-top:1.5rem;padding:.75rem 1.5rem;font-size:1rem}
[role=alert]{color:#b00020;font-weight:600}
`;

function Layout(props: { locale: PageLocale; title: string; children: Child }) {
  return (
    <html lang={props.locale.tag}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        <style>{STYLE}</style>
      </head>
      <body>
        <p class="banner">{props.locale.strings.testMode}</p>
        <main>{props.children}</main>
      </body>
    </html>
  );
}

export function MessagePage(props: { locale: PageLocale; message: string }) {
  return (
    <Layout locale={props.locale} title={props.message}>
      <h1>{props.message}</h1>
    </Layout>
  );
}

export type CheckoutPageProps = {
  locale: PageLocale;
  session: Stripe.Checkout.Session;
  lineItems: SessionCreateParams['line_items'];
  error?: string;
  values?: { email?: string; name?: string; method?: string };
};

/** Stripe-like hosted Checkout as one plain form: it works without JavaScript. */
export function CheckoutPage({ locale, session, lineItems, error, values }: CheckoutPageProps) {
  const t = locale.strings;
  const currency = session.currency ?? 'usd';
  const total = formatAmount(session.amount_total ?? 0, currency, locale.tag);
  const monthly = session.mode === 'subscription';
  const submit = monthly
    ? t.subscribe
    : session.submit_type === 'donate'
      ? t.donate
      : session.submit_type === 'book'
        ? t.book
        : t.pay;
  const method = values?.method === 'sepa_debit' ? 'sepa_debit' : 'card';
  const accepts = (type: string) => session.payment_method_types.includes(type);
  return (
    <Layout
      locale={locale}
      title={`${lineItems[0]?.price_data.product_data.name ?? ''} — ${total}`}
    >
      <ul>
        {lineItems.map((item) => (
          <li>
            {item.price_data.product_data.name}
            {item.quantity > 1 ? ` × ${item.quantity}` : ''}:{' '}
            {formatAmount(item.price_data.unit_amount * item.quantity, currency, locale.tag)}
          </li>
        ))}
      </ul>
      <h1>
        {t.total}: <span data-testid="amount">{total}</span>
        {monthly ? ` ${t.perMonth}` : null}
      </h1>
      {error ? (
        <p role="alert" id="payment-error">
          {error}
        </p>
      ) : null}
      <form
        method="post"
        action={`/c/pay/${session.id}`}
        aria-describedby={error ? 'payment-error' : undefined}
      >
        <label for="email">{t.email}</label>
        <input
          id="email"
          name="email"
          type="email"
          autocomplete="email"
          required
          value={values?.email ?? session.customer_email ?? ''}
        />
        <fieldset>
          <legend>{t.method}</legend>
          {accepts('card') ? (
            <div>
              <input
                type="radio"
                id="method-card"
                name="method"
                value="card"
                checked={method === 'card'}
              />
              <label class="choice" for="method-card">
                {t.card}
              </label>
              <label for="card">{t.cardNumber}</label>
              <input
                id="card"
                name="card"
                type="text"
                inputmode="numeric"
                autocomplete="cc-number"
                placeholder="4242 4242 4242 4242"
              />
            </div>
          ) : null}
          {accepts('sepa_debit') ? (
            <div>
              <input
                type="radio"
                id="method-sepa"
                name="method"
                value="sepa_debit"
                checked={method === 'sepa_debit'}
              />
              <label class="choice" for="method-sepa">
                {t.sepa}
              </label>
              <label for="iban">{t.iban}</label>
              <input
                id="iban"
                name="iban"
                type="text"
                autocomplete="off"
                placeholder="AT61 1904 3002 3457 3201"
              />
            </div>
          ) : null}
        </fieldset>
        <label for="name">{t.name}</label>
        <input id="name" name="name" type="text" autocomplete="name" value={values?.name ?? ''} />
        <button type="submit">
          {submit} {total}
        </button>
      </form>
      {session.cancel_url ? (
        <p>
          <a href={session.cancel_url}>{t.cancel}</a>
        </p>
      ) : null}
    </Layout>
  );
}

export type PortalPageProps = {
  locale: PageLocale;
  session: { id: string; return_url: string | null; action?: string };
  plans: { id: string; status: string; amount: string }[];
  error?: string;
};

/** The billing portal: each subscription's amount and status, and the card form. */
export function PortalPage({ locale, session, plans, error }: PortalPageProps) {
  const t = locale.strings;
  return (
    <Layout locale={locale} title={t.portalTitle}>
      <h1>{t.portalTitle}</h1>
      <ul>
        {plans.map((plan) => (
          <li data-subscription={plan.id}>
            {plan.amount} {t.perMonth} ({plan.status})
          </li>
        ))}
      </ul>
      {error ? (
        <p role="alert" id="card-error">
          {error}
        </p>
      ) : null}
      <form method="post" action={session.action ?? `/p/session/${session.id}`}>
        <h2>{t.updateCard}</h2>
        <label for="card">{t.cardNumber}</label>
        <input id="card" name="card" type="text" inputmode="numeric" autocomplete="cc-number" />
        <button type="submit">{t.saveCard}</button>
      </form>
      {session.return_url ? (
        <p>
          <a href={session.return_url}>{t.back}</a>
        </p>
      ) : null}
    </Layout>
  );
}
