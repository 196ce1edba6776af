/**
 * Many records of one table given one value in one text column, as a merge gives its records the
 * kept customer's ID, in a few calls instead of a few per record: the cells written in one
 * RangeList on the rows where the caller's read found their records, then the table read again.
 * The cells take the plain-text format Set up gives the column, so the value is stored as typed.
 * People may sort, insert or delete rows meanwhile, even twice over (a row that moved away and
 * back holds its ID yet missed the write), so the check is by content, not by position:
 * - a record of ours without the value is written again on its own where it sits now;
 * - any other record that has come to hold the value since the caller's read got it by mistake:
 *   it gets its own value back when that read saw it (and is named, since a person may have
 *   changed it in between), or is named as a stray for a person to check;
 * - a written row that is blank now is cleared if it holds the value.
 */
import { textOf } from './cell-values';
import { locatedFrom, writeChecked } from './checked-write';
import { a1Of, columnOf, type Layout, runsOf } from './layout';
import { isTextColumn, PLAIN_TEXT } from './literal';
import { withinSheet } from './past-the-edge';
import { notFound } from './record-row';
import type { Cell, Snapshot } from './table';

type Values<K extends string> = Partial<Record<K, Cell>>;

export interface ColumnWrite {
  /** The records that hold the value now. */
  readonly written: string[];
  /** Records that may hold the value by mistake: what they held was never read. */
  readonly strays: string[];
  /** Records that got the value by mistake and were given back what they held as first read. */
  readonly restored: string[];
  /** What stopped the write before every record had the value (a record deleted meanwhile). */
  readonly failure?: unknown;
}

/**
 * `before`: the caller's read of the table (ID and `key`), which says where each record sat;
 * `reread`: the same read again; `own(holder)`: the cells a record that got ours by mistake must
 * have back, if known.
 */
export function writeColumnChecked<K extends string>(
  before: Snapshot<K>,
  reread: () => Snapshot<K>,
  key: K,
  ids: readonly string[],
  value: string,
  own: (holder: string) => Values<K> | undefined,
): ColumnWrite {
  const { layout } = before;
  if (!isTextColumn(layout.def.columns.find((c) => c.key === key)!))
    throw new Error(`writeColumnChecked writes text columns only, not "${key}".`);
  const rows = ids.flatMap((id) => before.positions.rowOf.get(id) ?? []);
  if (rows.length > 0) {
    const column = columnOf(layout, key);
    const a1s = runsOf(rows).map((run) => a1Of(run.start, column, run.length, 1));
    layout.sheet.getRangeList(a1s).setNumberFormat(PLAIN_TEXT).setValue(value);
  }
  const now = reread();
  const holds = (id: string) => textOf(now.byId.get(id)?.[key] ?? '') === value;
  const mine = new Set(ids);
  const strays: string[] = [];
  const restored: string[] = [];
  const keep = (checked: { strays: readonly string[]; restored: readonly string[] }) => {
    strays.push(...checked.strays);
    restored.push(...checked.restored);
  };
  let failure: unknown;
  const attempt = (work: () => void) => {
    try {
      work();
    } catch (error) {
      failure ??= error;
    }
  };
  for (const row of now.rows) {
    const id = textOf(row['id' as K]);
    const had = before.byId.get(id)?.[key];
    if (mine.has(id) || !holds(id) || (had !== undefined && textOf(had) === value)) continue;
    const back = own(id);
    if (!back) strays.push(id);
    else
      attempt(() => {
        keep(writeChecked(layout, id, locatedFrom(now, id), back, own));
        restored.push(id);
      });
  }
  for (const row of rows)
    if (now.positions.ids[row - 2] === '') attempt(() => clearBlank(layout, key, row, value));
  const written = ids.filter(holds);
  for (const id of ids.filter((id) => !holds(id)))
    attempt(() => {
      if (!now.byId.has(id)) throw notFound(layout.def.name, id);
      keep(writeChecked(layout, id, locatedFrom(now, id), { [key]: value } as Values<K>, own));
      written.push(id);
    });
  return failure === undefined ? { written, strays, restored } : { written, strays, restored, failure };
}

/** A written row that is blank now (rows were deleted above it): the value there is cleared. */
function clearBlank<K extends string>(layout: Layout<K>, key: K, row: number, value: string): void {
  const { sheet } = layout;
  const [id, column] = [columnOf(layout, 'id' as K), columnOf(layout, key)];
  const [first, width] = [Math.min(id, column), Math.abs(id - column) + 1];
  const cells = withinSheet(sheet, { row }, () => sheet.getSheetValues(row, first, 1, width));
  const at = (c: number) => textOf((cells?.[0]?.[c - first] ?? '') as Cell);
  if (cells && at(id) === '' && at(column) === value) sheet.getRange(row, column).setValue('');
}
