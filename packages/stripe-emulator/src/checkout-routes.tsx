import { Hono } from 'hono';
import * as z from 'zod';
import { CheckoutPage, MessagePage } from './checkout-page';
import type { Emulator } from './emulator';
import { StripeApiError } from './errors';
import type { AppEnv } from './http';
import { errorText, resolvePageLocale } from './page-strings';

const PaymentForm = z.object({
  email: z.string().trim().default(''),
  method: z.enum(['card', 'sepa_debit']).default('card'),
  card: z.string().trim().default(''),
  iban: z.string().trim().default(''),
  name: z.string().trim().default(''),
});

/** Stripe puts the session id into success_url where the literal placeholder stands. */
export const successRedirect = (successUrl: string, sessionId: string) =>
  successUrl
    .replaceAll('{CHECKOUT_SESSION_ID}', sessionId)
    .replaceAll('%7BCHECKOUT_SESSION_ID%7D', sessionId);

/** The hosted payment page: GET shows the form, POST pays and redirects (303) like Checkout. */
export function checkoutRoutes(emulator: Emulator) {
  return new Hono<AppEnv>()
    .get('/pay/:id', (c) => {
      const record = emulator.store.sessions.get(c.req.param('id'));
      const locale = resolvePageLocale(
        record?.session.locale ?? null,
        c.req.header('Accept-Language'),
      );
      if (!record)
        return c.html(<MessagePage locale={locale} message={locale.strings.notFound} />, 404);
      const { session, params } = emulator.getSession(record.session.id);
      if (session.status === 'expired')
        return c.html(<MessagePage locale={locale} message={locale.strings.expired} />, 410);
      if (session.status === 'complete')
        return c.html(<MessagePage locale={locale} message={locale.strings.complete} />);
      return c.html(
        <CheckoutPage locale={locale} session={session} lineItems={params.line_items} />,
      );
    })
    .post('/pay/:id', async (c) => {
      const record = emulator.store.sessions.get(c.req.param('id'));
      const locale = resolvePageLocale(
        record?.session.locale ?? null,
        c.req.header('Accept-Language'),
      );
      if (!record)
        return c.html(<MessagePage locale={locale} message={locale.strings.notFound} />, 404);
      const form = PaymentForm.safeParse(await c.req.parseBody());
      const values = form.success ? form.data : PaymentForm.parse({});
      try {
        const payment = values.method === 'card' ? { card: values.card } : { iban: values.iban };
        const { session } = emulator.pay(record.session.id, {
          ...payment,
          ...(values.email ? { email: values.email } : {}),
          ...(values.name ? { name: values.name } : {}),
        });
        if (session.success_url)
          return c.redirect(successRedirect(session.success_url, session.id), 303);
        return c.html(<MessagePage locale={locale} message={locale.strings.complete} />);
      } catch (error) {
        if (!(error instanceof StripeApiError)) throw error;
        const { session, params } = record;
        if (session.status !== 'open') {
          const message =
            session.status === 'expired' ? locale.strings.expired : locale.strings.complete;
          return c.html(<MessagePage locale={locale} message={message} />, 409);
        }
        const code = error.declineCode === 'insufficient_funds' ? error.declineCode : error.code;
        const message = errorText(locale.strings, code, error.message);
        const page = (
          <CheckoutPage
            locale={locale}
            session={session}
            lineItems={params.line_items}
            error={message}
            values={values}
          />
        );
        return c.html(page, error.status === 402 ? 402 : 400);
      }
    });
}
