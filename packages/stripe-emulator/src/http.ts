import type { Context } from 'hono';
import type { z } from 'zod';
import type { AccountScope } from './account-scope';
import { fromZodError, invalidRequest } from './errors';
import { decodeForm, type FormObject } from './form-decode';

/** What the middleware hands to the handlers. */
export type AppEnv = {
  Variables: { requestId: string; apiKey: string; account: AccountScope };
};

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The body as the SDK sends it: `application/x-www-form-urlencoded` with bracketed keys. */
export async function readForm(c: Context): Promise<FormObject> {
  return decodeForm(await c.req.text());
}

export function readQuery(c: Context): FormObject {
  return decodeForm(new URL(c.req.url).search.slice(1));
}

/** JSON bodies of the control API; an empty body means `{}`. */
export async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw invalidRequest('The request body is not valid JSON.');
  }
}

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw fromZodError(result.error);
  return result.data;
}
