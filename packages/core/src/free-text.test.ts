import { describe, expect, it } from 'vitest';
import { cleanText, FreeText } from './free-text';

describe('free text a visitor typed', () => {
  it('loses NUL, escape, bell, DEL and C1 controls, and CR/LF where one line is expected', () => {
    expect(cleanText('Ada\u0000 Love\u001b[31mlace\u0007\u007f\u0085\r\nBcc: x')).toBe(
      'Ada Love[31mlaceBcc: x',
    );
  });

  it('keeps line breaks in a message, written as \\n', () => {
    expect(cleanText('one\r\ntwo\rthree\u0000', { multiline: true })).toBe('one\ntwo\nthree');
  });

  it('keeps Arabic with its marks, ZWNJ, combining accents and joined emoji intact', () => {
    const arabic = 'في ذِكرى جدّتي';
    const persian = 'می\u200Cخواهم';
    const family = '👩\u200D👩\u200D👧 🇵🇸 👍🏽';
    expect(cleanText(arabic)).toBe(arabic);
    expect(cleanText(persian)).toBe(persian);
    expect(cleanText(family)).toBe(family);
    // A decomposed é becomes the composed one: what is stored compares equal to what is shown.
    expect(cleanText('Ame\u0301lie')).toBe('Amélie');
  });

  it('measures the text after cleaning, so controls cannot pad it past or under the limit', () => {
    expect(FreeText(3).safeParse('ab\u0000\u0000\u0000').data).toBe('ab');
    expect(FreeText(3).safeParse('abcd').success).toBe(false);
  });
});
