import type { AppDeps } from '../deps';
import { type Guard, resolveGuard } from './options';

const resolved = new WeakMap<AppDeps, Guard>();

/**
 * The guard of an app, resolved once per app: the page that renders the form and the route
 * that takes it must sign with the same key, even when it is one of this process.
 */
export function guardOf(deps: AppDeps): Guard {
  const known = resolved.get(deps);
  if (known) return known;
  const guard = resolveGuard(deps.guard);
  resolved.set(deps, guard);
  return guard;
}
