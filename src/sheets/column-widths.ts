/**
 * How wide Set up makes the columns of a sheet it makes. Sheets shows every column at 100 pixels
 * and cuts a cell's text at the column's edge when the next cell holds something, so a date and
 * time, an email address or a dropdown's "Technical Consulting" would show cut off. A column is
 * as wide as its header (bold), its longest dropdown value and what its type holds, whichever is
 * widest. Widths a person sets later are theirs: Set up never sizes a column twice.
 */

import type { Column, ColumnType } from './columns';
import { runsOf } from './layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Pixels for what each type holds in Sheets' default font: "2026-11-25 10:00", "+86 138 8143 2005". */
const BY_TYPE: Readonly<Record<ColumnType, number>> = {
  id: 90,
  text: 180,
  phone: 140,
  email: 250,
  date: 100,
  datetime: 130,
  number: 80,
  money: 120,
  percent: 80,
  score: 80,
  enum: 0,
};
/** Arial 10, a character on average (bold a tenth more), the cell's padding and a dropdown's arrow. */
const PX_PER_CHAR = 7;
const PADDING = 10;
const ARROW = 24;

const textWidth = (text: string, bold = false) =>
  Math.ceil(text.length * PX_PER_CHAR * (bold ? 1.1 : 1)) + PADDING;

export function columnWidth(column: Column): number {
  const values = (column.values ?? []).map((v) => textWidth(v) + ARROW);
  return Math.max(column.width ?? BY_TYPE[column.type], textWidth(column.header, true), ...values);
}

/** Sets each width, one call for each run of adjacent columns of one width. */
export function sizeColumns(sheet: Sheet, widths: ReadonlyMap<number, number>): void {
  const byWidth = new Map<number, number[]>();
  for (const [position, width] of widths) byWidth.set(width, [...(byWidth.get(width) ?? []), position]);
  for (const [width, positions] of byWidth)
    for (const run of runsOf(positions)) sheet.setColumnWidths(run.start, run.length, width);
}
