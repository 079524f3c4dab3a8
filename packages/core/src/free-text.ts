import * as z from 'zod';

/**
 * Control characters (C0, DEL, C1) and lone surrogates: invisible, they hide text from a reader,
 * split log lines and email headers, and NUL breaks more than one C library downstream.
 * Format characters are kept on purpose: ZWJ joins emoji, ZWNJ shapes Persian and Arabic words.
 */
const CONTROL = /[\p{Cc}\p{Cs}]/gu;
const CONTROL_BUT_NEWLINE = /[^\P{Cc}\n]|\p{Cs}/gu;

/** Text as a visitor typed it, with control characters stripped and Unicode composed (NFC). */
export function cleanText(value: string, options: { multiline?: boolean } = {}): string {
  const unified = value.replace(/\r\n?/g, '\n').normalize('NFC');
  return unified.replace(options.multiline ? CONTROL_BUT_NEWLINE : CONTROL, '');
}

/**
 * A free-text field (a message, a dedication's name): cleaned, trimmed, then measured, so what
 * the limit counts is what is stored. Multiline text keeps its line breaks, nothing else.
 */
export const FreeText = (max: number, options: { multiline?: boolean } = {}) =>
  z
    .string()
    .transform((value) => cleanText(value, options).trim())
    .pipe(z.string().max(max));
