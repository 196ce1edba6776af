/** One record's row, found by ID under the lock: read it whole, write back only changed cells. */

import { NUMBER_FORMATS } from './columns';
import { columnOf, type Layout, runsOf } from './layout';
import { asStored, PLAIN_TEXT } from './literal';
import { currentRows } from './rows';
import { type Cell, sameCell } from './table';

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

export const notFound = (sheet: string, id: string) =>
  new NotFoundError(`No record ${id} in the "${sheet}" sheet. It may have been deleted.`);

/** The row of record `id`, or undefined when the sheet has none (one read of the ID column). */
export const rowIfAny = <K extends string>(layout: Layout<K>, id: string): number | undefined =>
  currentRows(layout.sheet, columnOf(layout, 'id' as K)).rowOf.get(id);

export function readRecord<K extends string>(layout: Layout<K>, row: number): Record<K, Cell> {
  return readRecords(layout, row, 1)[0]!;
}

/** The records on `count` rows from `first`, in one read. */
export function readRecords<K extends string>(
  layout: Layout<K>,
  first: number,
  count: number,
): Record<K, Cell>[] {
  return layout.sheet.getSheetValues(first, 1, count, layout.headers.length).map((values) => {
    const record = {} as Record<K, Cell>;
    for (const [key, at] of layout.position) record[key] = values[at - 1] as Cell;
    return record;
  });
}

/** Writes the cells that differ, one call per run of adjacent changed columns. */
export function writeChanges<K extends string>(
  layout: Layout<K>,
  row: number,
  before: Record<K, Cell>,
  after: Partial<Record<K, Cell>>,
): K[] {
  return writeRowsChanges(layout, row, [{ before, after }])[0]!;
}

export interface RowChange<K extends string> {
  readonly before: Record<K, Cell>;
  readonly after: Partial<Record<K, Cell>>;
}

/**
 * Writes the cells that differ on consecutive rows from `first` (a pasted block): one read of the
 * block's number formats, then one call per rectangle of changed cells (the rows where a column
 * changes, joined with neighbouring columns changing on the same rows); unchanged cells are never
 * rewritten. Returns each row's changed keys.
 */
export function writeRowsChanges<K extends string>(
  layout: Layout<K>,
  first: number,
  rows: readonly RowChange<K>[],
): K[][] {
  const changed = rows.map(({ before, after }) =>
    (Object.keys(after) as K[]).filter((k) => layout.position.has(k) && !sameCell(before[k], after[k])),
  );
  if (changed.every((keys) => keys.length === 0)) return changed;
  const formats = layout.sheet.getRange(first, 1, rows.length, layout.headers.length).getNumberFormats();
  const text = (k: K) => NUMBER_FORMATS[layout.def.columns.find((c) => c.key === k)!.type] === PLAIN_TEXT;
  for (const { start, count, keys } of rectangles(layout, changed)) {
    const grid = rows
      .slice(start, start + count)
      .map(({ after }, r) =>
        keys.map((key) =>
          asStored(after[key] as Cell, formats[start + r]![layout.position.get(key)! - 1] ?? '', text(key)),
        ),
      );
    layout.sheet.getRange(first + start, layout.position.get(keys[0]!)!, count, keys.length).setValues(grid);
  }
  return changed;
}

/** Rows `start`..`start + count - 1` all change `keys`, which sit side by side. */
interface Rectangle<K> {
  start: number;
  count: number;
  keys: K[];
}

function rectangles<K extends string>(layout: Layout<K>, changed: readonly K[][]): Rectangle<K>[] {
  // Each column's runs of consecutive changed rows, grouped by run: columns that change on the
  // same rows share a rectangle when they are neighbours.
  const byRun = new Map<string, { start: number; count: number; positions: number[] }>();
  for (const key of new Set(changed.flat())) {
    for (let i = 0; i < changed.length; ) {
      if (!changed[i]!.includes(key)) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < changed.length && changed[end]!.includes(key)) end++;
      const run = byRun.get(`${i}:${end}`) ?? { start: i, count: end - i, positions: [] };
      run.positions.push(layout.position.get(key)!);
      byRun.set(`${i}:${end}`, run);
      i = end;
    }
  }
  const keyAt = new Map([...layout.position].map(([k, p]) => [p, k] as const));
  return [...byRun.values()].flatMap(({ start, count, positions }) =>
    runsOf(positions).map((run) => ({
      start,
      count,
      keys: Array.from({ length: run.length }, (_, i) => keyAt.get(run.start + i)!),
    })),
  );
}

/**
 * The records of an edited range whose Status cell it covered (none if it missed that column),
 * each with its row; `single` when one cell was edited, so the edit event's old value is its own.
 */
export function statusEdits<K extends string>(
  layout: Layout<K>,
  range: GoogleAppsScript.Spreadsheet.Range,
  value?: unknown,
): { single: boolean; rows: Array<{ row: number; current: Record<K, Cell> }> } {
  const statusAt = columnOf(layout, 'status' as K);
  const single = range.getNumRows() === 1 && range.getNumColumns() === 1;
  if (statusAt < range.getColumn() || statusAt > range.getLastColumn()) return { single, rows: [] };
  const first = Math.max(2, range.getRow());
  const count = range.getLastRow() - first + 1;
  if (count <= 0) return { single, rows: [] };
  const rows = readRecords(layout, first, count).map((current, i) => ({ row: first + i, current }));
  // One cell typed: its row must still show what was typed, or a sort moved another record there
  // since (a trigger runs a moment after the edit, maybe after waiting for the lock).
  // (Clearing a cell gives no string: Apps Script has sent an object there.)
  const typed = single && typeof value === 'string' ? value.trim() : undefined;
  if (typed !== undefined && String(rows[0]?.current['status' as K] ?? '').trim() !== typed) {
    throw new Error(
      'Rows moved in the sheet just after the Status was changed, so it got no stamps: set it again.',
    );
  }
  return { single, rows };
}
