/**
 * Columns a job needs for a few of its rows only: the subject and owner of the tickets it raises
 * alerts for, the message of the alerts it mails. Read for every row they would cost 100,000 cells
 * a column at L; read for those rows alone they cost a block or a few. Each block carries the ID
 * column, so every value is matched to its record by ID wherever rows moved since the snapshot.
 */
import { textOf, valueSetReaders } from './cell-values';
import { columnOf } from './layout';
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
