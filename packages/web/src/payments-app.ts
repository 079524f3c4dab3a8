import { createApiApp } from './api/app';
import { createSite } from './app';
import type { AppDeps } from './deps';
import { donorRoutes } from './donor';
import { donationPageRoutes } from './routes/donation-pages';
import { staffFrame } from './staff/frame';
import { stripeConnectRoutes } from './staff/routes/stripe-connect';

/**
 * The payments function's app (functions/payments.ts): the routes stacks/api.ts sends it, those
 * that call Stripe: the donation form's post and thank-you page, POST /api/donations, the donor
 * space and the owner's Stripe onboarding. Not the staff pages, the public pages or media, so
 * its cold start loads neither passkeys, the S3 client, Markdown nor the editors. Mounted in
 * createApp's order (create-app.ts): the API, staff, the donor space, then the pages.
 */
export const createPaymentsApp = (deps: AppDeps) =>
  createSite(deps, (app) => {
    app.route('/', createApiApp(deps));
    app.route('/staff', staffFrame(deps).route('/', stripeConnectRoutes()));
    app.route('/', donorRoutes(deps));
    app.route('/', donationPageRoutes(deps));
    return app;
  });

export { guardFromConfig } from './guard/from-config';
