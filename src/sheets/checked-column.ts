/**
 * Many records of one table given one value in one text column, as a merge gives its records the
 * kept customer's ID, in a few calls instead of a few per record: the cells written in one
 * RangeList on the rows where the caller's read found their records, then the ID column read.
 * The cells take the plain-text format Set up gives the column, so the value is stored as typed.
 * A row that changed hands since that read is put right as writeChecked does for one record:
 * whoever sits there gets its own value back when known (or is named a stray), and the record is
 * written again on its own where it sits now.
 */
import { textOf } from './cell-values';
import { giveBack, located, writeChecked } from './checked-write';
import { NUMBER_FORMATS } from './columns';
import { columnLetter, columnOf, type Layout, runsOf } from './layout';
import { PLAIN_TEXT } from './literal';
import { withinSheet } from './past-the-edge';
import { currentRows } from './rows';
import type { Cell, Snapshot } from './table';

type Values<K extends string> = Partial<Record<K, Cell>>;

export interface ColumnWrite {
  /** The records that hold the value now. */
  readonly written: string[];
  /** Records that may hold the value by mistake: what they held was never read. */
  readonly strays: string[];
  /** What stopped the write before every record had the value (a record deleted meanwhile). */
  readonly failure?: unknown;
}

/**
 * `snapshot`: the caller's read of the table, which says where each record sat;
 * `own(holder)`: the cells a record that got ours by mistake must have back, if known.
 */
export function writeColumnChecked<K extends string>(
  snapshot: Snapshot<K>,
  key: K,
  ids: readonly string[],
  value: string,
  own: (holder: string) => Values<K> | undefined,
): ColumnWrite {
  const { layout } = snapshot;
  if (NUMBER_FORMATS[layout.def.columns.find((c) => c.key === key)!.type] !== PLAIN_TEXT)
    throw new Error(`writeColumnChecked writes text columns only, not "${key}".`);
  const idColumn = columnOf(layout, 'id' as K);
  const before = snapshot.positions.rowOf;
  const rows = ids.flatMap((id) => before.get(id) ?? []);
  if (rows.length > 0) {
    const letter = columnLetter(columnOf(layout, key));
    const a1s = runsOf(rows).map((run) => `${letter}${run.start}:${letter}${run.start + run.length - 1}`);
    layout.sheet.getRangeList(a1s).setNumberFormat(PLAIN_TEXT).setValue(value);
  }
  const after = idsAfter(layout.sheet, idColumn, rows);
  const sitsStill = (id: string) => after(before.get(id)!) === id;
  const written = ids.filter((id) => before.has(id) && sitsStill(id));
  const strays: string[] = [];
  // Records missing before the write, and those whose row changed hands: one at a time, each
  // whatever befell the others. A record found holding the value took it along (rows moved after
  // the write): nobody got it by mistake.
  let failure: unknown;
  for (const id of ids.filter((id) => !written.includes(id))) {
    const row = before.get(id);
    const holder = row === undefined ? undefined : { row, id: after(row) };
    try {
      const moved = writeChecked(layout, id, located(layout, id), { [key]: value } as Values<K>, own);
      strays.push(...moved.strays);
      if (holder && moved.changed.length > 0) strays.push(...putBack(layout, key, holder, own));
      written.push(id);
    } catch (error) {
      failure ??= error;
      if (holder) strays.push(...putBack(layout, key, holder, own));
    }
  }
  return failure === undefined ? { written, strays } : { written, strays, failure };
}

/**
 * The ID on each written row now (one read of the rows they span; the whole column if the sheet
 * has shrunk below them since).
 */
function idsAfter(sheet: GoogleAppsScript.Spreadsheet.Sheet, idColumn: number, rows: readonly number[]) {
  if (rows.length === 0) return () => '';
  const [first, last] = [Math.min(...rows), Math.max(...rows)];
  const span = withinSheet(sheet, { row: last }, () =>
    sheet.getSheetValues(first, idColumn, last - first + 1, 1),
  );
  if (span) return (row: number) => textOf((span[row - first]?.[0] ?? '') as Cell);
  const ids = currentRows(sheet, idColumn).ids;
  return (row: number) => ids[row - 2] ?? '';
}

/** The record on a row that got the value meant for another: its own back, or its ID as a stray. */
function putBack<K extends string>(
  layout: Layout<K>,
  key: K,
  holder: { row: number; id: string },
  own: (holder: string) => Values<K> | undefined,
): string[] {
  const back = holder.id === '' ? ({ [key]: '' } as Values<K>) : own(holder.id);
  if (!back) return [holder.id];
  giveBack(layout, holder.row, holder.id, back);
  return [];
}
