/** What a Stripe webhook handler answers: 2xx done or ignored, 503 deliver again later. */
export type WebhookAnswer = [{ received: boolean; effect: string }, 200 | 503];
