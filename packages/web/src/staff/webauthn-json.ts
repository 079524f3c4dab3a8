import * as z from 'zod';

const Transport = z.enum(['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb']);
const base64url = z
  .string()
  .regex(/^[A-Za-z0-9_-]*$/)
  .max(16_384);

/** What the browser's `credential.toJSON()` sends after creating a passkey. */
export const RegistrationJson = z
  .object({
    id: base64url,
    rawId: base64url,
    type: z.literal('public-key'),
    response: z.object({
      clientDataJSON: base64url,
      attestationObject: base64url,
      transports: z.array(Transport).optional(),
    }),
    authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
    clientExtensionResults: z.object({}),
  })
  .meta({ id: 'PasskeyRegistration' });

/** What the browser's `credential.toJSON()` sends after using a passkey. */
export const AuthenticationJson = z
  .object({
    id: base64url,
    rawId: base64url,
    type: z.literal('public-key'),
    response: z.object({
      clientDataJSON: base64url,
      authenticatorData: base64url,
      signature: base64url,
      userHandle: base64url.optional(),
    }),
    authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
    clientExtensionResults: z.object({}),
  })
  .meta({ id: 'PasskeyAuthentication' });

export const transportsOf = (value: string[] | undefined) =>
  value?.flatMap((t) => {
    const parsed = Transport.safeParse(t);
    return parsed.success ? [parsed.data] : [];
  });
