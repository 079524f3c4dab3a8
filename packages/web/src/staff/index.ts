import type { AppDeps } from '../deps';
import { staffFrame } from './frame';
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
  const app = staffFrame(deps);
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
