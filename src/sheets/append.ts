/** Appending records: one setValues for all new rows, placed by header in the current layout. */

import { NUMBER_FORMATS } from './columns';
import type { Layout } from './layout';
import { asStored, PLAIN_TEXT } from './literal';
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
    row[at - 1] = asStored(value, formats[at - 1] ?? '', NUMBER_FORMATS[column.type] === PLAIN_TEXT);
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
  // setValues past the last row fails; only inserting rows grows a sheet.
  const maxRows = sheet.getMaxRows();
  const short = first + records.length - 1 - maxRows;
  if (short > 0) sheet.insertRowsAfter(maxRows, short);
  const range = sheet.getRange(first, 1, records.length, layout.headers.length);
  // Formats decide how text must be written to stay text (see literal.ts): one read for the block.
  const formats = range.getNumberFormats();
  range.setValues(records.map((r, i) => toSheetRow(layout, r, formats[i] ?? [])));
  return first;
}
