/**
 * A1 notation: column letters, cell references and the range shapes Apps Script accepts
 * ('A1', 'A1:C3', 'B:B', '2:2', 'A2:C', optionally 'Sheet 1'!A1 and $-anchored).
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangea1notation
 */
import { rangeNotFound } from './messages';

/** A block of cells, 1-based and inclusive. `openRows`: to the sheet's last row ('B:B', 'A2:C'). */
export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  openRows?: boolean;
  openCols?: boolean;
}

export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const digit = (n - 1) % 26;
    out = String.fromCharCode(65 + digit) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

interface Part {
  column: number;
  row: number;
}

function part(text: string): Part | undefined {
  const m = PART.exec(text);
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  return { column: m[1] ? columnNumber(m[1]) : 0, row: m[2] ? Number(m[2]) : 0 };
}

/** Splits "'My Sheet'!A1:B2" into the sheet name (if any) and the reference. */
export function splitSheetName(a1: string): { sheet?: string; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { ref: a1 };
  const raw = a1.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, ref: a1.slice(bang + 1) };
}

/** Parses a reference against a sheet's size; throws Apps Script's "Range not found" when malformed. */
export function parseA1(ref: string, maxRows: number, maxColumns: number): Rect {
  const [startText = '', endText, extra] = ref.trim().split(':');
  const start = part(startText);
  const end = endText === undefined ? undefined : part(endText);
  if (!start || extra !== undefined || (endText !== undefined && !end)) throw rangeNotFound();
  const shape = shapeOf(start, end);
  if (!shape) throw rangeNotFound();
  const last = end ?? start;
  return ordered({
    r1: start.row || 1,
    c1: start.column || 1,
    r2: last.row || maxRows,
    c2: last.column || maxColumns,
    ...(shape === 'columns' || shape === 'columnsFrom' ? { openRows: true } : {}),
    ...(shape === 'rows' ? { openCols: true } : {}),
  });
}

type Shape = 'cells' | 'columns' | 'rows' | 'columnsFrom';

/** 'A1' / 'A1:C3' cells, 'B:D' columns, '2:5' rows, 'A2:C' columns from a row on. */
function shapeOf(start: Part, end: Part | undefined): Shape | undefined {
  const full = (p: Part) => p.column > 0 && p.row > 0;
  if (!end) return full(start) ? 'cells' : undefined;
  if (full(start) && full(end)) return 'cells';
  if (start.row === 0 && end.row === 0) return 'columns';
  if (start.column === 0 && end.column === 0) return 'rows';
  if (full(start) && end.row === 0) return 'columnsFrom';
  return undefined;
}

function ordered(rect: Rect): Rect {
  const { r1, r2, c1, c2 } = rect;
  return { ...rect, r1: Math.min(r1, r2), r2: Math.max(r1, r2), c1: Math.min(c1, c2), c2: Math.max(c1, c2) };
}

export function a1Notation(rect: Rect): string {
  const from = `${columnLetters(rect.c1)}${rect.r1}`;
  if (rect.openCols) return `${rect.r1}:${rect.r2}`;
  if (rect.openRows) {
    return rect.r1 === 1
      ? `${columnLetters(rect.c1)}:${columnLetters(rect.c2)}`
      : `${from}:${columnLetters(rect.c2)}`;
  }
  if (rect.r1 === rect.r2 && rect.c1 === rect.c2) return from;
  return `${from}:${columnLetters(rect.c2)}${rect.r2}`;
}
