/** Appending records: one setValues for all new rows, placed by header in the current layout. */
import { NUMBER_FORMATS } from './columns';
import type { Layout } from './layout';
import { asLiteral } from './literal';
import type { Cell } from './table';

export function toSheetRow<K extends string>(layout: Layout<K>, record: Partial<Record<K, Cell>>): Cell[] {
  const row: Cell[] = Array.from({ length: layout.headers.length }, () => '');
  for (const column of layout.def.columns) {
    const at = layout.position.get(column.key);
    const value = record[column.key];
    if (at === undefined || value === undefined) continue;
    row[at - 1] = typeof value === 'string' && NUMBER_FORMATS[column.type] === '@' ? asLiteral(value) : value;
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
  const grid = records.map((r) => toSheetRow(layout, r));
  layout.sheet.getRange(first, 1, grid.length, layout.headers.length).setValues(grid);
  return first;
}
