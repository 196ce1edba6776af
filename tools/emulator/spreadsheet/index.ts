/**
 * The Spreadsheet half of the Apps Script emulator: the document state (Workbook), the
 * SpreadsheetApp global over it, and the Charts global's enums.
 */
export type { Rect } from './a1';
export { createSpreadsheetApp, type SpreadsheetAppEmulation } from './app';
export { ChartType, createCharts } from './charts';
export type { LoadOptions } from './load';
export type { Range } from './range';
export type { WorkbookJSON } from './serialize';
export type { Sheet } from './sheet';
export type { SheetModel } from './sheet-model';
export type { Spreadsheet } from './spreadsheet';
export { type Toast, Workbook, type WorkbookOptions } from './workbook';
