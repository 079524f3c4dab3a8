/** @jsxImportSource react */

/**
 * Unicode's directional isolates. A value written in another direction than the sentence around
 * it (a Latin receipt number or address in an Arabic receipt, an Arabic name in a French one)
 * is laid out on its own, so its digits and hyphens never reorder the text around it.
 */
const FSI = '\u2068';
const LRI = '\u2066';
const PDI = '\u2069';

/** Isolated, in the direction of its own first strong letter (names, titles, addresses). */
export const isolate = (text: string): string => `${FSI}${text}${PDI}`;

/** Isolated and always left to right (receipt numbers, web addresses). */
export const isolateLtr = (text: string): string => `${LRI}${text}${PDI}`;

/**
 * A value standing on its own in the HTML: `<bdi>` isolates it there, and the marks inside keep
 * it isolated in the plain-text part, which is made from the HTML without its tags.
 */
export function Isolated({ ltr = false, children }: { ltr?: boolean; children: string }) {
  return <bdi dir={ltr ? 'ltr' : undefined}>{ltr ? isolateLtr(children) : isolate(children)}</bdi>;
}
