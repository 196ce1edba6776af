/**
 * Writes the jobs' columns (computed and shared) back, matched by record ID, never touching an
 * entered cell.
 * Only changed cells are written; nearby changed rows share one setValues when rewriting the
 * unchanged rows between them (with the values just read) is cheaper than another call. A note
 * the caller gives is written as given (it gives only those it believes changed); a note between
 * them that nobody read is read first and rewritten as it was.
 */
import { isWrittenByJobs } from './columns';
import { confirmLayout, type Layout, runsOf } from './layout';
import { withinSheet } from './past-the-edge';
import { currentRows, type Rows, sameRows } from './rows';
import { type Cell, type Snapshot, sameCell } from './table';

/**
 * Rewriting this many unchanged cells costs about as much as one more block: a block is two calls
 * (getRange, then setValues), some 0.2 s, and a cell written some 22 µs.
 */
const GAP_CELLS_PER_BLOCK = 9000;

export interface ComputedChanges<K extends string> {
  readonly values?: ReadonlyMap<string, Partial<Record<K, Cell>>>;
  readonly notes?: ReadonlyMap<string, Partial<Record<K, string>>>;
}

export interface WriteReport {
  readonly cells: number;
  readonly ranges: number;
  /** IDs whose rows disappeared between the read and the write. */
  readonly missing: readonly string[];
  /**
   * Rows moved under a write and were put right. Notes read only now (for gap rows) are matched to
   * IDs by the rows as last read, so after a move a caller that keeps notes may want to rewrite them.
   */
  readonly repaired: boolean;
}

const UNREAD = Symbol('unread');

/** Call while holding the document lock. */
export function writeComputed<K extends string>(
  snapshot: Snapshot<K>,
  changes: ComputedChanges<K>,
): WriteReport {
  const def = snapshot.layout.def;
  const computedKeys = new Set(def.columns.filter(isWrittenByJobs).map((c) => c.key as K));
  const values = changedOnly(changes.values, snapshot, computedKeys, (id, k) => snapshot.byId.get(id)?.[k]);
  const notes = changedOnly(changes.notes, snapshot, computedKeys, (id, k) => {
    const known = snapshot.notes.get(id)?.[k];
    return known ?? (snapshot.noteKeys.includes(k) ? '' : UNREAD);
  });
  if (values.size === 0 && notes.size === 0) return { cells: 0, ranges: 0, missing: [], repaired: false };

  // People may have moved columns since the read: the header row is checked before writing. Rows
  // they sorted since the IDs were last read are found by the check after writing, and put right.
  const layout = confirmLayout(snapshot.layout, [...computedKeys]);
  const idColumn = layout.position.get('id' as K)!;
  const report = { cells: 0, ranges: 0 };
  // Rows deleted since the IDs were read could leave a write past the sheet's end: a changed row
  // count means reading the IDs afresh first.
  let rows = snapshot.positions;
  if (layout.sheet.getLastRow() - 1 !== rows.ids.length) rows = currentRows(layout.sheet, idColumn);
  let repaired = false;
  const writers = [
    writer('values', values, snapshot, layout, report),
    writer('notes', notes, snapshot, layout, report),
  ];
  // A person may sort, insert or delete rows between our ID read and our write (the document lock
  // does not stop people): check the IDs again and, while they moved, put right every row a write
  // touched (whoever sits there now) and rewrite our IDs on their new rows, until they hold still.
  let settled = false;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const touched = writers.map((write) => write(rows));
    settled = landed(layout.sheet, idColumn, touched.flat(), rows);
    if (settled) break;
    const now = currentRows(layout.sheet, idColumn);
    settled = sameRows(rows, now);
    rows = now;
    if (settled) break;
    repaired = true;
    touched.forEach((blocks, i) => {
      writers[i]!.repair(blocks, now);
    });
  }
  if (!settled) {
    // Some values may sit on the wrong records until the next run computes them again: say so.
    throw new Error(
      `The "${def.name}" sheet kept changing while it was written (rows sorted, inserted or deleted); the next run will put its computed columns right.`,
    );
  }
  snapshot.positions = rows;
  remember(snapshot, values, notes);
  const missing = [...new Set([...values.keys(), ...notes.keys()])].filter((id) => !rows.rowOf.has(id));
  return { ...report, missing, repaired };
}

/**
 * Whether every row from the first written to the last still holds the ID it held when we wrote
 * (one read of that stretch of the ID column): then each write sat on its own record, whatever
 * moved elsewhere. Otherwise the caller reads every ID and puts right what a move misplaced.
 */
