/**
 * Per-cell formatting (number formats, colours, font weights, validations): for each column, a
 * sorted list of runs of rows sharing one value. Formatting a whole column of 100,000 rows is one
 * run, not 100,000 entries. Inserted rows and columns copy their neighbour's formatting, as the
 * Sheets API's InsertDimensionRequest.inheritFromBefore describes:
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#insertdimensionrequest
 */
import type { Layer, Span } from './layer';

/** Rows s..e (0-based, inclusive) hold v. */
export interface Run<T> {
  s: number;
  e: number;
  v: T;
}

export class ColumnRuns<T> implements Layer {
  columns: Run<T>[][] = [];

  get(r: number, c: number): T | undefined {
    const runs = this.columns[c];
    if (!runs) return undefined;
    const i = firstEndingAtOrAfter(runs, r);
    const run = runs[i];
    return run && run.s <= r ? run.v : undefined;
  }

  /** Sets rows r1..r2 of columns c1..c2 to one value (undefined clears). */
  fill(span: Span, value: T | undefined): void {
    const fresh = (): Run<T>[] => (value === undefined ? [] : [{ s: span.r1, e: span.r2, v: value }]);
    for (let c = span.c1; c <= span.c2; c++) this.replace(c, span.r1, span.r2, fresh());
  }

  /** Writes `values` down column c from row r1, one per row. */
  writeColumn(c: number, r1: number, values: readonly (T | undefined)[]): void {
    const runs: Run<T>[] = [];
    values.forEach((v, i) => {
      const last = runs[runs.length - 1];
      if (v === undefined) return;
      if (last && last.v === v && last.e === r1 + i - 1) last.e++;
      else runs.push({ s: r1 + i, e: r1 + i, v });
    });
    this.replace(c, r1, r1 + values.length - 1, runs);
  }

  /** Values of rows r1..r2 in column c. */
  readColumn(c: number, r1: number, r2: number): (T | undefined)[] {
    const out = new Array<T | undefined>(r2 - r1 + 1).fill(undefined);
    const runs = this.columns[c] ?? [];
    for (let i = firstEndingAtOrAfter(runs, r1); i < runs.length; i++) {
      const run = runs[i]!;
      if (run.s > r2) break;
      out.fill(run.v, Math.max(run.s, r1) - r1, Math.min(run.e, r2) - r1 + 1);
    }
    return out;
  }

  /** Every run of every column, for sweeping all values (finding validations, saving). */
  *entries(): Generator<{ c: number; run: Run<T> }> {
    for (const [c, runs] of this.columns.entries()) for (const run of runs ?? []) yield { c, run };
  }

  /** Replaces whatever covers rows r1..r2 of column c with `fresh` (runs inside r1..r2). */
  private replace(c: number, r1: number, r2: number, fresh: Run<T>[]): void {
    const runs = this.columns[c] ?? [];
    const start = firstEndingAtOrAfter(runs, r1);
    let end = start;
    const kept: Run<T>[] = [];
    while (end < runs.length && runs[end]!.s <= r2) {
      const run = runs[end]!;
      if (run.s < r1) kept.push({ s: run.s, e: r1 - 1, v: run.v });
      if (run.e > r2) kept.push({ s: r2 + 1, e: run.e, v: run.v });
      end++;
    }
    const middle = [...kept.filter((k) => k.s < r1), ...fresh, ...kept.filter((k) => k.s > r2)];
    runs.splice(start, end - start, ...middle);
    this.columns[c] = merged(runs, Math.max(0, start - 1), start + middle.length + 1);
  }

  insertRows(at: number, count: number, source?: number): void {
    this.columns.forEach((runs, c) => {
      if (!runs) return;
      for (const run of runs) {
        if (run.s >= at) run.s += count;
        if (run.e >= at) run.e += count;
      }
      splitAt(runs, at, count);
      const inherited = source === undefined ? undefined : this.get(source, c);
      if (inherited !== undefined) this.fill({ r1: at, r2: at + count - 1, c1: c, c2: c }, inherited);
    });
  }

  deleteRows(at: number, count: number): void {
    const last = at + count - 1;
    this.columns.forEach((_, c) => {
      this.replace(c, at, last, []);
      const runs = this.columns[c]!;
      for (const run of runs) {
        if (run.s > last) run.s -= count;
        if (run.e > last) run.e -= count;
      }
      this.columns[c] = merged(runs, 0, runs.length);
    });
  }

  insertColumns(at: number, count: number, source?: number): void {
    if (at > this.columns.length) this.columns.length = at;
    const copy = () => (this.columns[source ?? -1] ?? []).map((run) => ({ ...run }));
    this.columns.splice(at, 0, ...Array.from({ length: count }, copy));
  }

  deleteColumns(at: number, count: number): void {
    this.columns.splice(at, count);
  }

  permuteRows(span: Span, order: readonly number[]): void {
    for (let c = span.c1; c <= span.c2; c++) {
      if (!this.columns[c]?.length) continue;
      const before = this.readColumn(c, span.r1, span.r2);
      this.writeColumn(
        c,
        span.r1,
        order.map((from) => before[from]),
      );
    }
  }

  permuteColumns(order: readonly number[]): void {
    this.columns = order.map((from) => this.columns[from] ?? []);
  }
}

/** Index of the first run whose end is at or after row r (binary search). */
function firstEndingAtOrAfter<T>(runs: readonly Run<T>[], r: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]!.e < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A run that straddled an insertion point (already stretched by `count`) is cut around the gap. */
function splitAt<T>(runs: Run<T>[], at: number, count: number): void {
  const i = runs.findIndex((run) => run.s < at && run.e >= at + count);
  if (i < 0) return;
  const run = runs[i]!;
  runs.splice(i, 1, { s: run.s, e: at - 1, v: run.v }, { s: at + count, e: run.e, v: run.v });
}

/** Joins neighbouring runs with equal values between indexes from..to. */
function merged<T>(runs: Run<T>[], from: number, to: number): Run<T>[] {
  for (let i = Math.min(to, runs.length - 1); i > from; i--) {
    const a = runs[i - 1]!;
    const b = runs[i]!;
    if (a.v === b.v && a.e + 1 === b.s) {
      a.e = b.e;
      runs.splice(i, 1);
    }
  }
  return runs;
}
