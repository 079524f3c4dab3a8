import type Stripe from 'stripe';

/**
 * Which part of a monthly gift a product stands for. Checkout creates one product per line with
 * this metadata, so every invoice line and subscription item can be told apart: the gift goes to
 * the campaign, the fee cover to the processor.
 */
export const PART_KEY = 'havenPart';
export type Part = 'gift' | 'fee_cover';

export const partOf = (product: Stripe.Product | Stripe.DeletedProduct): Part =>
  !product.deleted && product.metadata[PART_KEY] === 'fee_cover' ? 'fee_cover' : 'gift';

/** Sums amounts by part, looking each product up once. */
export async function sumByPart(
  lines: { product: string | Stripe.Product | Stripe.DeletedProduct; amount: number }[],
  retrieve: (id: string) => Promise<Stripe.Product>,
): Promise<{ gift: number; feeCover: number; parts: Part[] }> {
  const cache = new Map<string, Promise<Stripe.Product>>();
  const parts = await Promise.all(
    lines.map(async ({ product }) => {
      if (typeof product !== 'string') return partOf(product);
      const found = cache.get(product) ?? retrieve(product);
      cache.set(product, found);
      return partOf(await found);
    }),
  );
  let gift = 0;
  let feeCover = 0;
  lines.forEach((line, i) => {
    if (parts[i] === 'fee_cover') feeCover += line.amount;
    else gift += line.amount;
  });
  return { gift, feeCover, parts };
}
