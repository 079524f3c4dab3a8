export { type App, createApp } from './app';
export type { AppDeps } from './deps';
export { guardedAction, requireStaff, type StaffEnv, type StaffMember } from './staff';
export { createWebhookApp } from './webhook-app';
