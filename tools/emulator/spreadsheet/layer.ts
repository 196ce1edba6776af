/**
 * What every per-cell store of a sheet (values, formulas, notes, formats, validations) does when
 * rows and columns are inserted, deleted, sorted or moved, so the sheet can apply one change to
 * all of them and keep them aligned. Indexes here are 0-based.
 */
export interface Span {
  r1: number;
  r2: number;
  c1: number;
  c2: number;
}

export interface Layer {
  /** `source`: the row new rows copy from (already shifted), for stores that inherit (formats). */
  insertRows(at: number, count: number, source?: number): void;
  deleteRows(at: number, count: number): void;
  insertColumns(at: number, count: number, source?: number): void;
  deleteColumns(at: number, count: number): void;
  /** Row `span.r1 + i` receives what was at row `span.r1 + order[i]`, in columns c1..c2 only. */
  permuteRows(span: Span, order: readonly number[]): void;
  /** Column i receives what was at column order[i]; order covers every column that may hold data. */
  permuteColumns(order: readonly number[]): void;
}

/** Where each index ends up when `order` is applied (the inverse permutation). */
export function destinations(order: readonly number[]): number[] {
  const out: number[] = new Array(order.length);
  order.forEach((from, to) => {
    out[from] = to;
  });
  return out;
}
