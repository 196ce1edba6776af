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
import { located, writeChecked } from './checked-write';
import { NUMBER_FORMATS } from './columns';
import { columnLetter, columnOf, type Layout, runsOf } from './layout';
import { PLAIN_TEXT } from './literal';
import { withinSheet } from './past-the-edge';
import { readRecord } from './record-row';
import { currentRows } from './rows';
import type { Cell, Snapshot } from './table';
import { writeChanges } from './write-changes';

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
  const strays: string[] = [];
  let failure: unknown;
  const attempt = (work: () => void) => {
    try {
      work();
    } catch (error) {
      failure ??= error;
    }
  };
  // A row that holds another record now got the value by mistake if rows moved before the write:
  // that record gets its own value back (a no-op if they moved after it).
  const mine = new Set(ids);
  for (const row of rows) {
    const holder = { row, id: after(row) };
    if (!mine.has(holder.id)) attempt(() => strays.push(...putBack(layout, key, holder, value, own)));
  }
  // Records missing before the write, and those whose row changed hands: each written again where
  // it sits now (nothing to do for one that took the value along).
  const written: string[] = [];
  for (const id of ids) {
    const row = before.get(id);
    if (row !== undefined && after(row) === id) written.push(id);
    else
      attempt(() => {
        const at = located(layout, id);
        strays.push(...writeChecked(layout, id, at, { [key]: value } as Values<K>, own).strays);
        written.push(id);
      });
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

/**
 * The record on a written row that is not ours: if it holds the value now, it got it by mistake
 * (rows moved before the write), and gets its own value back when the caller read it, or is
 * named as a stray for a person to check. One that does not hold it moved in after the write.
 */
function putBack<K extends string>(
  layout: Layout<K>,
  key: K,
  holder: { row: number; id: string },
  value: string,
  own: (holder: string) => Values<K> | undefined,
): string[] {
  const current = withinSheet(layout.sheet, { row: holder.row }, () => readRecord(layout, holder.row));
  if (!current || textOf(current['id' as K]) !== holder.id || textOf(current[key]) !== value) return [];
  const back = holder.id === '' ? ({ [key]: '' } as Values<K>) : own(holder.id);
  if (!back) return [holder.id];
  writeChanges(layout, holder.row, current, back);
  return [];
}
