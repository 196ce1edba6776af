/** One record's row, found by ID under the lock: read it whole, write back only changed cells. */

import { NUMBER_FORMATS } from './columns';
import { columnOf, type Layout, runsOf } from './layout';
import { asStored, PLAIN_TEXT } from './literal';
import { type Cell, sameCell } from './table';

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

export const notFound = (sheet: string, id: string) =>
  new NotFoundError(`No record ${id} in the "${sheet}" sheet. It may have been deleted.`);

/** The row of record `id`, or undefined when the sheet has none (one read of the ID column). */
export function rowIfAny<K extends string>(layout: Layout<K>, id: string): number | undefined {
  const height = layout.sheet.getLastRow() - 1;
  if (height <= 0) return undefined;
  const ids = layout.sheet.getSheetValues(2, columnOf(layout, 'id' as K), height, 1);
  const at = ids.findIndex(([cell]) => String(cell).trim() === id);
  return at >= 0 ? at + 2 : undefined;
}

export function findRow<K extends string>(layout: Layout<K>, id: string): number {
  const row = rowIfAny(layout, id);
  if (row === undefined) throw notFound(layout.def.name, id);
  return row;
}

export function readRecord<K extends string>(layout: Layout<K>, row: number): Record<K, Cell> {
  const values = layout.sheet.getSheetValues(row, 1, 1, layout.headers.length)[0]!;
  const record = {} as Record<K, Cell>;
  for (const [key, at] of layout.position) record[key] = values[at - 1] as Cell;
  return record;
}

/** Writes the cells that differ, one call per run of adjacent changed columns. */
export function writeChanges<K extends string>(
  layout: Layout<K>,
  row: number,
  before: Record<K, Cell>,
  after: Partial<Record<K, Cell>>,
): K[] {
  const changed = (Object.keys(after) as K[]).filter(
    (k) => layout.position.has(k) && !sameCell(before[k], after[k]),
  );
  const keyAt = new Map(changed.map((k) => [layout.position.get(k)!, k] as const));
  const formats =
    changed.length > 0 ? layout.sheet.getRange(row, 1, 1, layout.headers.length).getNumberFormats()[0]! : [];
  const text = (k: K) => NUMBER_FORMATS[layout.def.columns.find((c) => c.key === k)!.type] === PLAIN_TEXT;
  for (const run of runsOf([...keyAt.keys()])) {
    const cells = Array.from({ length: run.length }, (_, i) => {
      const key = keyAt.get(run.start + i)!;
      return asStored(after[key] as Cell, formats[run.start + i - 1] ?? '', text(key));
    });
    layout.sheet.getRange(row, run.start, 1, run.length).setValues([cells]);
  }
  return changed;
}

/**
 * The records of an edited range whose Status cell it covered (none if it missed that column),
 * each with its row; `single` when one cell was edited, so the edit event's old value is its own.
 */
export function statusEdits<K extends string>(
  layout: Layout<K>,
  range: GoogleAppsScript.Spreadsheet.Range,
): { single: boolean; rows: Array<{ row: number; current: Record<K, Cell> }> } {
  const statusAt = columnOf(layout, 'status' as K);
  const single = range.getNumRows() === 1 && range.getNumColumns() === 1;
  if (statusAt < range.getColumn() || statusAt > range.getLastColumn()) return { single, rows: [] };
  const rows = [];
  for (let row = Math.max(2, range.getRow()); row <= range.getLastRow(); row++)
    rows.push({ row, current: readRecord(layout, row) });
  return { single, rows };
}
