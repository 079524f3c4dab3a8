import { cleanText } from '@haven/core';
import * as z from 'zod';

/**
 * What Checkout collected from the donor is input like any other: Stripe passes on what was
 * typed. The email becomes a receipt's `To`, so it must be one plain address (no CR/LF, no
 * second recipient); the name is greeted in the receipt, so it loses control characters.
 */
const Email = z
  .email()
  .max(254)
  .refine((value) => !/[\s,;<>]/.test(value));

const Name = z
  .string()
  .transform((value) => cleanText(value).trim())
  .pipe(z.string().min(1).max(200));

/** The donor's email and name as Stripe returned them, each kept only when it is sane. */
export function customerDetails(details: { email?: string | null; name?: string | null } | null) {
  const email = Email.safeParse(details?.email ?? undefined);
  const name = Name.safeParse(details?.name ?? undefined);
  return {
    email: email.success ? email.data : undefined,
    name: name.success ? name.data : undefined,
  };
}
