/**
 * Where the site is split between functions, as API Gateway path prefixes: each prefix here
 * (`/staff`, or one with a path variable such as `/{lang}/donor`) is routed to the staff
 * function, `ANY <prefix>` and `ANY <prefix>/{proxy+}` (stacks/api.ts); every other page path to
 * the page function. Routes under these prefixes mount in parts/staff.ts, the rest in
 * parts/public.ts; test/infra/route-split.test.ts checks that the two agree.
 */
export const STAFF_PREFIXES = ['/staff'] as const;
