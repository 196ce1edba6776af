/**
 * Reading a table in few calls and writing computed columns back by record ID.
 * A job reads a snapshot, computes, then (under the document lock) writes only the cells whose
 * value changed. Rows may have been sorted, inserted or deleted in between: the writer re-reads
 * the headers and the ID column first and places every value on its own ID's row.
 */
import { valueSetReaders } from './cell-values';
import type { TableDef } from './columns';
import { columnOf, type Layout, locate, runsOf } from './layout';
import { withinSheet } from './past-the-edge';
import { type Rows, rowsOf } from './rows';

export type Cell = string | number | boolean | Date;
export type Row<K extends string> = Record<K, Cell>;

export interface Snapshot<K extends string> {
  readonly layout: Layout<K>;
  readonly keys: readonly K[];
  readonly noteKeys: readonly K[];
  /** Records in sheet order; rows without an ID are left out. */
  readonly rows: Row<K>[];
  readonly notes: Map<string, Partial<Record<K, string>>>;
  readonly byId: Map<string, Row<K>>;
  /** Where each ID sat when the read was checked, kept current by each write from this snapshot. */
  positions: Rows;
}

export interface ReadOptions<K extends string> {
  /** Columns to read (ID always); default all. Fewer columns, fewer cells read. */
  readonly keys?: readonly K[];
  /** Columns whose notes the job rewrites, read so unchanged notes can be rewritten as they are. */
  readonly noteKeys?: readonly K[];
}

export function readTable<K extends string>(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  def: TableDef<K>,
  options: ReadOptions<K> = {},
): Snapshot<K> {
  return readChecked(ss, def, options, 'id' as K);
}

/**
 * The records of a table a job only reads, never writes back, told apart by a column it needs
 * anyway (Interactions by Customer ID) instead of their IDs: the ID column, 200,000 cells of
 * Interactions at L, is not read. Every row with that column filled is a record. The check after a
 * read of several calls compares that column: a sort that only reorders rows of the same customer
 * can get past it, and then pairs cells of two of that customer's records for one run.
 */
export function readRecords<K extends string>(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  def: TableDef<K>,
  keys: readonly K[],
  by: K,
): { readonly rows: Row<K>[] } {
  return { rows: readChecked(ss, def, { keys }, by).rows };
}

function readChecked<K extends string>(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  def: TableDef<K>,
  options: ReadOptions<K>,
  by: K,
): Snapshot<K> {
  // A read takes several calls and people's edits are not held off by the document lock: a sort,
  // an insert or a delete between two of them would pair one record's cells with another's. Each
  // read is checked against the ID column read afresh afterwards and, if rows moved, read again.
  for (let attempt = 1; ; attempt++) {
    const read = readOnce(ss, def, options, by);
    if (read && stillInPlace(read, by)) return read.snapshot;
    if (attempt >= READ_ATTEMPTS) {
      throw new Error(
        `The "${def.name}" sheet kept changing while it was read (rows sorted, inserted or deleted); nothing was written. The next run will try again.`,
      );
    }
  }
}

const READ_ATTEMPTS = 4;

interface Read<K extends string> {
  readonly snapshot: Snapshot<K>;
  readonly height: number;
  /** The ID column as read, one entry per row. */
  readonly ids: readonly unknown[];
  /** Whether everything but the row count came from a single call (so cannot be torn). */
  readonly oneCall: boolean;
}

/**
 * Whether every row read still holds the ID it held when the read began (the ID column read
 * afresh). Rows added below since then do not matter (the snapshot leaves them out, and a writer
 * counts the rows afresh). Rows deleted show as IDs moved up, or as a read past the sheet's new end.
 */
function stillInPlace<K extends string>(read: Read<K>, by: K): boolean {
  // One getValues cannot be torn.
  if (read.oneCall || read.height <= 0) return true;
  const { sheet, position } = read.snapshot.layout;
  const ids = withinSheet(sheet, { row: read.height + 1 }, () =>
    sheet.getSheetValues(2, position.get(by)!, read.height, 1),
  );
  return ids?.every(([cell], i) => sameCell(cell, read.ids[i])) ?? false;
}

