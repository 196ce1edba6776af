/**
 * The Dashboard below the schedule status is rebuilt by the daily job from sections, each a
 * title, a header and rows, written in one setValues so a manager never sees half a dashboard.
 */
import type { Env } from '../sheets/env';
import { asLiteral } from '../sheets/literal';
import type { Cell } from '../sheets/table';
import { DASHBOARD_SHEET } from '../sheets/tables';

const literalCell = (c: Cell): Cell => (typeof c === 'string' ? asLiteral(c) : c);

export interface Section {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** A line under the title, e.g. "figures on fewer than 30 responses are marked thin". */
  readonly note?: string;
}

/** Rows 1-4 hold the schedule status (outcome.ts); sections start below it. */
export const FIRST_SECTION_ROW = 6;

export function writeSections(env: Env, sections: readonly Section[]): void {
  const sheet = env.ss.getSheetByName(DASHBOARD_SHEET) ?? env.ss.insertSheet(DASHBOARD_SHEET, 0);
  const lines: Cell[][] = [];
  for (const s of sections) {
    lines.push([s.title]);
    if (s.note) lines.push([s.note]);
    lines.push([...s.header]);
    lines.push(...s.rows.map((r) => [...r]));
    if (s.rows.length === 0) lines.push(['(nothing yet)']);
    lines.push([]);
  }
  const width = Math.max(1, ...lines.map((l) => l.length));
  // Comments and keywords are customers' words: stored as text, never run as formulas.
  const grid = lines.map((l) => [...l, ...Array<Cell>(width - l.length).fill('')].map(literalCell));
  const oldHeight = Math.max(0, sheet.getLastRow() - FIRST_SECTION_ROW + 1);
  const oldWidth = sheet.getLastColumn();
  if (oldHeight > 0 && oldWidth > 0) sheet.getRange(FIRST_SECTION_ROW, 1, oldHeight, oldWidth).clearContent();
  if (grid.length > 0) sheet.getRange(FIRST_SECTION_ROW, 1, grid.length, width).setValues(grid);
}
