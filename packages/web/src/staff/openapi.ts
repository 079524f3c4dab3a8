import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { AuthenticationJson, RegistrationJson } from './webauthn-json';

/** The staff routes that speak JSON (the passkey ceremony), in the OpenAPI document. */
export function registerStaffApi(registry: OpenAPIHono['openAPIRegistry']) {
  const headers = z.object({ 'x-csrf-token': z.string() });
  const common = {
    tags: ['staff'],
    security: [{ staffSession: [] }],
    request: { headers },
  };
  const options = z.object({ challenge: z.string() }).passthrough();
  const answers = {
    400: { description: 'Not a passkey answer, or it did not verify' },
    401: { description: 'No live staff session' },
    403: { description: 'Missing or wrong CSRF token, or a passkey must be used first' },
  };
  registry.registerComponent('securitySchemes', 'staffSession', {
    type: 'apiKey',
    in: 'cookie',
    name: '__Host-haven-staff',
  });
  registry.registerPath({
    ...common,
    method: 'post',
    path: '/staff/passkeys/options',
    description: 'Options to create a passkey for the signed-in member (WebAuthn JSON).',
    responses: {
      200: {
        description: 'Creation options',
        content: { 'application/json': { schema: options } },
      },
      ...answers,
    },
  });
  registry.registerPath({
    ...common,
    method: 'post',
    path: '/staff/passkeys',
    description: 'Stores the passkey the browser created; the session counts as passkey-verified.',
    request: { headers, body: { content: { 'application/json': { schema: RegistrationJson } } } },
    responses: { 200: { description: 'Stored' }, ...answers },
  });
  registry.registerPath({
    ...common,
    method: 'post',
    path: '/staff/passkey/options',
    description: "Options to use one of the signed-in member's passkeys (WebAuthn JSON).",
    responses: {
      200: { description: 'Request options', content: { 'application/json': { schema: options } } },
      ...answers,
    },
  });
  registry.registerPath({
    ...common,
    method: 'post',
    path: '/staff/passkey',
    description: 'Verifies a passkey use; the session counts as passkey-verified.',
    request: { headers, body: { content: { 'application/json': { schema: AuthenticationJson } } } },
    responses: { 200: { description: 'Verified' }, ...answers },
  });
}