function landed<K>(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  idColumn: number,
  written: Written<K>[],
  rows: Rows,
) {
  if (written.length === 0) return true;
  const first = Math.min(...written.map((w) => w.row));
  const last = Math.max(...written.map((w) => w.row + w.ids.length - 1));
  if (last - 1 > rows.ids.length) return false;
  // Rows deleted past the sheet's new end (null): the full read finds where everything went.
  const ids = withinSheet(sheet, { row: last }, () =>
    sheet.getSheetValues(first, idColumn, last - first + 1, 1),
  );
  return ids?.every(([cell], i) => String(cell ?? '').trim() === rows.ids[first - 2 + i]) ?? false;
}

/**
 * The snapshot now holds what was written: a later write from it (e.g. the next email's Mailed
 * stamps) rewrites gap rows with these values, not the stale ones first read.
 */
function remember<K extends string>(
  snapshot: Snapshot<K>,
  values: Map<string, Partial<Record<K, Cell>>>,
  notes: Map<string, Partial<Record<K, string>>>,
): void {
  for (const [id, change] of values) {
    const row = snapshot.byId.get(id);
    if (row) Object.assign(row, change);
  }
  for (const [id, change] of notes)
    if (snapshot.byId.has(id)) snapshot.notes.set(id, { ...snapshot.notes.get(id), ...change });
}

const MAX_ATTEMPTS = 4;

/** A range a write covered: `ids` are the IDs it was meant for, one per row. */
interface Written<K> {
  row: number;
  column: number;
  keys: K[];
  ids: (string | undefined)[];
}

interface Writer<K> {
  /** Writes what is pending at the rows given; returns the ranges written. */
  (rows: Rows): Written<K>[];
  /** After rows moved: queues a rewrite for whoever now sits on a row `written` covered. */
  repair(written: Written<K>[], now: Rows): void;
}

/** Writes one kind of change; each call writes the IDs changed so far plus any a write touched. */
function writer<K extends string>(
  kind: 'values' | 'notes',
  changed: Map<string, Partial<Record<K, unknown>>>,
  snapshot: Snapshot<K>,
  layout: Layout<K>,
  report: { cells: number; ranges: number },
): Writer<K> {
  // A gap row's notes the read left out are read when a block bridges it (learnNotes).
  const canFill = (key: K) => kind === 'notes' || snapshot.keys.includes(key);
  const keys = bridged(keysIn(changed), layout, canFill);
  const known = (id: string, key: K) =>
    kind === 'values' ? snapshot.byId.get(id)?.[key] : (snapshot.notes.get(id)?.[key] ?? '');
  const intended = (id: string, key: K) => {
    const change = changed.get(id);
    return change && key in change ? change[key] : known(id, key);
  };
  const pending = new Map(changed);
  /** Rows a write landed on that now hold no record we read (new, blank or a repeated ID). */
  let clears: Written<K>[] = [];
  const put = (row: number, column: number, grid: unknown[][]) => {
    const range = layout.sheet.getRange(row, column, grid.length, grid[0]!.length);
    if (kind === 'values') range.setValues(grid as Cell[][]);
    else range.setNotes(grid as string[][]);
    report.cells += grid.length * grid[0]!.length;
    report.ranges++;
  };
  let firstPass = true;
  const write = (rows: Rows): Written<K>[] => {
    const written: Written<K>[] = [];
    // A record typed into a row we wrote by mistake had these cells empty (they are computed, and
    // new records start without them): empty them again. The next run computes them.
    for (const clear of clears) {
      put(
        clear.row,
        clear.column,
        clear.ids.map(() => clear.keys.map(() => '')),
      );
      written.push(clear);
    }
    clears = [];
    for (const block of blocks(layout.position, keys, pending, rows, canFill, (id) =>
      snapshot.byId.has(id),
    )) {
      if (kind === 'notes') learnNotes(block);
      const grid = block.ids.map((id) => block.keys.map((key) => intended(id, key)));
      // After rows moved, a cell may hold what our own first write left on the wrong record.
      if (kind === 'values' && firstPass) keepPeoples(block, grid);
      put(block.row, block.column, grid);
      written.push(block);
      // Rows written as a gap now hold our values too; a retry must put them right as well.
      for (const id of block.ids) include(id, block.keys);
    }
    firstPass = false;
    return written;
  };
  /**
   * A shared column's cell a person set since the job read it (a survey closed by hand while the
   * job ran) is theirs: it becomes what the job means to write there, so the block, and any rewrite
   * after rows move, carries it as it is. Judged on the first pass only, and only on rows still
   * holding the record the block is meant for (the check after writing puts moved rows right).
   */
  const keepPeoples = (block: Block<K>, grid: unknown[][]) => {
    const sharedAt = block.keys.flatMap((key, j) => (isShared(layout, key) ? [j] : []));
    if (sharedAt.length === 0) return;
    const { sheet } = layout;
    const height = block.ids.length;
    // Values, then IDs: a row whose ID is still its record's after both reads held that record's
    // cells at the first (a sort between them shows as a changed ID).
    const now = sheet.getSheetValues(block.row, block.column, height, block.keys.length);
    const ids = sheet.getSheetValues(block.row, layout.position.get('id' as K)!, height, 1);
    block.ids.forEach((id, i) => {
      if (String(ids[i]![0] ?? '').trim() !== id) return;
      for (const j of sharedAt) {
        const key = block.keys[j]!;
        const cell = now[i]![j] as Cell;
        if (sameCell(cell, known(id, key))) continue;
        grid[i]![j] = cell;
        changed.set(id, { ...changed.get(id), [key]: cell });
        pending.set(id, { ...pending.get(id), [key]: cell });
      }
    });
  };
  /** The notes of a block's gap rows that nobody read yet, in one read of the block. */
  const learnNotes = (block: Block<K>) => {
    const unknown = (id: string, key: K) =>
      !(key in (changed.get(id) ?? {})) && snapshot.notes.get(id)?.[key] === undefined;
    if (!block.ids.some((id) => block.keys.some((key) => unknown(id, key)))) return;
    const grid = layout.sheet
      .getRange(block.row, block.column, block.ids.length, block.keys.length)
      .getNotes();
    block.ids.forEach((id, i) => {
      const notes: Partial<Record<K, string>> = { ...snapshot.notes.get(id) };
      block.keys.forEach((key, j) => {
        if (unknown(id, key)) notes[key] = grid[i]![j]!;
      });
      snapshot.notes.set(id, notes);
    });
  };
  const include = (id: string, blockKeys: readonly K[]) => {
    const change = { ...pending.get(id) } as Partial<Record<K, unknown>>;
    for (const k of blockKeys) if (!(k in change)) change[k] = intended(id, k);
    pending.set(id, change);
  };
  return Object.assign(write, {
    repair(written: Written<K>[], now: Rows) {
      for (const range of written) {
        range.ids.forEach((_, i) => {
          const row = range.row + i;
          const id = now.ids[row - 2] ?? '';
          const ours = id !== '' && snapshot.byId.has(id) && now.rowOf.get(id) === row;
          if (ours && range.keys.every((k) => canFill(k) || k in (changed.get(id) ?? {})))
            include(id, range.keys);
          else clears.push({ row, column: range.column, keys: range.keys, ids: [id] });
        });
      }
    },
  });
}

