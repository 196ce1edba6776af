/**
 * Cell formatting values as Apps Script reports them: colours come back as lowercase #rrggbb
 * (a CSS name given to setBackground reads back as hex), unset cells report Sheets' defaults.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getbackground
 */
import type { Span } from './layer';
import { AUTOMATIC } from './number-format';
import type { ColumnRuns } from './runs';
import type { StyleKey } from './sheet-model';

export const STYLE_DEFAULTS: Record<StyleKey, string> = {
  numberFormat: AUTOMATIC,
  background: '#ffffff',
  fontColor: '#000000',
  fontWeight: 'normal',
  fontStyle: 'normal',
  horizontalAlignment: 'general',
  wrap: 'OVERFLOW',
};

const NAMED: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  purple: '#800080',
  gray: '#808080',
  grey: '#808080',
};

/** '#ABC' → '#aabbcc', 'red' → '#ff0000'; null resets to the default (stored as nothing). */
export function normalizeColor(color: string | null): string | undefined {
  if (color === null || color === '') return undefined;
  const lower = color.trim().toLowerCase();
  const named = NAMED[lower];
  if (named) return named;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(lower);
  return short ? `#${short[1]!.repeat(2)}${short[2]!.repeat(2)}${short[3]!.repeat(2)}` : lower;
}

/** A style's value per cell of the span, defaults filled in. */
export function readStyle(runs: ColumnRuns<string>, span: Span, fallback: string): string[][] {
  const columns: (string | undefined)[][] = [];
  for (let c = span.c1; c <= span.c2; c++) columns.push(runs.readColumn(c, span.r1, span.r2));
  const out: string[][] = [];
  for (let r = 0; r <= span.r2 - span.r1; r++) out.push(columns.map((column) => column[r] ?? fallback));
  return out;
}

/** Writes one value per cell; a value equal to the default is stored as nothing. */
export function writeStyle(
  runs: ColumnRuns<string>,
  span: Span,
  data: readonly (readonly (string | undefined)[])[],
  fallback: string,
): void {
  for (let c = span.c1; c <= span.c2; c++) {
    runs.writeColumn(
      c,
      span.r1,
      data.map((row) => {
        const v = row[c - span.c1];
        return v === fallback ? undefined : v;
      }),
    );
  }
}
