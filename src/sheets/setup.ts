/**
 * Set up / repair: creates what is missing and never reorders, renames or clears what a person
 * wrote. Running it twice changes nothing.
 */
import { type Column, NUMBER_FORMATS, type TableDef } from './columns';
import { applyRules } from './conditional-formats';
import type { Env } from './env';
import { boundColumns, COLUMN_METADATA_KEY, columnsFrom, readHeaders, runsOf } from './layout';
import { protectTable } from './protect';
import { seedSettings } from './settings-sheet';
import {
  ALERTS,
  ALERTS_ARCHIVE,
  AUDIT_LOG,
  CUSTOMERS,
  DASHBOARD_SHEET,
  HEALTH_HISTORY,
  INTERACTIONS,
  SETTINGS,
  SURVEYS,
  TICKETS,
  WIN_BACKS,
} from './tables';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const COMPUTED_HEADER_NOTE = 'Filled by the add-on. Edits here are overwritten by the next run.';
const COMPUTED_HEADER_BACKGROUND = '#e8eaed';
const COMPUTED_HEADER_COLOR = '#5f6368';

export interface SetupReport {
  sheetsCreated: string[];
  columnsAdded: string[];
  /** Columns found through their binding whose header a person changed: [sheet, now, contract]. */
  renamed: Array<{ sheet: string; header: string; expected: string; column: number }>;
}

const TABLES: readonly TableDef[] = [
  CUSTOMERS,
  INTERACTIONS,
  TICKETS,
  SURVEYS,
  ALERTS,
  WIN_BACKS,
  SETTINGS,
  AUDIT_LOG,
  HEALTH_HISTORY,
  ALERTS_ARCHIVE,
];

export function setupWorkbook(env: Env): SetupReport {
  const report: SetupReport = { sheetsCreated: [], columnsAdded: [], renamed: [] };
  if (!env.ss.getSheetByName(DASHBOARD_SHEET)) {
    env.ss.insertSheet(DASHBOARD_SHEET, 0);
    report.sheetsCreated.push(DASHBOARD_SHEET);
  }
  for (const def of TABLES) setUpTable(env, def, report);
  seedSettings(env);
  offerToRestoreNames(env, report);
  return report;
}

/** Renamed columns still work (found by their binding), but people reading the sheet may be misled. */
function offerToRestoreNames(env: Env, report: SetupReport): void {
  const ui = env.ui();
  if (!ui || report.renamed.length === 0) return;
  const list = report.renamed.map((r) => `${r.sheet}: "${r.header}" was "${r.expected}"`).join('\n');
  const answer = ui.alert(
    'Restore column names?',
    `These columns were renamed. The add-on still finds them:\n${list}\n\nRestore the original names?`,
    ui.ButtonSet.YES_NO,
  );
  if (answer !== ui.Button.YES) return;
  for (const r of report.renamed) env.ss.getSheetByName(r.sheet)?.getRange(1, r.column).setValue(r.expected);
}

function setUpTable(env: Env, def: TableDef, report: SetupReport): void {
  let sheet = env.ss.getSheetByName(def.name);
  const created = !sheet;
  if (!sheet) {
    sheet = env.ss.insertSheet(def.name);
    report.sheetsCreated.push(def.name);
  }
  const { positions, bound } = placeColumns(sheet, def, report, created);
  if (created) trimColumns(sheet, Math.max(...positions.values()));
  styleHeader(sheet, positions);
  bindColumns(sheet, positions, bound);
  formatColumns(sheet, def, positions);
  validateColumns(env, sheet, positions);
  applyRules(env, sheet, def, positions);
  protectTable(env, sheet, def, positions);
}

/**
 * Finds each contract column (by header, else by binding) and appends the missing ones at the end;
 * also returns the bindings it read (appending columns moves none of them).
 */
