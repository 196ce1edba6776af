/** Where each record sits: the ID column as last read, so a write can land on its own ID's row. */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Rows {
  /** The first row of each ID. */
  readonly rowOf: Map<string, number>;
  /** The ID on each row from 2 to the last ('' for none), as text. */
  readonly ids: readonly string[];
}

export function rowsOf(column: readonly unknown[]): Rows {
  const ids = column.map((cell) => String(cell ?? '').trim());
  const rowOf = new Map<string, number>();
  ids.forEach((id, i) => {
    if (id !== '' && !rowOf.has(id)) rowOf.set(id, i + 2);
  });
  return { rowOf, ids };
}

/** The ID column as it is now (two calls). */
export function currentRows(sheet: Sheet, idColumn: number): Rows {
  const height = sheet.getLastRow() - 1;
  if (height <= 0) return rowsOf([]);
  return rowsOf(sheet.getSheetValues(2, idColumn, height, 1).map((cell) => cell[0]));
}

/** Every row we knew still holds the same ID (rows added below do not matter). */
export function sameRows(a: Rows, b: Rows): boolean {
  return a.ids.every((id, i) => (b.ids[i] ?? '') === id);
}

/** Sheets refuses to delete every row below the frozen header: one empty row is added to stay. */
export function roomToDelete(sheet: Sheet, count: number): void {
  if (sheet.getMaxRows() - count <= sheet.getFrozenRows()) sheet.insertRowsAfter(sheet.getMaxRows(), 1);
}
