/**
 * Columns a job needs for a few of its rows only: the subject and owner of the tickets it raises
 * alerts for, the message of the alerts it mails. Read for every row they would cost 100,000 cells
 * a column at L; read for those rows alone they cost a block or a few. Each block carries the ID
 * column, so every value is matched to its record by ID wherever rows moved since the snapshot.
 */
import { textOf, valueSetReaders } from './cell-values';
import type { TableDef } from './columns';
import { columnOf, locate } from './layout';
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
  const { sheet } = snapshot.layout;
  const columns = ['id' as K, ...keys].map((k) => columnOf(snapshot.layout, k));
  const first = Math.min(...columns);
  const width = Math.max(...columns) - first + 1;
  // Read as the snapshot reads them: "done" names Done.
  const readers = valueSetReaders(snapshot.layout.def);
  const fill = (grid: readonly unknown[][]) => {
    for (const cells of grid) {
      const id = String(cells[columns[0]! - first] ?? '').trim();
      const row = wanted.get(id);
      if (!row) continue;
      keys.forEach((k, i) => {
        const cell = cells[columns[i + 1]! - first] as Cell;
        row[k] = readers.get(k)?.(cell) ?? cell;
      });
      wanted.delete(id);
    }
  };
  const rows = [...wanted.keys()].map((id) => snapshot.positions.rowOf.get(id) ?? 0).filter((r) => r > 1);
  for (const block of blocksOf(rows, width)) {
    const last = block.start + block.length - 1;
    fill(
      withinSheet(sheet, { row: last }, () =>
        sheet.getSheetValues(block.start, first, block.length, width),
      ) ?? [],
    );
  }
  // Rows moved since the snapshot: one read of the whole span, matched by ID (rare, so not costed).
  const height = wanted.size > 0 ? sheet.getLastRow() - 1 : 0;
  if (height > 0)
    fill(withinSheet(sheet, { row: height + 1 }, () => sheet.getSheetValues(2, first, height, width)) ?? []);
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
  const columns = wanted.map((k) => columnOf(layout, k));
  const first = Math.min(...columns);
  const width = Math.max(...columns) - first + 1;
  const readers = valueSetReaders(def);
  const out: Row<K>[] = [];
  for (const block of blocksOf(rows, width)) {
    const last = block.start + block.length - 1;
    const grid = withinSheet(sheet, { row: last }, () =>
      sheet.getSheetValues(block.start, first, block.length, width),
    );
    if (!grid) return null;
    for (const row of rows.filter((r) => r >= block.start && r <= last)) {
      const cells = grid[row - block.start]!;
      if (textOf(cells[at - first] as Cell) !== value) return null;
      const record = {} as Row<K>;
      wanted.forEach((k, i) => {
        const cell = cells[columns[i]! - first] as Cell;
        record[k] = readers.get(k)?.(cell) ?? cell;
      });
      out.push(record);
    }
  }
  return out;
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