function placeColumns(
  sheet: Sheet,
  def: TableDef,
  report: SetupReport,
  created: boolean,
): { positions: Map<Column, number>; bound: ReadonlyMap<string, number> } {
  const headers = readHeaders(sheet);
  const bound = created ? new Map<string, number>() : boundColumns(sheet);
  const positions = new Map<Column, number>();
  const added: string[] = [];
  for (const column of def.columns) {
    const byHeader = headers.indexOf(column.header) + 1;
    const byBinding = bound.get(column.key);
    if (byHeader > 0) positions.set(column, byHeader);
    else if (byBinding !== undefined && !def.columns.some((c) => c.header === headers[byBinding - 1])) {
      positions.set(column, byBinding);
      report.renamed.push({
        sheet: def.name,
        header: headers[byBinding - 1] ?? '',
        expected: column.header,
        column: byBinding,
      });
    } else {
      positions.set(column, headers.length + added.length + 1);
      added.push(column.header);
    }
  }
  if (added.length > 0) {
    const first = headers.length + 1;
    if (sheet.getMaxColumns() < first + added.length - 1) {
      sheet.insertColumnsAfter(sheet.getMaxColumns(), first + added.length - 1 - sheet.getMaxColumns());
    }
    sheet.getRange(1, first, 1, added.length).setValues([added]);
    report.columnsAdded.push(...added.map((h) => `${def.name}: ${h}`));
  }
  return { positions, bound };
}

/** A new sheet comes with 26 columns; the empty ones past the table would count toward Sheets'
 * 10,000,000-cell limit on every row, so a sheet Set up creates is cut to its table. */
function trimColumns(sheet: Sheet, width: number): void {
  const extra = sheet.getMaxColumns() - width;
  if (extra > 0) sheet.deleteColumns(width + 1, extra);
}

function styleHeader(sheet: Sheet, positions: Map<Column, number>): void {
  const width = Math.max(...positions.values());
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  if (sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
  for (const run of runsOf(columnsOf(positions, (c) => c.owner === 'computed'))) {
    const range = sheet.getRange(1, run.start, 1, run.length);
    range.setBackground(COMPUTED_HEADER_BACKGROUND).setFontColor(COMPUTED_HEADER_COLOR);
    range.setNotes([Array.from({ length: run.length }, () => COMPUTED_HEADER_NOTE)]);
  }
}

function columnsOf(positions: Map<Column, number>, test: (c: Column) => boolean): number[] {
  return [...positions].filter(([c]) => test(c)).map(([, p]) => p);
}

function bindColumns(sheet: Sheet, positions: Map<Column, number>, bound: ReadonlyMap<string, number>): void {
  for (const [column, position] of positions) {
    if (bound.get(column.key) === position) continue;
    columnsFrom(sheet, 1, position).addDeveloperMetadata(COLUMN_METADATA_KEY, column.key);
  }
}

/** Plain text (@) for IDs, phones and free text, so Sheets never turns them into numbers or dates. */
function formatColumns(sheet: Sheet, def: TableDef, positions: Map<Column, number>): void {
  if (sheet.getMaxRows() < 2) return;
  for (const format of new Set(def.columns.map((c) => NUMBER_FORMATS[c.type]))) {
    for (const run of runsOf(columnsOf(positions, (c) => NUMBER_FORMATS[c.type] === format))) {
      columnsFrom(sheet, 2, run.start, run.length).setNumberFormat(format);
    }
  }
}

function validateColumns(env: Env, sheet: Sheet, positions: Map<Column, number>): void {
  if (sheet.getMaxRows() < 2) return;
  for (const [column, position] of positions) {
    if (column.owner !== 'entered' || column.type !== 'enum' || !column.values) continue;
    const rule = env
      .newValidation()
      .requireValueInList([...column.values], true)
      .setAllowInvalid(false)
      .setHelpText(`Choose one of: ${column.values.join(', ')}`)
      .build();
    columnsFrom(sheet, 2, position).setDataValidation(rule);
  }
}