const isShared = <K extends string>(layout: Layout<K>, key: K) =>
  layout.def.columns.some((c) => c.key === key && c.owner === 'shared');

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

/**
 * The changed keys plus the unchanged computed columns we read that sit between them, rewritten
 * as read: one range per row block instead of one per column run, so a run stopped midway
 * leaves each record's cells all old or all new.
 */
function bridged<K extends string>(keys: K[], layout: Layout<K>, canFill: (key: K) => boolean): K[] {
  const at = keys.map((k) => layout.position.get(k)!);
  const [first, last] = [Math.min(...at), Math.max(...at)];
  const between = layout.def.columns
    .filter(isWrittenByJobs)
    .map((c) => c.key as K)
    .filter((k) => {
      const p = layout.position.get(k);
      return p !== undefined && p > first && p < last && !keys.includes(k) && canFill(k);
    });
  return [...keys, ...between];
}

function keysIn<K extends string>(changes: Map<string, Partial<Record<K, unknown>>>): K[] {
  const keys = new Set<K>();
  for (const change of changes.values()) for (const key of Object.keys(change) as K[]) keys.add(key);
  return [...keys];
}

interface Block<K> {
  row: number;
  column: number;
  keys: K[];
  /** The ID on each row of the block. */
  ids: string[];
}

/**
 * Blocks of adjacent computed columns x runs of changed rows, gaps merged when cheaper. A run of
 * adjacent columns is split into the groups of neighbours that cost least to write (a column that
 * changes on many rows need not drag its quiet neighbours along).
 */
