/**
 * Per-cell content (values, formulas, notes): one plain array per row that holds anything, no
 * array for rows that hold nothing. Reading 100,000 rows walks arrays; nothing is allocated per
 * cell. '' and undefined both mean an empty cell (bulk-loaded rows may carry '').
 */
import type { Layer, Span } from './layer';

export type Row<T> = (T | undefined)[];

export const isEmpty = (v: unknown) => v === undefined || v === null || v === '';

export class CellGrid<T> implements Layer {
  rows: (Row<T> | undefined)[] = [];
  /** Bumped on every change; the sheet's last-row/column caches key on it. */
  version = 0;
  private cachedAt = -1;
  private cachedLastRow = 0;
  private cachedLastColumn = 0;

  get(r: number, c: number): T | undefined {
    return this.rows[r]?.[c];
  }

  set(r: number, c: number, value: T | undefined): void {
    const row = this.rows[r];
    if (row) row[c] = value;
    else if (!isEmpty(value)) this.rowFor(r)[c] = value;
    this.version++;
  }

  /** The row's array, created when missing; call `touch()` after writing through it. */
  rowFor(r: number): Row<T> {
    let row = this.rows[r];
    if (!row) {
      row = [];
      this.rows[r] = row;
    }
    return row;
  }

  touch(): void {
    this.version++;
  }

  clear(span: Span): void {
    const last = Math.min(span.r2, this.rows.length - 1);
    for (let r = span.r1; r <= last; r++) {
      const row = this.rows[r];
      if (!row) continue;
      if (span.c1 === 0 && span.c2 >= row.length - 1) this.rows[r] = undefined;
      else row.fill(undefined, span.c1, Math.min(span.c2 + 1, row.length));
    }
    this.version++;
  }

  /** 1-based number of the last row holding anything; 0 when none. */
  lastRow(): number {
    this.refresh();
    return this.cachedLastRow;
  }

  lastColumn(): number {
    this.refresh();
    return this.cachedLastColumn;
  }

  private refresh(): void {
    if (this.cachedAt === this.version) return;
    this.cachedLastRow = 0;
    this.cachedLastColumn = 0;
    this.rows.forEach((row, r) => {
      if (!row) return;
      const last = lastFilled(row);
      if (last === 0) return;
      this.cachedLastRow = r + 1;
      if (last > this.cachedLastColumn) this.cachedLastColumn = last;
    });
    this.cachedAt = this.version;
  }

  insertRows(at: number, count: number): void {
    if (at < this.rows.length) this.rows.splice(at, 0, ...new Array<undefined>(count));
    this.version++;
  }

  deleteRows(at: number, count: number): void {
    this.rows.splice(at, count);
    this.version++;
  }

  insertColumns(at: number, count: number): void {
    for (const row of this.rows)
      if (row && row.length > at) row.splice(at, 0, ...new Array<undefined>(count));
    this.version++;
  }

  deleteColumns(at: number, count: number): void {
    for (const row of this.rows) if (row && row.length > at) row.splice(at, count);
    this.version++;
  }

  permuteRows(span: Span, order: readonly number[]): void {
    const moved = this.rows.slice(span.r1, span.r2 + 1);
    // Rows holding nothing right of the span move as whole arrays; others are copied cell by cell.
    const whole = span.c1 === 0 && moved.every((row) => !row || row.length <= span.c2 + 1);
    if (whole) {
      order.forEach((from, i) => {
        this.rows[span.r1 + i] = moved[from];
      });
    } else {
      const cells = order.map((from) => moved[from]?.slice(span.c1, span.c2 + 1));
      cells.forEach((row, i) => {
        const r = span.r1 + i;
        for (let c = span.c1; c <= span.c2; c++) {
          const value = row?.[c - span.c1];
          if (value !== undefined || this.rows[r]) this.rowFor(r)[c] = value;
        }
      });
    }
    this.version++;
  }

  permuteColumns(order: readonly number[]): void {
    this.rows.forEach((row, r) => {
      if (row) this.rows[r] = order.map((from) => row[from]);
    });
    this.version++;
  }
}

function lastFilled(row: readonly unknown[]): number {
  for (let c = row.length - 1; c >= 0; c--) if (!isEmpty(row[c])) return c + 1;
  return 0;
}
