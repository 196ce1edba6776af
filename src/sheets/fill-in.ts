/**
 * Columns a job needs for a few of its rows only: the subject and owner of the tickets it raises
 * alerts for, the message of the alerts it mails. Read for every row they would cost 100,000 cells
 * a column at L; read for those rows alone they cost a block or a few. Each block carries the ID
 * column, so every value is matched to its record by ID wherever rows moved since the snapshot.
 */
import { textOf, valueSetReaders } from './cell-values';
import type { TableDef } from './columns';
import { columnOf, type Layout, locate } from './layout';
import { withinSheet } from './past-the-edge';
import type { Cell, Row, Snapshot } from './table';

/** Reading this many cells costs about as much as one more call (0.1 s at 8.5 µs a cell). */
const CELLS_PER_CALL = 11_000;

/**
 * Adds `keys` to those of the snapshot's `records` that lack them. Returns the records that have
 * them now: a record whose row a person deleted since the snapshot is left out.
 */
export function fillIn<K extends string>(
  snapshot: Snapshot<K>,
  records: readonly Row<K>[],
  keys: readonly K[],
): Row<K>[] {
  const wanted = new Map<string, Row<K>>();
  for (const row of records) if (keys.some((k) => !(k in row))) wanted.set(textOf(row['id' as K]), row);
  if (wanted.size === 0) return [...records];
  const span = spanOf(snapshot.layout, ['id' as K, ...keys]);
  const fill = (grid: readonly unknown[][]) => {
    for (const cells of grid) {
      const id = String(span.cell(cells, 'id' as K) ?? '').trim();
      const row = wanted.get(id);
      if (!row) continue;
      for (const k of keys) row[k] = span.cell(cells, k);
      wanted.delete(id);
    }
  };
  const rows = [...wanted.keys()].map((id) => snapshot.positions.rowOf.get(id) ?? 0).filter((r) => r > 1);
  for (const block of blocksOf(rows, span.width)) fill(span.read(block.start, block.length) ?? []);
  // Rows moved since the snapshot: one read of the whole span, matched by ID (rare, so not costed).
  const height = wanted.size > 0 ? snapshot.layout.sheet.getLastRow() - 1 : 0;
  if (height > 0) fill(span.read(2, height) ?? []);
  const gone = new Set(wanted.values());
  return records.filter((row) => !gone.has(row));
}

/**
 * The records whose `by` column holds `value` (a customer's tickets), with `keys`: `by` is read for
 * every row in one call, the rest for those rows alone, so a customer's history does not read the
 * ID column of 200,000 interactions. Each block carries `by`: a block row that no longer holds
 * `value` means a person moved rows between the reads, and the read starts again (a sort among
 * the customer's own rows alone can get past that, and then shows one of them twice or not at all
 * until the next read).
 */
export function rowsWhere<K extends string>(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  def: TableDef<K>,
  by: K,
  value: string,
  keys: readonly K[],
): Row<K>[] {
  for (let attempt = 1; attempt <= READ_ATTEMPTS; attempt++) {
    const rows = readWhere(ss, def, by, value, keys);
    if (rows) return rows;
  }
  throw new Error(
    `The "${def.name}" sheet kept changing while it was read (rows sorted, inserted or deleted). Please try again in a moment.`,
  );
}

const READ_ATTEMPTS = 4;

function readWhere<K extends string>(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  def: TableDef<K>,
  by: K,
  value: string,
  keys: readonly K[],
): Row<K>[] | null {
  const wanted = [by, ...keys.filter((k) => k !== by)];
  const layout = locate(ss, def, wanted);
  const { sheet } = layout;
  const height = sheet.getLastRow() - 1;
  if (height <= 0) return [];
  const at = columnOf(layout, by);
  const column = withinSheet(sheet, { row: height + 1 }, () => sheet.getSheetValues(2, at, height, 1));
  if (!column) return null;
  const rows = column.flatMap(([cell], i) => (textOf(cell as Cell) === value ? [i + 2] : []));
  const span = spanOf(layout, wanted);
  const out: Row<K>[] = [];
  for (const block of blocksOf(rows, span.width)) {
    const grid = span.read(block.start, block.length);
    if (!grid) return null;
    for (const row of rows.filter((r) => r >= block.start && r < block.start + block.length)) {
      const cells = grid[row - block.start]!;
      if (textOf(span.cell(cells, by)) !== value) return null;
      const record = {} as Row<K>;
      for (const k of wanted) record[k] = span.cell(cells, k);
      out.push(record);
    }
  }
  return out;
}

/**
 * The columns of `keys` as one span of the sheet, read a block of rows at a time (null when the
 * rows are past the sheet's end now), and each key's cell in a row of it, read as a snapshot
 * reads it ("done" names Done).
 */
function spanOf<K extends string>(layout: Layout<K>, keys: readonly K[]) {
  const columns = new Map(keys.map((k) => [k, columnOf(layout, k)]));
  const first = Math.min(...columns.values());
  const width = Math.max(...columns.values()) - first + 1;
  const readers = valueSetReaders(layout.def);
  const { sheet } = layout;
  return {
    width,
    read: (start: number, length: number) =>
      withinSheet(sheet, { row: start + length - 1 }, () =>
        sheet.getSheetValues(start, first, length, width),
      ),
    cell: (cells: readonly unknown[], key: K): Cell => {
      const cell = cells[columns.get(key)! - first] as Cell;
      return readers.get(key)?.(cell) ?? cell;
    },
  };
}

/** Sorted rows in blocks: a gap joins its neighbours when reading it costs less than a call. */
function blocksOf(rows: readonly number[], width: number): Array<{ start: number; length: number }> {
  const blocks: Array<{ start: number; length: number }> = [];
  for (const row of [...new Set(rows)].sort((a, b) => a - b)) {
    const last = blocks[blocks.length - 1];
    const end = last ? last.start + last.length : 0;
    if (last && (row - end) * width < CELLS_PER_CALL) last.length = row - last.start + 1;
    else blocks.push({ start: row, length: 1 });
  }
  return blocks;
}
