/**
 * A number as a person types it: digits, with a decimal point or a decimal comma (12,5 in
 * Germany, France or Brazil), read the same in the sidebar's number boxes and in Settings. A
 * browser's number box would read it by the browser's language instead: an English Chromium drops
 * the comma of "1.234,5" as it is typed and keeps 1.2345.
 */

/** Digits grouped by threes, as 1.500, 1,500, 1 500 or 1'500 are typed around the world. */
export const GROUPED = /^\d{1,3}(?:[.,'\s]\d{3})+$/;
/**
 * Digits with a decimal point or a decimal comma (3,5 in Germany, France or Brazil); NaN for
 * anything else. Read as decimals even when grouped by threes: only for numbers well under a
 * thousand (a setting's score or share), where a comma is never a thousands separator.
 */
export function smallDecimal(text: string): number {
  const m = /^(\d+)(?:[.,](\d+))?$/.exec(text.trim());
  return m ? Number(`${m[1]}.${m[2] ?? 0}`) : Number.NaN;
}

/** The number typed, or null: a thousands separator is refused, never guessed at. */
export function typedNumber(text: string): number | null {
  const n = smallDecimal(text);
  return Number.isNaN(n) || GROUPED.test(text.trim()) ? null : n;
}
