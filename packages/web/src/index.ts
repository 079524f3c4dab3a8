export { type App, createApp } from './app';
export type { AppDeps } from './deps';
export { createWebhookApp } from './webhook-app';
