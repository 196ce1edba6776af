/** One record's row, found by ID under the lock: read it whole, write back only changed cells. */
import { columnOf, type Layout, runsOf } from './layout';
import { asStored } from './literal';
import { type Cell, sameCell } from './table';

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

export function findRow<K extends string>(layout: Layout<K>, id: string): number {
  const height = layout.sheet.getLastRow() - 1;
  if (height > 0) {
    const ids = layout.sheet.getRange(2, columnOf(layout, 'id' as K), height, 1).getValues();
    const at = ids.findIndex(([cell]) => String(cell).trim() === id);
    if (at >= 0) return at + 2;
  }
  throw new NotFoundError(`No record ${id} in the "${layout.def.name}" sheet. It may have been deleted.`);
}

export function readRecord<K extends string>(layout: Layout<K>, row: number): Record<K, Cell> {
  const values = layout.sheet.getRange(row, 1, 1, layout.headers.length).getValues()[0]!;
  const record = {} as Record<K, Cell>;
  for (const [key, at] of layout.position) record[key] = values[at - 1] as Cell;
  return record;
}

/** Writes the cells that differ, one call per run of adjacent changed columns. */
export function writeChanges<K extends string>(
  layout: Layout<K>,
  row: number,
  before: Record<K, Cell>,
  after: Partial<Record<K, Cell>>,
): K[] {
  const changed = (Object.keys(after) as K[]).filter(
    (k) => layout.position.has(k) && !sameCell(before[k], after[k]),
  );
  const keyAt = new Map(changed.map((k) => [layout.position.get(k)!, k] as const));
  const formats =
    changed.length > 0 ? layout.sheet.getRange(row, 1, 1, layout.headers.length).getNumberFormats()[0]! : [];
  for (const run of runsOf([...keyAt.keys()])) {
    const cells = Array.from({ length: run.length }, (_, i) =>
      asStored(after[keyAt.get(run.start + i)!] as Cell, formats[run.start + i - 1] ?? ''),
    );
    layout.sheet.getRange(row, run.start, 1, run.length).setValues([cells]);
  }
  return changed;
}
