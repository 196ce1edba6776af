/** Appending records: one setValues for all new rows, placed by header in the current layout. */

import type { Layout } from './layout';
import { asStored, isTextColumn } from './literal';
import type { Cell } from './table';

/** A record as a sheet row in the current layout; `formats` are the target cells' number formats. */
function toSheetRow<K extends string>(
  layout: Layout<K>,
  record: Partial<Record<K, Cell>>,
  formats: readonly string[],
): Cell[] {
  const row: Cell[] = Array.from({ length: layout.headers.length }, () => '');
  for (const column of layout.def.columns) {
    const at = layout.position.get(column.key);
    const value = record[column.key];
    if (at === undefined || value === undefined) continue;
    row[at - 1] = asStored(value, formats[at - 1] ?? '', isTextColumn(column));
  }
  return row;
}

/** Returns the first new row number. Call under the document lock. */
export function appendRows<K extends string>(
  layout: Layout<K>,
  records: ReadonlyArray<Partial<Record<K, Cell>>>,
): number {
  const first = layout.sheet.getLastRow() + 1;
  if (records.length === 0) return first;
  const sheet = layout.sheet;
  // Rows are inserted for the records, not taken from the empty ones below the table: a person
  // typing into the first empty row meanwhile sees their row pushed down, not written over. New
  // rows take the formats and validation of their neighbour: the empty row below (as Set up made
  // it), else the last row (never the header's bold).
  if (sheet.getMaxRows() >= first) sheet.insertRowsBefore(first, records.length);
  else sheet.insertRowsAfter(first - 1, records.length);
  const range = sheet.getRange(first, 1, records.length, layout.headers.length);
  // Formats decide how text must be written to stay text (see literal.ts): one read for the block.
  const formats = range.getNumberFormats();
  range.setValues(records.map((r, i) => toSheetRow(layout, r, formats[i] ?? [])));
  return first;
}
