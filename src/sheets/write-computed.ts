/**
 * Writes computed columns back, matched by record ID, never touching an entered cell.
 * Only changed cells are written; nearby changed rows share one setValues when rewriting the
 * unchanged rows between them (with the values just read) is cheaper than another call.
 */
import type { Column } from './columns';
import { type Layout, locate, runsOf } from './layout';
import { type Cell, type Snapshot, sameCell } from './table';

/** Rewriting this many unchanged cells costs about one extra call (22 µs a cell vs ~0.1 s a call). */
const GAP_CELLS_PER_CALL = 4500;

export interface ComputedChanges<K extends string> {
  readonly values?: ReadonlyMap<string, Partial<Record<K, Cell>>>;
  readonly notes?: ReadonlyMap<string, Partial<Record<K, string>>>;
}

export interface WriteReport {
  readonly cells: number;
  readonly ranges: number;
  /** IDs whose rows disappeared between the read and the write. */
  readonly missing: readonly string[];
}

/** Call while holding the document lock. */
export function writeComputed<K extends string>(
  snapshot: Snapshot<K>,
  changes: ComputedChanges<K>,
): WriteReport {
  const def = snapshot.layout.def;
  const computedKeys = new Set(
    def.columns.filter((c: Column) => c.owner === 'computed').map((c) => c.key as K),
  );
  const values = changedOnly(changes.values, snapshot, computedKeys, (id, k) => snapshot.byId.get(id)?.[k]);
  const notes = changedOnly(
    changes.notes,
    snapshot,
    computedKeys,
    (id, k) => snapshot.notes.get(id)?.[k] ?? '',
  );
  if (values.size === 0 && notes.size === 0) return { cells: 0, ranges: 0, missing: [] };

  // Fresh positions and row numbers: people may have moved columns or sorted rows since the read.
  const layout = locate(snapshot.layout.sheet.getParent(), def, [...computedKeys]);
  const idColumn = layout.position.get('id' as K)!;
  const report = { cells: 0, ranges: 0 };
  let rowOf = currentRows(layout.sheet, idColumn);
  const missing = [...new Set([...values.keys(), ...notes.keys()])].filter((id) => !rowOf.has(id));
  const writers = [
    writer('values', values, snapshot, layout, report),
    writer('notes', notes, snapshot, layout, report),
  ];
  // A person may sort between our ID read and our write (the document lock does not stop people):
  // check the IDs again and rewrite every row a block touched until they hold still.
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    for (const write of writers) write(rowOf);
    const now = currentRows(layout.sheet, idColumn);
    if (sameRows(rowOf, now)) break;
    rowOf = now;
  }
  return { ...report, missing };
}

const MAX_ATTEMPTS = 3;

function sameRows(a: Map<string, number>, b: Map<string, number>): boolean {
  return a.size === b.size && [...a].every(([id, row]) => b.get(id) === row);
}

/** Writes one kind of change; each call writes the IDs changed so far plus any a block touched. */
function writer<K extends string>(
  kind: 'values' | 'notes',
  changed: Map<string, Partial<Record<K, unknown>>>,
  snapshot: Snapshot<K>,
  layout: Layout<K>,
  report: { cells: number; ranges: number },
): (rowOf: Map<string, number>) => void {
  const keys = keysIn(changed);
  const known = (id: string, key: K) =>
    kind === 'values' ? snapshot.byId.get(id)?.[key] : (snapshot.notes.get(id)?.[key] ?? '');
  const canFill = (key: K) => (kind === 'values' ? snapshot.keys : snapshot.noteKeys).includes(key);
  const intended = (id: string, key: K) => {
    const change = changed.get(id);
    return change && key in change ? change[key] : known(id, key);
  };
  const pending = new Map(changed);
  return (rowOf) => {
    for (const block of blocks(layout.position, keys, pending, rowOf, canFill, (id) =>
      snapshot.byId.has(id),
    )) {
      const grid = block.ids.map((id) => block.keys.map((key) => intended(id, key)));
      const range = layout.sheet.getRange(block.row, block.column, grid.length, block.keys.length);
      if (kind === 'values') range.setValues(grid as Cell[][]);
      else range.setNotes(grid as string[][]);
      report.cells += grid.length * block.keys.length;
      report.ranges++;
      // Rows written as a gap now hold our values too; a retry must put them right as well.
      for (const id of block.ids)
        if (!pending.has(id))
          pending.set(
            id,
            Object.fromEntries(block.keys.map((k) => [k, intended(id, k)])) as Partial<Record<K, unknown>>,
          );
    }
  };
}

