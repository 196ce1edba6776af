/**
 * Set up / repair: creates what is missing and never reorders, renames or clears what a person
 * wrote. Running it twice changes nothing.
 */

import { messageOf } from '../domain/message-of';
import { someOf } from '../domain/some-of';
import {
  type Binding,
  bindingsSettled,
  COLUMN_METADATA_KEY,
  findBindings,
  readBindings,
  rebinding,
  renamedColumn,
} from './bindings';
import { columnWidth, sizeColumns } from './column-widths';
import { type Column, NUMBER_FORMATS, type TableDef } from './columns';
import { applyRules } from './conditional-formats';
import { dashboardSheet, layOutUnsized } from './dashboard-sheet';
import type { Env } from './env';
import { columnsFrom, openA1, readHeaders, runsOf } from './layout';
import { DASHBOARD_PROTECTION, protectTable, warnOnSheet } from './protect';
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
  STATUS_TITLE,
  SURVEYS,
  TICKETS,
  WIN_BACKS,
} from './tables';
import { tellInToast } from './toast';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const COMPUTED_HEADER_NOTE = 'Filled by the add-on. Edits here are overwritten by the next run.';
const COMPUTED_HEADER_BACKGROUND = '#e8eaed';
const COMPUTED_HEADER_COLOR = '#5f6368';

export interface SetupReport {
  sheetsCreated: string[];
  columnsAdded: string[];
  /** Columns found through their binding whose header a person changed: [sheet, now, contract]. */
  renamed: Array<{ sheet: string; header: string; expected: string; column: number }>;
  /** A person's own sheet that bore the Dashboard's name, renamed so nothing in it is written over. */
  movedAside: string[];
  /** Sheets left as they were: a protection that does not let this person edit them. */
  locked: string[];
}

/** Every sheet Set up makes or repairs, in the order it makes them. */
export const TABLES: readonly TableDef[] = [
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
  const report: SetupReport = {
    sheetsCreated: [],
    columnsAdded: [],
    renamed: [],
    movedAside: [],
    locked: [],
  };
  const existing = env.ss.getSheetByName(DASHBOARD_SHEET);
  const ours = existing !== null && isOurDashboard(existing);
  if (existing && !ours) report.movedAside.push(moveAside(env, existing));
  // Typing on the Dashboard is lost at the next rebuild: Sheets asks "Edit anyway?" first. One
  // made anew gets that from dashboardSheet, as when a job makes it; ours may lack or lock it.
  if (ours)
    unlessLocked(report, DASHBOARD_SHEET, () => {
      warnOnSheet(env, existing, DASHBOARD_PROTECTION);
      layOutUnsized(existing);
    });
  else {
    dashboardSheet(env);
    report.sheetsCreated.push(DASHBOARD_SHEET);
  }
  for (const def of TABLES) unlessLocked(report, def.name, () => setUpTable(env, def, report));
  seedSettings(env);
  offerToRestoreNames(env, report);
  tellDone(env, report);
  return report;
}

/** A sheet its owner locked (an earlier version's owner-only Audit Log) is left to the owner. */
function unlessLocked(report: SetupReport, name: string, work: () => void): void {
  try {
    work();
  } catch (e) {
    if (!/protected cell or object/.test(messageOf(e))) throw e;
    report.locked.push(name);
  }
}

/**
 * The jobs write the whole Dashboard sheet, so a sheet of that name is taken only if it is empty
 * or already ours (the status block's title in A1). A business's own "Dashboard" (Sheets matches
 * names without regard to case) keeps everything in it under another name.
 */
const isOurDashboard = (sheet: Sheet): boolean =>
  sheet.getLastRow() === 0 || sheet.getRange(1, 1).getValue() === STATUS_TITLE;

function moveAside(env: Env, sheet: Sheet): string {
  const was = sheet.getName();
  let name = `${was} (yours)`;
  for (let n = 2; env.ss.getSheetByName(name); n++) name = `${was} (yours ${n})`;
  sheet.setName(name);
  return `"${was}" is now "${name}"`;
}

