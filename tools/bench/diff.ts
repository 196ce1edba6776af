/**
 * Which cells a job changed: the workbook it started from (saved JSON) against the live one after
 * it, cell by cell, for contents (values and formulas) and notes. Formats are left out: only Set
 * up and the Dashboard set them, and rows a job appends inherit theirs without cell writes.
 * The comparison is by position, so a job that deletes rows would count the shifted rows too.
 */
import type { CellGrid } from '../emulator/spreadsheet/grid';
import type { WorkbookJSON } from '../emulator/spreadsheet/serialize';
import type { Workbook } from '../emulator/spreadsheet/workbook';

type SavedGrid = WorkbookJSON['sheets'][number]['values'];

const NONE: readonly unknown[] = [];
const isEmpty = (v: unknown) => v === undefined || v === null || v === '';

/** A live cell (Dates kept as Dates) against its saved form (Dates tagged {$date}). */
function same(live: unknown, saved: unknown): boolean {
  if (isEmpty(live)) return isEmpty(saved);
  if (live instanceof Date) return (saved as { $date?: number } | null)?.$date === live.getTime();
  return live === saved;
}

function gridChanges(live: CellGrid<unknown>, saved: SavedGrid): number {
  let changed = 0;
  const height = Math.max(live.rows.length, saved.length);
  for (let r = 0; r < height; r++) {
    const a = live.rows[r] ?? NONE;
    const b = saved[r] ?? NONE;
    const width = Math.max(a.length, b.length);
    for (let c = 0; c < width; c++) if (!same(a[c], b[c])) changed++;
  }
  return changed;
}

/** Changed cells by sheet name; a new sheet counts all its cells. */
export function changedCells(before: WorkbookJSON, after: Workbook): Map<string, number> {
  const out = new Map<string, number>();
  for (const sheet of after.sheets) {
    const old = before.sheets.find((s) => s.id === sheet.id);
    out.set(
      sheet.name,
      gridChanges(sheet.values, old?.values ?? []) +
        gridChanges(sheet.formulas, old?.formulas ?? []) +
        gridChanges(sheet.notes, old?.notes ?? []),
    );
  }
  return out;
}

export const total = (counts: ReadonlyMap<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
