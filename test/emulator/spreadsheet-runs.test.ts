/**
 * The stores behind formats (runs per column) and contents (row arrays) against a naive model:
 * one array per column, every change applied cell by cell.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellGrid } from '../../tools/emulator/spreadsheet/grid';
import { ColumnRuns } from '../../tools/emulator/spreadsheet/runs';

const ROWS = 12;
const COLS = 3;
const value = fc.constantFrom('a', 'b', undefined);
const row = fc.integer({ min: 0, max: ROWS - 1 });
const col = fc.integer({ min: 0, max: COLS - 1 });

type Op =
  | { kind: 'fill'; r1: number; r2: number; c: number; v: string | undefined }
  | { kind: 'write'; r1: number; c: number; vs: (string | undefined)[] }
  | { kind: 'insert'; at: number; count: number; source: number | undefined }
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'permute'; r1: number; order: number[] };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('fill' as const), r1: row, r2: row, c: col, v: value }),
  fc.record({
    kind: fc.constant('write' as const),
    r1: row,
    c: col,
    vs: fc.array(value, { minLength: 1, maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: row,
    count: fc.integer({ min: 1, max: 3 }),
    source: fc.option(row, { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: row, count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({
    kind: fc.constant('permute' as const),
    r1: fc.integer({ min: 0, max: 4 }),
    order: fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }),
  }),
);

/** Applies an op to the naive columns; returns false when it does not apply (out of the grid). */
function naive(cols: (string | undefined)[][], o: Op): boolean {
  const height = cols[0]!.length;
  switch (o.kind) {
    case 'fill':
      for (let r = Math.min(o.r1, o.r2); r <= Math.max(o.r1, o.r2); r++) cols[o.c]![r] = o.v;
      return true;
    case 'write':
      o.vs.forEach((v, i) => {
        cols[o.c]![o.r1 + i] = v;
      });
      return true;
    case 'insert': {
      if (o.at > height) return false;
      const source = o.source === undefined ? undefined : o.source < o.at ? o.source : o.source + o.count;
      for (const c of cols) {
        c.splice(o.at, 0, ...new Array(o.count).fill(undefined));
        const inherited = source === undefined ? undefined : c[source];
        c.fill(inherited, o.at, o.at + o.count);
      }
      return true;
    }
    case 'delete':
      if (o.at + o.count > height) return false;
      for (const c of cols) c.splice(o.at, o.count);
      return true;
    case 'permute':
      for (const c of cols) {
        const before = c.slice(o.r1, o.r1 + 4);
        o.order.forEach((from, i) => {
          c[o.r1 + i] = before[from];
        });
      }
      return true;
  }
}

function apply(runs: ColumnRuns<string>, grid: CellGrid<string>, o: Op): void {
  switch (o.kind) {
    case 'fill': {
      const span = { r1: Math.min(o.r1, o.r2), r2: Math.max(o.r1, o.r2), c1: o.c, c2: o.c };
      runs.fill(span, o.v);
      for (let r = span.r1; r <= span.r2; r++) grid.set(r, o.c, o.v);
      return;
    }
    case 'write':
      runs.writeColumn(o.c, o.r1, o.vs);
      o.vs.forEach((v, i) => {
        grid.set(o.r1 + i, o.c, v);
      });
      return;
    case 'insert': {
      const source = o.source === undefined ? undefined : o.source < o.at ? o.source : o.source + o.count;
      runs.insertRows(o.at, o.count, source);
      grid.insertRows(o.at, o.count);
      return;
    }
    case 'delete':
      runs.deleteRows(o.at, o.count);
      grid.deleteRows(o.at, o.count);
      return;
    case 'permute': {
      const span = { r1: o.r1, r2: o.r1 + 3, c1: 0, c2: COLS - 1 };
      runs.permuteRows(span, o.order);
      grid.permuteRows(span, o.order);
    }
  }
}

describe('format runs and content rows', () => {
  it('agree with a cell-by-cell model under any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const cols = Array.from({ length: COLS }, () => new Array<string | undefined>(ROWS).fill(undefined));
        const runs = new ColumnRuns<string>();
        const grid = new CellGrid<string>();
        for (const o of ops) {
          const height = cols[0]!.length;
          if (
            (o.kind === 'write' && o.r1 + o.vs.length > height) ||
            (o.kind === 'permute' && o.r1 + 4 > height)
          )
            continue;
          if (!naive(cols, o)) continue;
          apply(runs, grid, o);
          // Content never inherits; put the model's inherited values in so both can be compared.
          if (o.kind === 'insert' && o.source !== undefined) {
            for (let c = 0; c < COLS; c++)
              for (let r = o.at; r < o.at + o.count; r++) grid.set(r, c, cols[c]![r]);
          }
        }
        cols.forEach((column, c) => {
          expect(runs.readColumn(c, 0, column.length - 1)).toEqual(column);
          expect(column.map((_, r) => grid.get(r, c))).toEqual(column);
          const stored = runs.columns[c] ?? [];
          stored.forEach((run, i) => {
            const next = stored[i + 1];
            expect(run.s).toBeLessThanOrEqual(run.e);
            if (next) expect(next.s > run.e + 1 || next.v !== run.v).toBe(true);
          });
        });
      }),
      { numRuns: 300 },
    );
  });
});