/** What Set up did, in a toast: sheets and columns added, a sheet moved aside. */
function tellDone(env: Env, report: SetupReport): void {
  const said = [
    report.sheetsCreated.length > 0 ? `Sheets added: ${report.sheetsCreated.join(', ')}.` : '',
    report.sheetsCreated.includes(CUSTOMERS.name)
      ? 'Next: choose Install schedule (hourly), then Open CRM to add your first customer.'
      : '',
    report.columnsAdded.length > 0 ? `Columns added: ${someOf(report.columnsAdded, 10)}.` : '',
    ...report.movedAside.map(
      (m) => `Your sheet ${m}, so the CRM's Dashboard can take its name; nothing in it changed.`,
    ),
    report.locked.length > 0
      ? `Left as they were, locked by their owner: ${report.locked.join(', ')}. The spreadsheet's owner should choose Set up / repair once.`
      : '',
  ].filter(Boolean);
  tellInToast(env, said.join(' ') || 'Everything was already in place.', 'CRM: Set up / repair');
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
  const { positions, bindings, added } = placeColumns(sheet, def, report, created);
  if (created) trimColumns(sheet, Math.max(...positions.values()));
  sizeNewColumns(sheet, positions, added);
  styleHeader(sheet, positions);
  if (bindings) bindColumns(sheet, positions, bindings);
  // Asked once: the ranges below are open-ended, so rows people add or delete meanwhile are covered.
  const rows = sheet.getMaxRows();
  formatColumns(sheet, def, positions, rows);
  validateColumns(env, sheet, positions, rows);
  applyRules(env, sheet, def, positions, rows);
  protectTable(env, sheet, def, positions, rows);
}

/**
 * Finds each contract column (by header, else by binding) and appends the missing ones at the end;
 * also returns the bindings it read (appending columns moves none of them), or null when every
 * column is known to carry its own (see bindingsSettled).
 */
function placeColumns(
  sheet: Sheet,
  def: TableDef,
  report: SetupReport,
  created: boolean,
): { positions: Map<Column, number>; bindings: Binding[] | null; added: ReadonlySet<Column> } {
  const headers = readHeaders(sheet);
  const found = created ? [] : findBindings(sheet);
  const bindings = bindingsSettled(def, headers, found) ? null : readBindings(found);
  const positions = new Map<Column, number>();
  const added = new Set<Column>();
  for (const column of def.columns) {
    const byHeader = headers.indexOf(column.header) + 1 || respelled(sheet, def, headers, column);
    const byBinding = bindings && renamedColumn(bindings, column.key, def, headers);
    if (byHeader > 0) positions.set(column, byHeader);
    else if (byBinding) {
      positions.set(column, byBinding);
      report.renamed.push({
        sheet: def.name,
        header: headers[byBinding - 1] ?? '',
        expected: column.header,
        column: byBinding,
      });
    } else {
      positions.set(column, headers.length + added.size + 1);
      added.add(column);
    }
  }
  if (added.size > 0) {
    const first = headers.length + 1;
    const last = first + added.size - 1;
    if (sheet.getMaxColumns() < last)
      sheet.insertColumnsAfter(sheet.getMaxColumns(), last - sheet.getMaxColumns());
    const names = [...added].map((c) => c.header);
    sheet.getRange(1, first, 1, names.length).setValues([names]);
    // A sheet made just now is named among the sheets added: its columns are no news.
    if (!created) report.columnsAdded.push(...names.map((h) => `${def.name}: ${h}`));
  }
  return { positions, bindings, added };
}

/** The columns Set up wrote a header for just now (all of a sheet it made); a person's widths stay. */
function sizeNewColumns(sheet: Sheet, positions: Map<Column, number>, added: ReadonlySet<Column>): void {
  const widths = new Map([...added].map((column) => [positions.get(column)!, columnWidth(column)]));
  sizeColumns(sheet, widths);
}

/** A new sheet comes with 26 columns; the empty ones past the table would count toward Sheets'
 * 10,000,000-cell limit on every row, so a sheet Set up creates is cut to its table. */
function trimColumns(sheet: Sheet, width: number): void {
  const extra = sheet.getMaxColumns() - width;
  if (extra > 0) sheet.deleteColumns(width + 1, extra);
}

