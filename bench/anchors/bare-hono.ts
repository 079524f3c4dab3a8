/** Anchor: the smallest Hono Lambda, one route. */
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';

const app = new Hono().get('/', (c) => c.text('ok'));
export const handler = handle(app);
