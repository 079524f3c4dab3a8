import * as z from 'zod/mini';

export const TURNSTILE_VERIFY_URL = 'https://challenges.cloudflare.com/turnstile/v0/siteverify';

const Verdict = z.object({ success: z.boolean() });

/**
 * Asks Cloudflare whether the widget's answer is good (Turnstile's siteverify; no Google, no
 * tracking cookie). A missing answer, an unreachable service or anything unexpected fails
 * closed: the donor is asked to try again, nothing is stored.
 */
export async function passesTurnstile(
  secretKey: string,
  answer: string | undefined,
  ip: string | undefined,
): Promise<boolean> {
  if (!answer || answer.length > 2048) return false;
  try {
    const response = await fetch(TURNSTILE_VERIFY_URL, {
      method: 'POST',
      body: new URLSearchParams({
        secret: secretKey,
        response: answer,
        ...(ip ? { remoteip: ip } : {}),
      }),
      signal: AbortSignal.timeout(3_000),
    });
    if (!response.ok) return false;
    const verdict = Verdict.safeParse(await response.json());
    return verdict.success && verdict.data.success;
  } catch {
    return false;
  }
}

const TURNSTILE_ORIGIN = 'https://challenges.cloudflare.com';

/**
 * What the pages' CSP must allow for the challenge's widget (its script and its frame), only
 * when Turnstile is configured: otherwise pages run no script at all.
 */
export const challengeCsp = (guard: { turnstile?: unknown } | undefined) =>
  guard?.turnstile ? { scriptSrc: [TURNSTILE_ORIGIN], frameSrc: [TURNSTILE_ORIGIN] } : {};
