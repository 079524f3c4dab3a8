/**
 * The end of a subscription's `n`th period after its anchor, counted from the anchor each time
 * as Stripe does: a gift started on 31 January renews on 28 (or 29) February, then 31 March.
 */
export function periodEnd(
  anchorSeconds: number,
  interval: 'day' | 'week' | 'month' | 'year',
  count: number,
  n: number,
): number {
  const anchor = new Date(anchorSeconds * 1000);
  if (interval === 'day' || interval === 'week') {
    const days = (interval === 'week' ? 7 : 1) * count * n;
    return anchorSeconds + days * 86_400;
  }
  const months = (interval === 'year' ? 12 : 1) * count * n;
  const year = anchor.getUTCFullYear();
  const month = anchor.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(anchor.getUTCDate(), lastDay);
  return (
    Date.UTC(
      year,
      month,
      day,
      anchor.getUTCHours(),
      anchor.getUTCMinutes(),
      anchor.getUTCSeconds(),
    ) / 1000
  );
}
