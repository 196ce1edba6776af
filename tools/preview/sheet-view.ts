/**
 * A page of one sheet as the preview shows it: every cell as Sheets would display it (number
 * formats applied), with the header row's background and note, so the columns the add-on computes
 * show grey as setupWorkbook painted them, and each column as wide as Sheets would draw it. Read
 * from the workbook directly: looking is not a script's service call and costs nothing in the
 * emulator's counts.
 */
import { readDisplayValues } from '../emulator/spreadsheet/cells';
import { DEFAULT_COLUMN_WIDTH, type SheetModel } from '../emulator/spreadsheet/sheet-model';
import type { Workbook } from '../emulator/spreadsheet/workbook';
import { type ChartView, chartViews } from './chart-view';

export interface Cell {
  text: string;
  background?: string;
  bold?: boolean;
}

export interface SheetPage {
  name: string;
  sheets: string[];
  /** Row 1 when the sheet freezes it (every table does), else empty. */
  header: Array<Cell & { note?: string }>;
  rows: Array<{ row: number; cells: Cell[] }>;
  /** Rows below the header, and where this page starts among them. */
  total: number;
  offset: number;
  width: number;
  /** Each column's width in pixels, as Sheets draws it: 100 unless the add-on or a person set one. */
  widths: number[];
  /** The sheet's embedded charts with their numbers (the Dashboard's four). */
  charts: ChartView[];
}

function cell(model: SheetModel, r: number, c: number, text: string): Cell {
  const background = model.styles.background.get(r, c);
  const bold = model.styles.fontWeight.get(r, c) === 'bold';
  return { text, ...(background ? { background } : {}), ...(bold ? { bold } : {}) };
}

function rowCells(model: SheetModel, r: number, width: number): Cell[] {
  if (width === 0) return [];
  const texts = readDisplayValues(model, { r1: r, r2: r, c1: 0, c2: width - 1 })[0]!;
  return texts.map((text, c) => cell(model, r, c, text));
}

export function sheetPage(
  book: Workbook,
  name: string,
  offset: number,
  limit: number,
): SheetPage | undefined {
  const model = book.sheetByName(name);
  if (!model) return undefined;
  const width = model.lastColumn();
  const top = model.frozenRows > 0 ? 1 : 0;
  const total = Math.max(0, model.lastRow() - top);
  const start = Math.max(0, Math.min(offset, Math.max(0, total - 1)));
  const rows = [];
  for (let r = top + start; r < Math.min(top + start + limit, top + total); r++) {
    rows.push({ row: r + 1, cells: rowCells(model, r, width) });
  }
  const header = top ? rowCells(model, 0, width).map((c, i) => ({ ...c, note: model.notes.get(0, i) })) : [];
  return {
    name: model.name,
    sheets: book.sheets.map((s) => s.name),
    header,
    rows,
    total,
    offset: start,
    width,
    widths: Array.from({ length: width }, (_, c) => model.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH),
    charts: chartViews(model, book.timeZone),
  };
}
