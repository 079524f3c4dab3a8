import {
  ChargesDisabledError,
  canTakeGifts,
  checkGiftAmount,
  Dedication,
  DonationRequest,
  isOpen,
  NotConfiguredError,
  NotFoundError,
  ValidationError,
} from '@haven/core';
import { startDonation } from '@haven/donations';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { type AppDeps, connectMode } from '../deps';
import { admitCheckout } from '../guard/admission';
import { isCrossSite } from '../guard/cross-site';
import { guardOf } from '../guard/guard-of';
import { refusal } from '../guard/refusal';
import { messagesFor } from '../i18n';
import { findPublicCampaign } from '../load';
import { ApiCurrency, ApiLocale } from './core-schemas';
import { MoneyView, Problem } from './schemas';
import { problemHook } from './validation-hook';

const DonationInput = z
  .object({
    organisation: z.string().min(1).max(64).openapi({ example: 'mpm' }),
    campaign: z.string().min(1).max(64).openapi({ example: 'voix-aux-nations-unies' }),
    amount: z
      .number()
      .int()
      .positive()
      .openapi({ description: 'The gift in integer minor units', example: 5000 }),
    currency: ApiCurrency.meta({ example: 'CHF' }),
    frequency: z
      .literal('once')
      .default('once')
      .openapi({ description: 'Monthly gifts are not offered yet' }),
    coverFee: z.boolean().default(false),
    anonymous: z.boolean().default(false),
    dedication: Dedication.optional(),
    message: DonationRequest.shape.message,
    updatesOptIn: z.boolean().default(false),
    locale: ApiLocale.meta({ description: "The donor's language for pages and receipt" }),
  })
  .openapi('DonationInput');

const DonationStarted = z
  .object({
    pledgeId: z.string(),
    checkoutUrl: z.string().url(),
    checkoutLocale: z
      .string()
      .openapi({ description: 'Checkout has no Arabic: Arabic donors get English' }),
    gift: MoneyView,
    feeCover: MoneyView,
    total: MoneyView,
  })
  .openapi('DonationStarted');

const problem = (description: string) => ({
  content: { 'application/problem+json': { schema: Problem } },
  description,
});

const startDonationRoute = createRoute({
  method: 'post',
  path: '/donations',
  tags: ['public'],
  request: { body: { content: { 'application/json': { schema: DonationInput } }, required: true } },
  responses: {
    201: {
      content: { 'application/json': { schema: DonationStarted } },
      description: 'A pledge and its Checkout URL',
    },
    400: problem('The body does not match the schema'),
    403: problem('Sent from a page of another site'),
    404: problem('No such open campaign'),
    413: problem('The body is larger than 32 KiB'),
    409: problem("The organisation's Stripe account cannot take gifts yet (Connect)"),
    415: problem('The body is not application/json'),
    422: problem('The amount or currency cannot be given to this campaign'),
    429: problem(
      'Too many donations started from this address or for this campaign; see Retry-After',
    ),
    503: problem('Payments are not configured or the processor is unreachable'),
  },
});

const PROBLEM_TEXT = {
  currency_not_accepted: 'This campaign does not take that currency',
  too_small: 'The amount is below the smallest gift for this currency',
  too_large: 'The amount is above the largest online gift for this currency',
  step: 'Three-decimal currencies take amounts in multiples of 10 minor units',
} as const;

/** The donation form as JSON: the same validation and the same pledge, answered with the URL. */
export function donationRoutes(deps: AppDeps) {
  return new OpenAPIHono({ defaultHook: problemHook }).openapi(startDonationRoute, async (c) => {
    // No CORS is granted and only JSON is taken, so a browser on another site cannot post here
    // unseen; a browser that says it comes from another site is refused outright. Integrations
    // call from their servers, which send no Origin.
    if (isCrossSite(c, deps.publicUrl)) throw refusal(c, 'cross_site');
    const input = c.req.valid('json');
    const found = await findPublicCampaign(deps.db, input.organisation, input.campaign);
    if (!found || !isOpen(found.campaign, deps.now())) {
      throw new NotFoundError(`No open campaign ${input.organisation}/${input.campaign}`);
    }
    const problemCode = checkGiftAmount(input.amount, input.currency, found.campaign.currencies);
    if (problemCode) {
      throw new ValidationError(PROBLEM_TEXT[problemCode], [
        {
          path: problemCode === 'currency_not_accepted' ? 'currency' : 'amount',
          message: problemCode,
        },
      ]);
    }
    if (!deps.payments) throw new NotConfiguredError('Payments are not configured');
    if (!canTakeGifts(connectMode(deps), found.org)) {
      throw new ChargesDisabledError("This organisation's Stripe account cannot take gifts yet");
    }
    const request = DonationRequest.parse({ ...input, locale: input.locale });
    const guard = guardOf(deps);
    const admitted = await admitCheckout(deps, guard, {
      org: found.org.slug,
      campaign: found.campaign.slug,
      ip: guard.clientIp(c),
    });
    if (admitted) throw refusal(c, admitted.refusal, admitted.retryAfter);
    const started = await startDonation(
      {
        db: deps.db,
        payments: deps.payments,
        publicUrl: deps.publicUrl,
        now: deps.now(),
      },
      { ...found, request, feeCoverLabel: messagesFor(request.locale).checkout.feeCoverLine },
    );
    const money = (amount: number) => ({ amount, currency: started.pledge.currency });
    return c.json(
      {
        pledgeId: started.pledge.id,
        checkoutUrl: started.checkoutUrl,
        checkoutLocale: started.checkoutLocale,
        gift: money(started.pledge.gift),
        feeCover: money(started.pledge.feeCover),
        total: money(started.pledge.gift + started.pledge.feeCover),
      },
      201,
    );
  });
}
