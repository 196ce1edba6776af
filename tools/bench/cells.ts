/**
 * Cell counts of a saved workbook. Sheets' 10,000,000-cell limit counts every sheet's whole grid
 * (rows x columns, empty cells included), so that is what is checked; the cells holding data are
 * shown beside it.
 */
import type { WorkbookJSON } from '../emulator/spreadsheet/serialize';

/** https://support.google.com/drive/answer/37603 */
export const SHEETS_CELL_LIMIT = 10_000_000;

export interface SheetCells {
  readonly sheet: string;
  readonly rows: number;
  readonly columns: number;
  /** maxRows x maxColumns: what counts toward the limit. */
  readonly grid: number;
  /** Last non-empty row x last non-empty column. */
  readonly data: number;
}

export interface CellCount {
  readonly sheets: readonly SheetCells[];
  readonly grid: number;
  readonly data: number;
  readonly underLimit: boolean;
}

const filled = (v: unknown) => v !== null && v !== undefined && v !== '';

function extent(values: readonly (readonly unknown[] | null)[]): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  values.forEach((row, r) => {
    if (!row) return;
    for (let c = row.length - 1; c >= 0; c--) {
      if (!filled(row[c])) continue;
      rows = r + 1;
      columns = Math.max(columns, c + 1);
      break;
    }
  });
  return { rows, columns };
}

export function countCells(book: WorkbookJSON): CellCount {
  const sheets = book.sheets.map((s): SheetCells => {
    const { rows, columns } = extent(s.values);
    return {
      sheet: s.name,
      rows: s.maxRows,
      columns: s.maxColumns,
      grid: s.maxRows * s.maxColumns,
      data: rows * columns,
    };
  });
  const grid = sheets.reduce((n, s) => n + s.grid, 0);
  return {
    sheets,
    grid,
    data: sheets.reduce((n, s) => n + s.data, 0),
    underLimit: grid <= SHEETS_CELL_LIMIT,
  };
}
