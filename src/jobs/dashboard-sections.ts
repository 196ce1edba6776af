/**
 * The Dashboard below the schedule status is rebuilt by the daily job from sections, each a
 * title, a header and rows, written in one setValues so a manager never sees half a dashboard.
 * Number formats and bold titles go on in one call each, over the old and the new area, so a
 * format left by an earlier run never shows a count as a percentage.
 */

import { dashboardSheet } from '../sheets/dashboard-sheet';
import type { Env } from '../sheets/env';
import { asStored } from '../sheets/literal';
import type { Cell } from '../sheets/table';

/** A value with the number format to show it in ('0%', '0.0', '@' for text Sheets must not parse). */
export interface FormattedCell {
  readonly value: Cell;
  readonly format: string;
}

export type SectionCell = Cell | FormattedCell;

export interface Section {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly SectionCell[])[];
  /** A line under the title, e.g. "figures on fewer than 30 responses are marked thin". */
  readonly note?: string;
  /** Lines under the rows: how the figures are counted. */
  readonly footer?: readonly string[];
}

/** Where a section landed (1-based rows), so charts can point at its cells. */
export interface Placement {
  readonly title: string;
  readonly titleRow: number;
  readonly headerRow: number;
  /** The first data row; `rows` data rows follow from it. */
  readonly firstRow: number;
  readonly rows: number;
  readonly width: number;
}

/** Rows 1-4 hold the schedule status (outcome.ts), row 5 says whose sheet it is; sections follow. */
export const FIRST_SECTION_ROW = 6;
const OWNED_ROW = FIRST_SECTION_ROW - 1;
/** Everything below the status is written over on each rebuild, so a person is told before typing. */
export const OWNED_LINE =
  'The CRM rebuilds this sheet on every run: anything typed here is replaced. Keep your notes on another sheet.';
/** Sheets' "Automatic" number format. */
export const AUTOMATIC = 'General';

export const formatted = (value: Cell, format: string): FormattedCell => ({ value, format });

const isFormatted = (c: SectionCell): c is FormattedCell =>
  typeof c === 'object' && c !== null && !(c instanceof Date) && 'format' in c;

interface Line {
  cells: readonly SectionCell[];
  bold: boolean;
}

function linesOf(sections: readonly Section[]): { lines: Line[]; placements: Placement[] } {
  const lines: Line[] = [];
  const placements: Placement[] = [];
  const push = (cells: readonly SectionCell[], bold = false) => lines.push({ cells, bold });
  for (const s of sections) {
    const titleRow = FIRST_SECTION_ROW + lines.length;
    push([s.title], true);
    if (s.note) push([s.note]);
    const headerRow = FIRST_SECTION_ROW + lines.length;
    push(s.header, true);
    for (const r of s.rows) push(r);
    if (s.rows.length === 0) push(['(nothing yet)']);
    for (const f of s.footer ?? []) push([f]);
    push([]);
    placements.push({
      title: s.title,
      titleRow,
      headerRow,
      firstRow: headerRow + 1,
      rows: s.rows.length,
      width: Math.max(s.header.length, ...s.rows.map((r) => r.length)),
    });
  }
  return { lines, placements };
}

export function writeSections(env: Env, sections: readonly Section[]): Placement[] {
  const sheet = dashboardSheet(env);
  const { lines: sectionLines, placements } = linesOf(sections);
  const lines = [{ cells: [OWNED_LINE], bold: false }, ...sectionLines];
  const width = Math.max(1, ...lines.map((l) => l.cells.length));
  const cellAt = (l: Line, c: number): FormattedCell => {
    const cell = l.cells[c] ?? '';
    return isFormatted(cell) ? cell : { value: cell, format: AUTOMATIC };
  };
  const oldHeight = Math.max(0, sheet.getLastRow() - OWNED_ROW + 1);
  const oldWidth = sheet.getLastColumn();
  // One range over the old layout and the new: what the new one leaves out is written blank.
  const height = Math.max(oldHeight, lines.length);
  const across = Math.max(oldWidth, width);
  const range = sheet.getRange(OWNED_ROW, 1, height, across);
  const each = <T>(cell: (l: Line | undefined, c: number) => T): T[][] =>
    Array.from({ length: height }, (_, r) => Array.from({ length: across }, (_, c) => cell(lines[r], c)));
  // Formats first: a value is written into the format it is shown in.
  range.setNumberFormats(each((l, c) => (l ? cellAt(l, c).format : AUTOMATIC)));
  range.setFontWeights(each<GoogleAppsScript.Spreadsheet.FontWeight>((l) => (l?.bold ? 'bold' : 'normal')));
  // Every string is stored as the text it is: comments and keywords are customers' words, never
  // run as formulas, and a keyword "false" or "1e5" is not read as a value. Figures are numbers.
  range.setValues(
    each((l, c) => {
      if (!l) return '';
      const { value, format } = cellAt(l, c);
      return asStored(value, format, true);
    }),
  );
  return placements;
}
