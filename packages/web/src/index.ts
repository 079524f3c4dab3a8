export { type App, createApp } from './app';
export type { AppDeps } from './deps';
export { isCrossSite } from './guard/cross-site';
export { guardFromConfig } from './guard/from-config';
export { DEFAULT_LIMITS, type GuardOptions, type Limits } from './guard/options';
export { refusal, refuse } from './guard/refusal';
export { TURNSTILE_VERIFY_URL } from './guard/turnstile';
export { guardedAction, requireStaff, type StaffEnv, type StaffMember } from './staff';
export { createWebhookApp } from './webhook-app';
