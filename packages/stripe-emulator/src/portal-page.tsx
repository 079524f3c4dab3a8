import { Hono } from 'hono';
import * as z from 'zod';
import { formatAmount, MessagePage, PortalPage } from './checkout-page';
import type { Emulator } from './emulator';
import { StripeApiError } from './errors';
import type { AppEnv } from './http';
import { newId } from './ids';
import { errorText, resolvePageLocale } from './page-strings';
import { cardInstrument } from './test-instruments';

const CardForm = z.object({ card: z.string().trim().default('') });

/**
 * The billing portal a portal session's `url` opens: the customer's subscriptions and a form to
 * change the card. A new card becomes the default and pays any invoice left open by a declined
 * renewal, as the portal's "pay invoice" does; then back to `return_url`.
 */
export function portalRoutes(emulator: Emulator) {
  const { billing } = emulator;
  const load = (id: string, acceptLanguage: string | undefined) => {
    const session = emulator.store.billing.portalSessions.get(id);
    const locale = resolvePageLocale(session?.locale ?? null, acceptLanguage);
    const subscriptions = session
      ? [...emulator.store.billing.subscriptions.values()].filter(
          (subscription) => subscription.customer === session.customer,
        )
      : [];
    const plans = subscriptions.map((subscription) => ({
      id: subscription.id,
      status: subscription.status,
      amount: formatAmount(
        subscription.items.data.reduce(
          (sum, item) => sum + item.price.unit_amount * item.quantity,
          0,
        ),
        subscription.currency,
        locale.tag,
      ),
    }));
    return { session, locale, plans };
  };
  /** An invoice's hosted page: its amount and the card form, as the portal's, for one customer. */
  const loadInvoice = (id: string, acceptLanguage: string | undefined) => {
    const invoice = emulator.store.billing.invoices.get(id);
    const locale = resolvePageLocale(null, acceptLanguage);
    const plans = invoice
      ? [
          {
            id: invoice.id,
            status: invoice.status,
            amount: formatAmount(invoice.amount_due, invoice.currency, locale.tag),
          },
        ]
      : [];
    return { invoice, locale, plans };
  };
  return new Hono<AppEnv>()
    .get('/invoice/:id', (c) => {
      const { invoice, locale, plans } = loadInvoice(
        c.req.param('id'),
        c.req.header('Accept-Language'),
      );
      if (!invoice)
        return c.html(<MessagePage locale={locale} message={locale.strings.portalNotFound} />, 404);
      const session = { id: invoice.id, return_url: null, action: `/p/invoice/${invoice.id}` };
      return c.html(<PortalPage locale={locale} session={session} plans={plans} />);
    })
    .post('/invoice/:id', async (c) => {
      const { invoice, locale, plans } = loadInvoice(
        c.req.param('id'),
        c.req.header('Accept-Language'),
      );
      if (!invoice)
        return c.html(<MessagePage locale={locale} message={locale.strings.portalNotFound} />, 404);
      const session = { id: invoice.id, return_url: null, action: `/p/invoice/${invoice.id}` };
      const form = CardForm.safeParse(await c.req.parseBody());
      try {
        const instrument = cardInstrument(
          form.success ? form.data.card : '',
          newId.paymentMethod(),
        );
        billing.updateDefaultCard(invoice.customer, instrument.method);
      } catch (error) {
        if (!(error instanceof StripeApiError)) throw error;
        const message = errorText(locale.strings, error.declineCode ?? error.code, error.message);
        return c.html(
          <PortalPage locale={locale} session={session} plans={plans} error={message} />,
          402,
        );
      }
      return c.html(<MessagePage locale={locale} message={locale.strings.cardSaved} />);
    })
    .get('/session/:id', (c) => {
      const { session, locale, plans } = load(c.req.param('id'), c.req.header('Accept-Language'));
      if (!session)
        return c.html(<MessagePage locale={locale} message={locale.strings.portalNotFound} />, 404);
      return c.html(<PortalPage locale={locale} session={session} plans={plans} />);
    })
    .post('/session/:id', async (c) => {
      const { session, locale, plans } = load(c.req.param('id'), c.req.header('Accept-Language'));
      if (!session)
        return c.html(<MessagePage locale={locale} message={locale.strings.portalNotFound} />, 404);
      const form = CardForm.safeParse(await c.req.parseBody());
      try {
        const instrument = cardInstrument(
          form.success ? form.data.card : '',
          newId.paymentMethod(),
        );
        billing.updateDefaultCard(session.customer, instrument.method);
      } catch (error) {
        if (!(error instanceof StripeApiError)) throw error;
        const message = errorText(locale.strings, error.declineCode ?? error.code, error.message);
        return c.html(
          <PortalPage locale={locale} session={session} plans={plans} error={message} />,
          402,
        );
      }
      if (session.return_url) return c.redirect(session.return_url, 303);
      return c.html(<MessagePage locale={locale} message={locale.strings.cardSaved} />);
    });
}
