import { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import { PERSONAL } from '../cache-policy';
import type { AppDeps } from '../deps';
import type { StaffEnv } from './access';
import { auditRoutes } from './routes/audit';
import { campaignUpdateRoutes } from './routes/campaign-updates';
import { campaignRoutes } from './routes/campaigns';
import { financeAccountRoutes } from './routes/finance-accounts';
import { financeExportRoutes } from './routes/finance-exports';
import { financeStatementSendingRoutes } from './routes/finance-statement-sending';
import { financeStatementRoutes } from './routes/finance-statements';
import { homeRoutes } from './routes/home';
import { ledgerRoutes } from './routes/ledger';
import { logoRoutes } from './routes/logo';
import { memberRoutes } from './routes/members';
import { paymentRoutes } from './routes/payments';
import { receiptRoutes } from './routes/receipts';
import { securityRoutes } from './routes/security';
import { settingsRoutes } from './routes/settings';
import { signInRoutes } from './routes/sign-in';
import { stripeConnectRoutes } from './routes/stripe-connect';

export {
  guardedAction,
  requireStaff,
  type StaffEnv,
  type StaffMember,
  staffContextOf,
} from './access';
export { CsrfField, StaffLayout, staffPageContext } from './layout';

/**
 * Everything under /staff. Mount further staff features here (`app.route('/', …)`) so they get
 * the dependencies `requireStaff` reads, the origin check and `no-store`.
 */
export function staffRoutes(deps: AppDeps) {
  const app = new Hono<StaffEnv>();
  app.use(async (c, next) => {
    c.set('staffDeps', deps);
    await next();
    // Staff pages show member lists, settings and tokens: no cache, shared or private, keeps them.
    c.header('Cache-Control', PERSONAL);
  });
  // A cross-site form post is refused before any handler runs; the per-session token in every
  // form (requireStaff) is the second lock.
  app.use(csrf({ origin: new URL(deps.publicUrl).origin }));
  app.route('/', signInRoutes());
  app.route('/', homeRoutes());
  app.route('/', memberRoutes());
  app.route('/', settingsRoutes());
  app.route('/', securityRoutes());
  app.route('/', auditRoutes());
  app.route('/', campaignRoutes());
  app.route('/', campaignUpdateRoutes());
  app.route('/', logoRoutes());
  app.route('/', stripeConnectRoutes());
  app.route('/', receiptRoutes());
  app.route('/', paymentRoutes());
  app.route('/', ledgerRoutes());
  app.route('/', financeExportRoutes());
  app.route('/', financeStatementRoutes());
  app.route('/', financeStatementSendingRoutes());
  app.route('/', financeAccountRoutes());
  return app;
}
