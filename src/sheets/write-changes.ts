/**
 * Writing back the cells of a row, or of a pasted block of rows, that differ from what was read,
 * in few calls, and never over a cell that did not change.
 */
import { a1Of, type Layout, runsOf } from './layout';
import { asStored, isTextColumn } from './literal';
import { type Cell, sameCell } from './table';

/** Writes the cells of one row that differ (see writeRowsChanges). */
export function writeChanges<K extends string>(
  layout: Layout<K>,
  row: number,
  before: Record<K, Cell>,
  after: Partial<Record<K, Cell>>,
): K[] {
  return writeRowsChanges(layout, row, [{ before, after }])[0]!;
}

export interface RowChange<K extends string> {
  readonly before: Record<K, Cell>;
  readonly after: Partial<Record<K, Cell>>;
}

/** Each row's keys whose cell `writeRowsChanges` would write: those that differ. */
export const changedKeys = <K extends string>(layout: Layout<K>, rows: readonly RowChange<K>[]): K[][] =>
  rows.map(({ before, after }) =>
    (Object.keys(after) as K[]).filter((k) => layout.position.has(k) && !sameCell(before[k], after[k])),
  );

/**
 * Writes the cells that differ on consecutive rows from `first`: one read of the block's number
 * formats (they decide how text is written to stay text), then the cheaper of two plans:
 * - a setValues per rectangle of changed cells (the rows where a column changes, joined with
 *   neighbouring columns changing on the same rows);
 * - a RangeList.setValue for each value that many scattered cells take (a paste of mixed statuses
 *   stamps "now" on rows apart from each other), then rectangles for the rest.
 * Returns each row's changed keys.
 */
export function writeRowsChanges<K extends string>(
  layout: Layout<K>,
  first: number,
  rows: readonly RowChange<K>[],
): K[][] {
  const changed = changedKeys(layout, rows);
  if (changed.every((keys) => keys.length === 0)) return changed;
  const { sheet, position } = layout;
  const formats = sheet.getRange(first, 1, rows.length, layout.headers.length).getNumberFormats();
  const text = (k: K) => isTextColumn(layout.def.columns.find((c) => c.key === k)!);
  const stored = changed.map(
    (keys, r) =>
      new Map(
        keys.map((k) => [
          k,
          asStored(rows[r]!.after[k] as Cell, formats[r]![position.get(k)! - 1] ?? '', text(k)),
        ]),
      ),
  );
  const plan = planWrites(layout, changed, stored);
  const a1 = ({ start, count, keys }: Rectangle<K>) =>
    a1Of(first + start, position.get(keys[0]!)!, count, keys.length);
  for (const { value, rects } of plan.shared) sheet.getRangeList(rects.map(a1)).setValue(value);
  for (const { start, count, keys } of plan.rectangles) {
    const grid = stored.slice(start, start + count).map((cells) => keys.map((key) => cells.get(key)!));
    sheet.getRange(first + start, position.get(keys[0]!)!, count, keys.length).setValues(grid);
  }
  return changed;
}

interface Plan<K> {
  /** Values each written to several rectangles at once. */
  shared: Array<{ value: Cell; rects: Rectangle<K>[] }>;
  rectangles: Rectangle<K>[];
}

/**
 * Stamps take few values ("now", empty): the most common few are enough, and trying every choice
 * of them stays cheap (64 plans).
 */
const MOST_SHARED = 6;

/**
 * The fewest writes: rectangles alone, or some of the values shared by cells far apart each in one
 * RangeList and rectangles for the rest. Every choice of those values is tried, since one taken
 * alone can leave the rest as scattered as before (empty Waiting Since and 120 Paused Minutes on
 * every other row only pay off together). Every write costs two calls (getRange or getRangeList,
 * then the write).
 */
function planWrites<K extends string>(
  layout: Layout<K>,
  changed: readonly K[][],
  stored: ReadonlyArray<ReadonlyMap<K, Cell>>,
): Plan<K> {
  const candidates = valueGroups(changed, stored, MOST_SHARED)
    .map((group) => ({ ...group, rects: rectangles(layout, group.changed) }))
    .filter((group) => group.rects.length > 1);
  const writes = (plan: Plan<K>) => plan.shared.length + plan.rectangles.length;
  let best: Plan<K> = { shared: [], rectangles: rectangles(layout, changed) };
  for (let choice = 1; choice < 1 << candidates.length; choice++) {
    const chosen = candidates.filter((_, i) => choice & (1 << i));
    const left = changed.map((keys, r) => keys.filter((k) => !chosen.some((g) => g.changed[r]!.includes(k))));
    const plan = {
      shared: chosen.map(({ value, rects }) => ({ value, rects })),
      rectangles: rectangles(layout, left),
    };
    if (writes(plan) < writes(best)) best = plan;
  }
  return best;
}

/** The changed cells of the values most cells get, as many as asked, the most cells first. */
function valueGroups<K extends string>(
  changed: readonly K[][],
  stored: ReadonlyArray<ReadonlyMap<K, Cell>>,
  most: number,
): Array<{ value: Cell; changed: K[][] }> {
  const groups = new Map<string, { value: Cell; cells: Array<[number, K]> }>();
  changed.forEach((keys, r) => {
    for (const key of keys) {
      const value = stored[r]!.get(key)!;
      const id = value instanceof Date ? `date:${value.getTime()}` : `${typeof value}:${String(value)}`;
      const group = groups.get(id) ?? { value, cells: [] };
      group.cells.push([r, key]);
      groups.set(id, group);
    }
  });
  return [...groups.values()]
    .sort((a, b) => b.cells.length - a.cells.length)
    .slice(0, most)
    .map(({ value, cells }) => {
      const rows: K[][] = changed.map(() => []);
      for (const [r, key] of cells) rows[r]!.push(key);
      return { value, changed: rows };
    });
}

/** Rows `start`..`start + count - 1` all change `keys`, which sit side by side. */
interface Rectangle<K> {
  start: number;
  count: number;
  keys: K[];
}

function rectangles<K extends string>(layout: Layout<K>, changed: readonly K[][]): Rectangle<K>[] {
  // Each column's runs of consecutive changed rows, grouped by run: columns that change on the
  // same rows share a rectangle when they are neighbours.
  const byRun = new Map<string, { start: number; count: number; positions: number[] }>();
  for (const key of new Set(changed.flat())) {
    for (let i = 0; i < changed.length; ) {
      if (!changed[i]!.includes(key)) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < changed.length && changed[end]!.includes(key)) end++;
      const run = byRun.get(`${i}:${end}`) ?? { start: i, count: end - i, positions: [] };
      run.positions.push(layout.position.get(key)!);
      byRun.set(`${i}:${end}`, run);
      i = end;
    }
  }
  const keyAt = new Map([...layout.position].map(([k, p]) => [p, k] as const));
  return [...byRun.values()].flatMap(({ start, count, positions }) =>
    runsOf(positions).map((run) => ({
      start,
      count,
      keys: Array.from({ length: run.length }, (_, i) => keyAt.get(run.start + i)!),
    })),
  );
}
