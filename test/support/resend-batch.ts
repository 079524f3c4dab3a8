import { HttpResponse, http } from 'msw';
import * as z from 'zod';

const BatchBody = z.array(
  z.object({
    to: z.union([z.string(), z.array(z.string())]),
    subject: z.string(),
    html: z.string(),
    text: z.string(),
    headers: z.record(z.string(), z.string()).optional(),
  }),
);
/** An email Resend accepted, with the id it answered (what its webhooks carry as `email_id`). */
export type DeliveredEmail = z.infer<typeof BatchBody>[number] & { to: string; id: string };

/**
 * Resend's batch endpoint at its edge, as Resend behaves: an email is delivered when accepted;
 * a request repeating an idempotency key delivers nothing new and answers as the first did.
 * `loseAnswers` answers that many accepted batches with a dropped connection instead (the
 * worker stops between Resend's acceptance and recording it).
 */
export function resendBatches() {
  const delivered: DeliveredEmail[] = [];
  const answered = new Map<string, { data: { id: string }[] }>();
  const state = { calls: 0, loseAnswers: 0 };
  const handler = http.post('https://api.resend.com/emails/batch', async ({ request }) => {
    state.calls++;
    const key = request.headers.get('idempotency-key') ?? '';
    const body = BatchBody.parse(await request.json());
    const earlier = answered.get(key);
    if (earlier) return HttpResponse.json(earlier);
    const answer = {
      data: body.map((email) => {
        const id = `email_${delivered.length + 1}`;
        delivered.push({ ...email, to: [email.to].flat()[0] ?? '', id });
        return { id };
      }),
    };
    answered.set(key, answer);
    if (state.loseAnswers > 0) {
      state.loseAnswers--;
      return HttpResponse.error();
    }
    return HttpResponse.json(answer);
  });
  return { handler, delivered, state };
}
