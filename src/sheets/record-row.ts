/** One record's row, found by ID under the lock: read it whole, write back only changed cells. */

import { valueSetReaders } from './cell-values';
import { columnOf, type Layout } from './layout';
import { currentRows } from './rows';
import type { Cell } from './table';

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

/** The records on `count` rows from `first`, in one read; value-set cells as the items they name. */
export function readRecords<K extends string>(
  layout: Layout<K>,
  first: number,
  count: number,
): Record<K, Cell>[] {
  const readers = valueSetReaders(layout.def);
  return layout.sheet.getSheetValues(first, 1, count, layout.headers.length).map((values) => {
    const record = {} as Record<K, Cell>;
    for (const [key, at] of layout.position) {
      const cell = values[at - 1] as Cell;
      record[key] = readers.get(key)?.(cell) ?? cell;
    }
    return record;
  });
}

/**
 * The records of an edited range that covered their Status or ID cells (none if it missed both
 * columns), each with its row; `single` when the one cell edited was a Status, so the edit event's
 * old value is its Status. A row whose ID is typed after its Status had no record to stamp until
 * then, so an edited ID is read like a pasted Status: the row's own stamps tell what it lacks.
 */
export function statusEdits<K extends string>(
  layout: Layout<K>,
  range: GoogleAppsScript.Spreadsheet.Range,
  { value, oldValue }: { readonly value?: unknown; readonly oldValue?: unknown } = {},
): { single: boolean; rows: Array<{ row: number; current: Record<K, Cell> }> } {
  const covers = (key: string) => {
    const at = layout.position.get(key as K);
    return at !== undefined && at >= range.getColumn() && at <= range.getLastColumn();
  };
  const oneCell = range.getNumRows() === 1 && range.getNumColumns() === 1;
  const single = oneCell && covers('status');
  if (!covers('status') && !covers('id')) return { single, rows: [] };
  // An ID typed over another is one put right, not a new row's first: its row keeps what it has
  // (a record that came in without its stamps is not done "now"). The edit event carries the old
  // value of a one-cell edit only, none when the cell was empty, and none for a paste
  // (developers.google.com/apps-script/guides/triggers/events, Edit: oldValue), which so counts as new.
  if (oneCell && !covers('status') && oldValue !== undefined && String(oldValue).trim() !== '')
    return { single, rows: [] };
  const first = Math.max(2, range.getRow());
  const count = range.getLastRow() - first + 1;
  if (count <= 0) return { single, rows: [] };
  const rows = readRecords(layout, first, count).map((current, i) => ({ row: first + i, current }));
  // One cell typed: its row must still show what was typed, or a sort moved another record there
  // since (a trigger runs a moment after the edit, maybe after waiting for the lock).
  // (Clearing a cell gives no string: Apps Script has sent an object there.)
  // Read as the cell is ("waiting on customer" names Waiting on Customer).
  const asItem = valueSetReaders(layout.def).get('status' as K);
  const typed =
    single && typeof value === 'string' ? String(asItem?.(value.trim()) ?? value.trim()) : undefined;
  if (typed !== undefined && String(rows[0]?.current['status' as K] ?? '').trim() !== typed) {
    throw new Error(
      'Rows moved in the sheet just after the Status was changed, so it got no stamps: set it again.',
    );
  }
  return { single, rows };
}
