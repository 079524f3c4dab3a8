import { createSite } from './app';
import type { AppDeps } from './deps';
import { mountStaff } from './parts/staff';

/**
 * The staff function's app (functions/staff.ts): the staff pages alone, with the same
 * middleware, 404 and error pages as every other part.
 */
export const createStaffApp = (deps: AppDeps) =>
  createSite(deps, (app) => {
    mountStaff(app, deps);
    return app;
  });