/** `by`: the column that tells records apart; unless it is the ID, a record per filled row. */
function readOnce<K extends string>(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  def: TableDef<K>,
  options: ReadOptions<K>,
  by: K,
): Read<K> | null {
  const keys = withKey(options.keys ?? def.columns.map((c) => c.key), by);
  const noteKeys = options.noteKeys ?? [];
  const layout = locate(ss, def, keys);
  const height = layout.sheet.getLastRow() - 1;
  const { sheet } = layout;
  const grids = withinSheet(sheet, { row: height + 1 }, () => ({
    values: readColumns(layout, keys, height, (c, w) => sheet.getSheetValues(2, c, height, w)),
    notes: readColumns(layout, noteKeys, height, (c, w) => sheet.getRange(2, c, height, w).getNotes()),
  }));
  if (!grids) return null;
  const { values, notes: noteValues } = grids;
  readValueSets(def, values, height, by);
  const rows: Row<K>[] = [];
  const byId = new Map<string, Row<K>>();
  const notes = new Map<string, Partial<Record<K, string>>>();
  const idCells = values.get(by);
  const ids = idCells ? idCells.grid.map((row) => row[idCells.offset]) : [];
  // Where each ID sits, and its text (trimmed once, for the records and a writer alike).
  const positions = rowsOf(ids);
  const rowAt = height > 0 ? rowMaker(keys, values) : undefined;
  const unique = by === ('id' as K);
  for (let i = 0; i < height; i++) {
    const id = positions.ids[i]!;
    if (id === '' || byId.has(id)) continue;
    const row = rowAt!(i);
    rows.push(row);
    if (unique) byId.set(id, row);
    if (noteKeys.length > 0) notes.set(id, pick(noteValues, noteKeys, i));
  }
  const calls = runsOf(keys.map((k) => columnOf(layout, k))).length + (noteKeys.length > 0 ? 1 : 0);
  return {
    snapshot: { layout, keys, noteKeys, rows, notes, byId, positions },
    height,
    ids,
    oneCall: calls <= 1,
  };
}

function withKey<K extends string>(keys: readonly K[], key: K): K[] {
  return keys.includes(key) ? [...keys] : [key, ...keys];
}

function pick<K extends string>(columns: Map<K, Cells>, keys: readonly K[], i: number) {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const { grid, offset } = columns.get(key)!;
    out[key] = String(grid[i]![offset] ?? '');
  }
  return out;
}

/**
 * Makes a row's record straight from the grids read, as one object literal of fixed shape. Built
 * key by key, 100,000 records of 20-odd keys cost a fresh Apps Script run some 300 ms of hidden
 * class work; a literal costs a tenth of that. The literal is compiled from the table's own keys
 * (code names such as "resolveDue", never anything read from the sheet).
 */
function rowMaker<K extends string>(keys: readonly K[], values: Map<K, Cells>): (i: number) => Row<K> {
  const grids: unknown[][][] = [];
  const fields = keys.map((key) => {
    if (!/^\w+$/.test(key)) throw new Error(`A column key must be a plain name, not "${key}"`);
    const { grid, offset } = values.get(key)!;
    const at = grids.includes(grid) ? grids.indexOf(grid) : grids.push(grid) - 1;
    return `${key}: G[${at}][i][${offset}]`;
  });
  const make = new Function('G', 'i', `return { ${fields.join(', ')} };`) as (
    G: unknown[][][],
    i: number,
  ) => Row<K>;
  return (i) => make(grids, i);
}

/**
 * Value-set cells as the items they name (valueSetReader), in place; not `by`'s, which is compared
 * as read to tell whether rows moved.
 */
function readValueSets<K extends string>(
  def: TableDef<K>,
  values: Map<K, Cells>,
  height: number,
  by: K,
): void {
  for (const [key, read] of valueSetReaders(def)) {
    const cells = key === by ? undefined : values.get(key);
    if (!cells) continue;
    for (let i = 0; i < height; i++) {
      const row = cells.grid[i]!;
      row[cells.offset] = read(row[cells.offset] as Cell);
    }
  }
}

/** One column of a grid read for several. */
interface Cells {
  readonly grid: unknown[][];
  readonly offset: number;
}

/**
 * One range call per run of adjacent columns, however many rows: a job makes the same calls over
 * 100 rows as over 100,000 (merging runs across a gap pays only on small sheets).
 */
function readColumns<K extends string>(
  layout: Layout<K>,
  keys: readonly K[],
  height: number,
  get: (column: number, width: number) => unknown[][],
): Map<K, Cells> {
  const out = new Map<K, Cells>();
  if (height <= 0) return out;
  const byPosition = new Map(keys.map((k) => [columnOf(layout, k), k] as const));
  for (const block of runsOf([...byPosition.keys()])) {
    const grid = get(block.start, block.length);
    for (let c = 0; c < block.length; c++) {
      const key = byPosition.get(block.start + c);
      if (key !== undefined) out.set(key, { grid, offset: c });
    }
  }
  return out;
}

/** Equal cells; two dates are equal by their instant. Asked for every ID of a read: `===` first. */
export function sameCell(a: unknown, b: unknown): boolean {
  return a === b || (a instanceof Date && b instanceof Date && a.getTime() === b.getTime());
}