function blocks<K extends string>(
  position: ReadonlyMap<K, number>,
  keys: K[],
  changed: Map<string, Partial<Record<K, unknown>>>,
  rows: Rows,
  canFill: (key: K) => boolean,
  inSnapshot: (id: string) => boolean,
): Block<K>[] {
  const keyAt = new Map(keys.map((k) => [position.get(k)!, k] as const));
  const { rowOf } = rows;
  // The record on a row: a repeated ID's later rows hold none of ours.
  const idAt = (row: number): string | undefined => {
    const id = rows.ids[row - 2];
    return id !== undefined && rowOf.get(id) === row ? id : undefined;
  };
  let [first, last] = [Number.POSITIVE_INFINITY, 0];
  for (const id of changed.keys()) {
    const row = rowOf.get(id);
    if (row !== undefined) [first, last] = [Math.min(first, row), Math.max(last, row)];
  }
  const unknown = unknownRows(first, last, (row) => {
    const id = idAt(row);
    return id === undefined || !inSnapshot(id);
  });
  // Each changed row once, in order, with a bit per changed key: a group's rows are a filter
  // (the split tries every group of neighbours, and sorting every time cost seconds at 18,000 rows;
  // a table has at most a dozen job columns, well inside a 31-bit mask).
  const bit = new Map(keys.map((k, i) => [k, 2 ** i] as const));
  const changedRows: { row: number; mask: number }[] = [];
  for (const [id, change] of changed) {
    const row = rowOf.get(id);
    let mask = 0;
    for (const k of Object.keys(change) as K[]) mask |= bit.get(k) ?? 0;
    if (row !== undefined && mask !== 0) changedRows.push({ row, mask });
  }
  changedRows.sort((a, b) => a.row - b.row);
  const plan = (column: number, runKeys: K[]) => {
    const group = runKeys.reduce((m, k) => m | (bit.get(k) ?? 0), 0);
    const rows = changedRows.filter((r) => (r.mask & group) !== 0).map((r) => r.row);
    return rowSpans(column, runKeys, rows, runKeys.every(canFill), unknown);
  };
  const out: Block<K>[] = [];
  for (const run of runsOf([...keyAt.keys()])) {
    const runKeys = Array.from({ length: run.length }, (_, i) => keyAt.get(run.start + i)!);
    for (const span of cheapestSplit(run.length, (from, to) =>
      plan(run.start + from, runKeys.slice(from, to)),
    )) {
      const ids = Array.from({ length: span.height }, (_, i) => idAt(span.row + i)!);
      out.push({ row: span.row, column: span.column, keys: span.keys, ids });
    }
  }
  return out;
}

/** A block as planned: its rows are named only once the plan is chosen. */
interface Span<K> {
  row: number;
  height: number;
  column: number;
  keys: K[];
}

/** A plan's cost in cells: a block weighs as much as rewriting GAP_CELLS_PER_BLOCK cells. */
const cost = <K>(plan: readonly Span<K>[]) =>
  plan.reduce((n, b) => n + GAP_CELLS_PER_BLOCK + b.height * b.keys.length, 0);

/** The cheapest plan over `n` adjacent columns cut into groups, each planned by `planOf(from, to)`. */
function cheapestSplit<K>(n: number, planOf: (from: number, to: number) => Span<K>[]): Span<K>[] {
  // best[j]: the cheapest plan for the first j columns (at most 7 computed columns: 28 groups).
  const best: { cost: number; spans: Span<K>[] }[] = [{ cost: 0, spans: [] }];
  for (let to = 1; to <= n; to++) {
    for (let from = 0; from < to; from++) {
      const group = planOf(from, to);
      const total = best[from]!.cost + cost(group);
      if (best[to] === undefined || total < best[to]!.cost)
        best[to] = { cost: total, spans: [...best[from]!.spans, ...group] };
    }
  }
  return best[n]!.spans;
}

/**
 * Counts of rows a gap may not bridge (no record of ours, or one the read left out), from row
 * `first` to `last`, so whether a gap holds any is one subtraction: `unknown(a, b)` counts them on
 * rows a to b - 1.
 */
function unknownRows(
  first: number,
  last: number,
  isUnknown: (row: number) => boolean,
): (from: number, to: number) => number {
  // before[k]: such rows from `first` up to row first + k - 1.
  const before = new Int32Array(last >= first ? last - first + 2 : 0);
  for (let k = 0; first + k <= last; k++) before[k + 1] = before[k]! + (isUnknown(first + k) ? 1 : 0);
  return (from, to) => before[to - first]! - before[from - first]!;
}

function rowSpans<K extends string>(
  column: number,
  runKeys: K[],
  rows: readonly number[],
  fillable: boolean,
  unknown: (from: number, to: number) => number,
): Span<K>[] {
  const out: Span<K>[] = [];
  let current: Span<K> | undefined;
  for (const row of rows) {
    const end = current ? current.row + current.height : 0;
    const gap = current ? row - end : Infinity;
    // A gap row can be rewritten only with values we read for that same ID.
    const bridgeable =
      current && fillable && gap * runKeys.length < GAP_CELLS_PER_BLOCK && unknown(end, row) === 0;
    if (current && (gap === 0 || bridgeable)) current.height = row - current.row + 1;
    else {
      current = { row, height: 1, column, keys: runKeys };
      out.push(current);
    }
  }
  return out;
}