function styleHeader(sheet: Sheet, positions: Map<Column, number>): void {
  const width = Math.max(...positions.values());
  const header = sheet.getRange(1, 1, 1, width);
  header.setFontWeight('bold');
  if (sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
  // A column an earlier version marked as the add-on's that is a person's now (Survey Status).
  const notes = header.getNotes()[0] ?? [];
  for (const position of columnsOf(positions, (c) => c.owner !== 'computed')) {
    if (notes[position - 1] !== COMPUTED_HEADER_NOTE) continue;
    sheet.getRange(1, position).setNote('').setBackground(null).setFontColor(null);
  }
  for (const run of runsOf(columnsOf(positions, (c) => c.owner === 'computed'))) {
    const range = sheet.getRange(1, run.start, 1, run.length);
    range.setBackground(COMPUTED_HEADER_BACKGROUND).setFontColor(COMPUTED_HEADER_COLOR);
    range.setNotes([Array.from({ length: run.length }, () => COMPUTED_HEADER_NOTE)]);
  }
}

function columnsOf(positions: Map<Column, number>, test: (c: Column) => boolean): number[] {
  return [...positions].filter(([c]) => test(c)).map(([, p]) => p);
}

function bindColumns(sheet: Sheet, positions: Map<Column, number>, bindings: readonly Binding[]): void {
  const byKey = new Map([...positions].map(([column, position]) => [column.key, position]));
  const { bind, remove } = rebinding(byKey, bindings);
  for (const binding of remove) binding.remove();
  for (const [key, position] of bind)
    columnsFrom(sheet, 1, position).addDeveloperMetadata(COLUMN_METADATA_KEY, key);
}

/**
 * Plain text (@) for IDs, phones and free text, so Sheets never turns them into numbers or dates.
 * All the columns of one format in one call.
 */
function formatColumns(sheet: Sheet, def: TableDef, positions: Map<Column, number>, rows: number): void {
  if (rows < 2) return;
  for (const format of new Set(def.columns.map((c) => NUMBER_FORMATS[c.type]))) {
    const runs = runsOf(columnsOf(positions, (c) => NUMBER_FORMATS[c.type] === format));
    sheet.getRangeList(runs.map((run) => openA1(2, run.start, run.length))).setNumberFormat(format);
  }
}

function validateColumns(env: Env, sheet: Sheet, positions: Map<Column, number>, rows: number): void {
  if (rows < 2) return;
  for (const [column, position] of positions) {
    const rule = validationOf(env, column);
    if (rule) columnsFrom(sheet, 2, position).setDataValidation(rule);
  }
}

/**
 * A value set's dropdown refuses anything else. A survey score out of 1-5 (an 8 "out of 10") is
 * kept as typed with Sheets' warning, and the daily job names it in Problems: the answer is
 * there for someone to correct, not lost. A column the jobs fill shows its value set as DESIGN
 * lists it, with a warning rather than a refusal: the jobs also write words of their own there
 * ("Check this row: …"), and the warning marks those rows.
 */
function validationOf(env: Env, column: Column): GoogleAppsScript.Spreadsheet.DataValidation | null {
  if (column.type === 'score') {
    return env
      .newValidation()
      .requireNumberBetween(1, 5)
      .setAllowInvalid(true)
      .setHelpText('Enter a whole number from 1 to 5')
      .build();
  }
  const computed = column.owner === 'computed';
  if (!column.values || (column.type !== 'enum' && !computed)) return null;
  return env
    .newValidation()
    .requireValueInList([...column.values], true)
    .setAllowInvalid(computed)
    .setHelpText(`${computed ? 'Filled by the add-on' : 'Choose one of'}: ${column.values.join(', ')}`)
    .build();
}

/** Case and spacing aside, as a person may type a header ("contact", "Need  type"). */
const looseHeader = (header: string) => header.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * A column whose header differs from the contract's only in case or spacing is that column: its
 * header is written the contract's way (the data under it is the person's, and stays), instead of
 * an empty second column being added beside it. Returns its position, or 0.
 */
function respelled(sheet: Sheet, def: TableDef, headers: string[], column: Column): number {
  const contract = new Set(def.columns.map((c) => c.header));
  const at = headers.findIndex((h) => !contract.has(h) && looseHeader(h) === looseHeader(column.header));
  if (at < 0) return 0;
  sheet.getRange(1, at + 1).setValue(column.header);
  headers[at] = column.header;
  return at + 1;
}
