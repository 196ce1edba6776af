/**
 * "The floor": the least I/O a job could do. It reads each column it truly needs once, header row
 * included, one getValues per run of adjacent needed columns (a sheet named without columns: its
 * header row alone, one call), and writes only the cells whose value changed, in one call per
 * sheet (what a Sheets API values.batchUpdate allows). Its modeled time uses the same constants as
 * the job's, without the compute term: the floor is I/O only.
 */
import { runsOf } from '../../src/sheets/layout';
import type { WorkbookJSON } from '../emulator/spreadsheet/serialize';
import { type Cost, modeledSeconds } from './model';

export interface Need {
  readonly sheet: string;
  /** Headers of the needed columns; none: the header row only. */
  readonly columns?: readonly string[];
}

export interface Floor extends Cost {
  readonly modeledS: number;
}

type SheetJSON = WorkbookJSON['sheets'][number];

/** One entry per sheet, columns merged. */
function bySheet(needs: readonly Need[]): Map<string, Set<string> | null> {
  const out = new Map<string, Set<string> | null>();
  for (const need of needs) {
    const columns = out.get(need.sheet) ?? null;
    if (!need.columns) out.set(need.sheet, columns);
    else out.set(need.sheet, new Set([...(columns ?? []), ...need.columns]));
  }
  return out;
}

function lastRow(sheet: SheetJSON): number {
  for (let r = sheet.values.length - 1; r >= 0; r--)
    if (sheet.values[r]?.some((v) => v !== null && v !== '')) return r + 1;
  return 0;
}

function readsOf(sheet: SheetJSON, columns: Set<string> | null): { calls: number; cells: number } {
  const headers = (sheet.values[0] ?? []).map((h) => String(h ?? ''));
  if (!columns) return { calls: 1, cells: headers.length };
  const positions = [...columns].map((header) => {
    const at = headers.indexOf(header);
    if (at < 0)
      throw new Error(`bench floor: "${sheet.name}" has no "${header}" column; update tools/bench/jobs.ts.`);
    return at + 1;
  });
  const runs = runsOf(positions);
  return { calls: runs.length, cells: lastRow(sheet) * positions.length };
}

/** `changed`: cells whose value changed, by sheet name (diff.ts). */
export function floorOf(
  needs: readonly Need[],
  before: WorkbookJSON,
  changed: ReadonlyMap<string, number>,
): Floor {
  let calls = 0;
  let cellsRead = 0;
  for (const [name, columns] of bySheet(needs)) {
    const sheet = before.sheets.find((s) => s.name === name);
    if (!sheet) continue;
    const reads = readsOf(sheet, columns);
    calls += reads.calls;
    cellsRead += reads.cells;
  }
  let cellsWritten = 0;
  for (const cells of changed.values()) {
    if (cells === 0) continue;
    calls++;
    cellsWritten += cells;
  }
  const cost = { calls, cellsRead, cellsWritten, computeMs: 0 };
  return { ...cost, modeledS: modeledSeconds(cost) };
}
