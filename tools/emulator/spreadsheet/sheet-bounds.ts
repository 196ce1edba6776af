/**
 * getRange(row, column, numRows, numColumns) and offset() accept only blocks inside the sheet's
 * grid, and fail with Apps Script's messages otherwise; writing never grows a sheet (appendRow
 * and insertRows do).
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangerow,-column,-numrows,-numcolumns
 */
import { parseA1, type Rect, splitSheetName } from './a1';
import type { Target } from './doc';
import {
  invalidArgument,
  outsideSheet,
  rangeNotFound,
  startColumnTooSmall,
  startRowTooSmall,
  tooFewColumns,
  tooFewRows,
} from './messages';
import type { SheetModel } from './sheet-model';

export function checkedRect(
  sheet: SheetModel,
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
): Rect {
  for (const [name, n] of Object.entries({ row, column, numRows, numColumns })) {
    if (typeof n !== 'number' || !Number.isFinite(n)) throw invalidArgument(name);
  }
  const [r, c, h, w] = [row, column, numRows, numColumns].map(Math.trunc) as [number, number, number, number];
  if (h < 1) throw tooFewRows();
  if (w < 1) throw tooFewColumns();
  if (r < 1) throw startRowTooSmall();
  if (c < 1) throw startColumnTooSmall();
  if (r + h - 1 > sheet.maxRows || c + w - 1 > sheet.maxColumns) throw outsideSheet();
  return { r1: r, c1: c, r2: r + h - 1, c2: c + w - 1 };
}

/** A parsed A1 block must also fit the grid. */
export function checkedA1(sheet: SheetModel, rect: Rect): Rect {
  if (rect.r2 > sheet.maxRows || rect.c2 > sheet.maxColumns) throw outsideSheet();
  return rect;
}

/** An A1 reference, optionally naming its sheet ("'My Sheet'!A1:B2"), against `sheet` by default. */
export function resolveA1(
  sheets: { sheetByName(name: string): SheetModel | undefined },
  sheet: SheetModel,
  a1: string,
): Target {
  const { sheet: name, ref } = splitSheetName(a1);
  const model = name === undefined ? sheet : sheets.sheetByName(name);
  if (!model) throw rangeNotFound();
  return { sheet: model, rect: checkedA1(model, parseA1(ref, model.maxRows, model.maxColumns)) };
}
