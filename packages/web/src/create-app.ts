import { createApiApp } from './api/app';
import { createSite } from './app';
import type { AppDeps } from './deps';
import { donorRoutes } from './donor';
import { mountAssets, mountPublicPages } from './parts/public';
import { mountStaff } from './parts/staff';
import { donationPageRoutes } from './routes/donation-pages';
import { connectWebhookRoutesFor } from './routes/stripe-connect-webhook';
import { stripeWebhookRoutes } from './routes/stripe-webhook';

/**
 * The whole service in one app, the JSON API loaded up front and typed: the dev server,
 * payments and tests. Lambda splits the same parts among functions (page-app.ts, staff-app.ts,
 * json-api.ts), in the order here: assets, the webhook, the API, staff, then the public pages.
 */
export const createApp = (deps: AppDeps) =>
  createSite(deps, (app) => {
    mountAssets(app, deps);
    if (deps.payments) {
      app.route('/', stripeWebhookRoutes({ db: deps.db, payments: deps.payments, now: deps.now }));
    }
    app.route('/', connectWebhookRoutesFor(deps));
    const typed = app.route('/', createApiApp(deps));
    mountStaff(app, deps);
    // The donor space talks to Stripe (monthly gifts): payments serves it in AWS, not the page function.
    app.route('/', donorRoutes(deps));
    // The donation form's post and the thank-you page: payments' in AWS (payments-app.ts).
    app.route('/', donationPageRoutes(deps));
    mountPublicPages(app, deps);
    return typed;
  });

export type App = ReturnType<typeof createApp>;
