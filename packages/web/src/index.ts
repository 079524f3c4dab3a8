export { createSite } from './app';
export { type App, createApp } from './create-app';
export type { AppDeps } from './deps';
export { createPageApp } from './page-app';
export { createWebhookApp } from './webhook-app';