function changedOnly<K extends string, V>(
  input: ReadonlyMap<string, Partial<Record<K, V>>> | undefined,
  snapshot: Snapshot<K>,
  computedKeys: Set<K>,
  old: (id: string, key: K) => unknown,
): Map<string, Partial<Record<K, V>>> {
  const out = new Map<string, Partial<Record<K, V>>>();
  for (const [id, change] of input ?? []) {
    const kept: Partial<Record<K, V>> = {};
    let any = false;
    for (const key of Object.keys(change) as K[]) {
      if (!computedKeys.has(key)) throw new Error(`Refusing to write the entered column "${key}" of ${id}`);
      if (snapshot.byId.has(id) && sameCell(old(id, key), change[key])) continue;
      kept[key] = change[key];
      any = true;
    }
    if (any) out.set(id, kept);
  }
  return out;
}

function keysIn<K extends string>(changes: Map<string, Partial<Record<K, unknown>>>): K[] {
  const keys = new Set<K>();
  for (const change of changes.values()) for (const key of Object.keys(change) as K[]) keys.add(key);
  return [...keys];
}

function currentRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, idColumn: number): Map<string, number> {
  const height = sheet.getLastRow() - 1;
  const rowOf = new Map<string, number>();
  if (height <= 0) return rowOf;
  const ids = sheet.getRange(2, idColumn, height, 1).getValues();
  ids.forEach((cell, i) => {
    const id = String(cell[0]).trim();
    if (id !== '' && !rowOf.has(id)) rowOf.set(id, i + 2);
  });
  return rowOf;
}

interface Block<K> {
  row: number;
  column: number;
  keys: K[];
  /** The ID on each row of the block. */
  ids: string[];
}

/** Blocks of adjacent computed columns x runs of changed rows, gaps merged when cheaper. */
function blocks<K extends string>(
  position: ReadonlyMap<K, number>,
  keys: K[],
  changed: Map<string, Partial<Record<K, unknown>>>,
  rowOf: Map<string, number>,
  canFill: (key: K) => boolean,
  inSnapshot: (id: string) => boolean,
): Block<K>[] {
  const keyAt = new Map(keys.map((k) => [position.get(k)!, k] as const));
  const idAt = new Map([...rowOf].map(([id, row]) => [row, id] as const));
  const out: Block<K>[] = [];
  for (const run of runsOf([...keyAt.keys()])) {
    const runKeys = Array.from({ length: run.length }, (_, i) => keyAt.get(run.start + i)!);
    const rows = [...changed.keys()]
      .filter((id) => rowOf.has(id) && runKeys.some((k) => k in changed.get(id)!))
      .map((id) => rowOf.get(id)!)
      .sort((a, b) => a - b);
    const fillable = runKeys.every(canFill);
    let current: Block<K> | undefined;
    for (const row of rows) {
      const gap = current ? row - (current.row + current.ids.length) : Infinity;
      const bridgeable =
        current &&
        fillable &&
        gap * run.length < GAP_CELLS_PER_CALL &&
        gapIsKnown(current, row, idAt, inSnapshot);
      if (current && (gap === 0 || bridgeable)) {
        for (let r = current.row + current.ids.length; r <= row; r++) current.ids.push(idAt.get(r)!);
      } else {
        current = { row, column: run.start, keys: runKeys, ids: [idAt.get(row)!] };
        out.push(current);
      }
    }
  }
  return out;
}

/** A gap row can be rewritten only with values we read for that same ID. */
function gapIsKnown<K>(
  block: Block<K>,
  row: number,
  idAt: Map<number, string>,
  inSnapshot: (id: string) => boolean,
): boolean {
  for (let r = block.row + block.ids.length; r < row; r++) {
    const id = idAt.get(r);
    if (id === undefined || !inSnapshot(id)) return false;
  }
  return true;
}
