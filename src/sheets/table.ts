/**
 * Reading a table in few calls and writing computed columns back by record ID.
 * A job reads a snapshot, computes, then (under the document lock) writes only the cells whose
 * value changed. Rows may have been sorted, inserted or deleted in between: the writer re-reads
 * the headers and the ID column first and places every value on its own ID's row.
 */
import type { TableDef } from './columns';
import { columnOf, type Layout, locate, runsOf } from './layout';

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
  const keys = withId(options.keys ?? def.columns.map((c) => c.key));
  const noteKeys = options.noteKeys ?? [];
  const layout = locate(ss, def, keys);
  const height = layout.sheet.getLastRow() - 1;
  const values = height > 0 ? readColumns(layout, keys, height, (r) => r.getValues()) : new Map();
  const noteValues = height > 0 ? readColumns(layout, noteKeys, height, (r) => r.getNotes()) : new Map();
  const rows: Row<K>[] = [];
  const byId = new Map<string, Row<K>>();
  const notes = new Map<string, Partial<Record<K, string>>>();
  const ids = values.get('id' as K) ?? [];
  for (let i = 0; i < height; i++) {
    const id = String(ids[i] ?? '').trim();
    if (id === '' || byId.has(id)) continue;
    const row = {} as Row<K>;
    for (const key of keys) row[key] = values.get(key)![i] as Cell;
    rows.push(row);
    byId.set(id, row);
    if (noteKeys.length > 0) notes.set(id, pick(noteValues, noteKeys, i));
  }
  return { layout, keys, noteKeys, rows, notes, byId };
}

function withId<K extends string>(keys: readonly K[]): K[] {
  return keys.includes('id' as K) ? [...keys] : ['id' as K, ...keys];
}

function pick<K extends string>(columns: Map<K, unknown[]>, keys: readonly K[], i: number) {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) out[key] = String(columns.get(key)![i] ?? '');
  return out;
}

/** One range call per run of adjacent columns, however many rows. */
function readColumns<K extends string>(
  layout: Layout<K>,
  keys: readonly K[],
  height: number,
  get: (range: GoogleAppsScript.Spreadsheet.Range) => unknown[][],
): Map<K, unknown[]> {
  const byPosition = new Map(keys.map((k) => [columnOf(layout, k), k] as const));
  const out = new Map<K, unknown[]>();
  for (const run of runsOf([...byPosition.keys()])) {
    const block = get(layout.sheet.getRange(2, run.start, height, run.length));
    for (let c = 0; c < run.length; c++) {
      out.set(
        byPosition.get(run.start + c)!,
        block.map((row) => row[c]),
      );
    }
  }
  return out;
}

export function sameCell(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  return a === b;
}
