/**
 * Sort order as Sheets sorts: numbers and dates first (by value), then text (case-insensitive),
 * then booleans; empty cells always last, whichever the direction. Stable, so equal keys keep
 * their order. Range.sort's columns are sheet column numbers inside the range.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#sortsortspecobj
 */

import { serialFromWall } from '../zone';
import type { Span } from './layer';
import { invalidArgument } from './messages';
import type { Stored } from './number-format';
import type { SheetModel } from './sheet-model';

type Key = number | { column: number; ascending?: boolean };
export type SortSpec = Key | Key[];

function keysOf(spec: SortSpec): { column: number; ascending: boolean }[] {
  return (Array.isArray(spec) ? spec : [spec]).map((k) =>
    typeof k === 'number'
      ? { column: k, ascending: true }
      : { column: k.column, ascending: k.ascending ?? true },
  );
}

const rank = (v: Stored | undefined): number => {
  if (v === undefined || v === '') return 3;
  if (typeof v === 'number' || v instanceof Date) return 0;
  return typeof v === 'string' ? 1 : 2;
};

const numeric = (v: Stored) => (v instanceof Date ? serialFromWall(v.getTime()) : Number(v));

function compare(a: Stored | undefined, b: Stored | undefined): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb || ra === 3) return ra - rb;
  if (ra === 1) return String(a).localeCompare(String(b), 'en', { sensitivity: 'base' });
  return numeric(a!) - numeric(b!);
}

/** The new order of the span's rows: position i takes row order[i] (0-based within the span). */
export function sortOrder(sheet: SheetModel, span: Span, spec: SortSpec): number[] {
  const keys = keysOf(spec);
  for (const key of keys) {
    if (key.column - 1 < span.c1 || key.column - 1 > span.c2) throw invalidArgument('sortSpecObj');
  }
  const order = Array.from({ length: span.r2 - span.r1 + 1 }, (_, i) => i);
  const cell = (i: number, column: number) => sheet.values.get(span.r1 + i, column - 1);
  return order.sort((i, j) => {
    for (const { column, ascending } of keys) {
      const a = cell(i, column);
      const b = cell(j, column);
      const blank = rank(a) === 3 || rank(b) === 3;
      const diff = compare(a, b);
      if (diff !== 0) return blank || ascending ? diff : -diff;
    }
    return 0;
  });
}
