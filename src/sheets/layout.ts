/**
 * Finds a table's columns in its sheet. Columns are found by header, so people may reorder them
 * and add their own; a header a person renamed is still found through the developer metadata
 * Set up / repair binds to each column.
 */
import { COLUMN_METADATA_KEY, headedByContract } from './bindings';
import type { Column, TableDef } from './columns';
import { withinSheet } from './past-the-edge';
import { RECORD_TABLES, SETTINGS } from './tables';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export class SetupNeededError extends Error {
  override name = 'SetupNeededError';
}

export interface Layout<K extends string = string> {
  readonly def: TableDef<K>;
  readonly sheet: Sheet;
  /** 1-based column of each key that the sheet has. */
  readonly position: ReadonlyMap<K, number>;
  readonly headers: readonly string[];
}

/** Without a full stop, so a message can go on from it. */
export const NOT_SET_UP =
  'The CRM is not set up in this spreadsheet yet: choose Extensions → CRM → Set up / repair';

export function sheetOf(ss: Spreadsheet, name: string): Sheet {
  const sheet = ss.getSheetByName(name);
  if (!sheet) {
    throw new SetupNeededError(
      neverSetUp(ss)
        ? `${NOT_SET_UP}.`
        : `The "${name}" sheet is missing. Open the CRM menu and choose "Set up / repair".`,
    );
  }
  return sheet;
}

/** None of the CRM's sheets at all: a newcomer's first try, where "a sheet is missing" reads as a fault. */
export const neverSetUp = (ss: Spreadsheet): boolean =>
  [...RECORD_TABLES, SETTINGS].every((def) => ss.getSheetByName(def.name) === null);

export function readHeaders(sheet: Sheet): string[] {
  const width = sheet.getLastColumn();
  if (width === 0) return [];
  return headersIn(sheet, width);
}

function headersIn(sheet: Sheet, width: number): string[] {
  return sheet.getSheetValues(1, 1, 1, width)[0]!.map((h) => String(h).trim());
}

export function locate<K extends string>(
  ss: Spreadsheet,
  def: TableDef<K>,
  needed?: readonly K[],
): Layout<K> {
  return locateIn(sheetOf(ss, def.name), def, needed);
}

/**
 * A layout found earlier in this run, if the header row still reads the same (one call): people
 * may insert, delete or move columns at any moment, and a write must land on the columns it means.
 * Otherwise the columns are found afresh.
 */
export function confirmLayout<K extends string>(layout: Layout<K>, needed: readonly K[]): Layout<K> {
  const width = layout.headers.length;
  // Columns deleted past the sheet's new edge (null): found afresh, which reports what is lost.
  const headers =
    width > 0 ? withinSheet(layout.sheet, { column: width }, () => headersIn(layout.sheet, width)) : null;
  const same = headers?.every((h, i) => h === layout.headers[i]) ?? false;
  return same ? layout : locateIn(layout.sheet, layout.def, needed);
}

/**
 * The header row at the table's own width, if every column of the table is there: a sheet Set up
 * made is exactly that wide, so asking its width (getLastColumn) would cost a call for nothing.
 * Null when a person inserted columns among the table's or deleted some (Apps Script refuses a
 * read past the sheet's last column): the whole row is read then.
 */
function ownHeaders(sheet: Sheet, def: TableDef): string[] | null {
  const width = def.columns.length;
  const headers = withinSheet(sheet, { column: width }, () => headersIn(sheet, width));
  return headers && def.columns.every((c) => headers.includes(c.header)) ? headers : null;
}

function locateIn<K extends string>(sheet: Sheet, def: TableDef<K>, needed?: readonly K[]): Layout<K> {
  return layoutFrom(sheet, def, ownHeaders(sheet, def) ?? readHeaders(sheet), needed);
}

/** The table's columns in a header row already read. */
export function layoutFrom<K extends string>(
  sheet: Sheet,
  def: TableDef<K>,
  headers: readonly string[],
  needed?: readonly K[],
): Layout<K> {
  const position = new Map<K, number>();
  const missing: Column[] = [];
  for (const column of def.columns) {
    const at = headers.indexOf(column.header);
    if (at >= 0) position.set(column.key, at + 1);
    else missing.push(column);
  }
  if (missing.length > 0) recoverRenamed(sheet, def, headers, missing, position);
  const wanted = needed ?? def.columns.map((c) => c.key);
  const lost = def.columns.find((c) => wanted.includes(c.key) && !position.has(c.key));
  if (lost) {
    throw new SetupNeededError(
      `The "${def.name}" sheet has no "${lost.header}" column. Open the CRM menu and choose "Set up / repair" to restore it.`,
    );
  }
  return { def, sheet, position, headers };
}

/**
 * Each missing column by its own binding: a few calls per renamed header, not four per column. A
 * binding on a column that carries another of the table's headers is passed over: headers were
 * swapped by hand there, and the header is what the rest of the add-on goes by.
 */
function recoverRenamed<K extends string>(
  sheet: Sheet,
  def: TableDef<K>,
  headers: readonly string[],
  missing: Column[],
  position: Map<K, number>,
): void {
  for (const column of missing) {
    const found = sheet
      .createDeveloperMetadataFinder()
      .withKey(COLUMN_METADATA_KEY)
      .withValue(column.key)
      .find();
    for (const md of found) {
      const at = md.getLocation().getColumn()?.getColumn();
      if (at === undefined || headedByContract(def, headers, at)) continue;
      position.set(column.key as K, at);
      break;
    }
  }
}

export function columnOf<K extends string>(layout: Layout<K>, key: K): number {
  const at = layout.position.get(key);
  if (at === undefined)
    throw new SetupNeededError(`The "${layout.def.name}" sheet lacks the column for ${key}.`);
  return at;
}

/** A 1-based column number as its letters (28 → "AB"). */
export function columnLetter(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/**
 * `width` columns from `row` down to the sheet's last row, as Sheets finds it when the call runs
 * (an open-ended A1 reference such as "C2:E"). People add and delete rows while Set up runs and the
 * document lock does not stop them: a height read a call earlier could already be past the end
 * (getRange then throws) or short of it.
 */
export function columnsFrom(
  sheet: Sheet,
  row: number,
  column: number,
  width = 1,
): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(openA1(row, column, width));
}

/** Columns from a row down, open-ended ("C2:E"), as columnsFrom and getRangeList take it. */
export const openA1 = (row: number, column: number, width = 1): string =>
  `${columnLetter(column)}${row}:${columnLetter(column + width - 1)}`;

/** A whole column in A1 notation ("C:C"), as protections and rules are compared by. */
export const columnA1 = (column: number): string => `${columnLetter(column)}:${columnLetter(column)}`;

/** A block of cells in A1 notation, as getRangeList takes it. */
export const a1Of = (row: number, column: number, rows: number, columns: number): string =>
  `${columnLetter(column)}${row}:${columnLetter(column + columns - 1)}${row + rows - 1}`;

/** Split sorted 1-based positions into runs of adjacent columns: one range call per run. */
export function runsOf(positions: readonly number[]): Array<{ start: number; length: number }> {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  const runs: Array<{ start: number; length: number }> = [];
  for (const p of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.length === p) last.length++;
    else runs.push({ start: p, length: 1 });
  }
  return runs;
}
