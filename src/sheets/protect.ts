/**
 * Computed columns and the append-only sheets (Audit Log, Health History) carry warning-only
 * protections: a person who edits one by hand is warned. Not a hard lock, because sidebar saves
 * run as the person using the sidebar and Sheets applies protections to scripts running as that
 * user: an owner-only Audit Log would refuse every staff member's audit row (after the record was
 * written). Each protection is named by its description, so repair finds and keeps it.
 * https://developers.google.com/apps-script/reference/spreadsheet/protection#setwarningonlywarningonly
 */
import type { Column, TableDef } from './columns';
import type { Env } from './env';
import { columnA1, columnsFrom } from './layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const protectionName = (sheet: string, key: string) => `CRM: ${sheet} ${key} is filled by the add-on`;
const OWNER_ONLY = 'CRM: the audit log is written by the add-on only';
export const AUDIT_PROTECTION =
  'CRM: written by the add-on only; a hand edit makes this history untrustworthy';
export const DASHBOARD_PROTECTION =
  'CRM: the add-on rebuilds this sheet; anything typed here is replaced on its next run';

/** `rows`: the sheet's height, to tell a whole-column protection from one short of the last row. */
export function protectTable(
  env: Env,
  sheet: Sheet,
  def: TableDef,
  positions: Map<Column, number>,
  rows: number,
): void {
  if (def.appendOnly) {
    warnOnSheet(env, sheet, AUDIT_PROTECTION, [OWNER_ONLY]);
    return;
  }
  const existing = new Map(
    sheet.getProtections(env.protectionType.RANGE).map((p) => [p.getDescription(), p] as const),
  );
  for (const [column, position] of positions) {
    const name = protectionName(def.name, column.key);
    // A column an earlier version protected that is a person's now (Survey Status).
    if (column.owner !== 'computed') {
      existing.get(name)?.remove();
      continue;
    }
    // The whole column, whatever its height when Sheets resolves it (rows come and go meanwhile).
    const range = () => columnsFrom(sheet, 1, position);
    const protection = existing.get(name);
    if (!protection) range().protect().setDescription(name).setWarningOnly(true);
    else if (!sameColumns(protection.getRange().getA1Notation(), columnA1(position), rows))
      protection.setRange(range());
  }
}

/** Whole columns alike whether written "C:C", "C1:C" or "C1:C<rows>" (a protection short of the
 * last row is not: it is set again). */
function sameColumns(a: string, b: string, rows: number): boolean {
  const norm = (a1: string) =>
    a1.replace(/^([A-Z]+)1?:([A-Z]+)(\d*)$/, (all, from: string, to: string, end: string) =>
      end === '' || Number(end) === rows ? `${from}:${to}` : all,
    );
  return norm(a) === norm(b);
}

/** The whole sheet warns whoever edits it; `older`: descriptions an earlier version gave it. */
export function warnOnSheet(
  env: Env,
  sheet: Sheet,
  description: string,
  older: readonly string[] = [],
): void {
  const existing = sheet
    .getProtections(env.protectionType.SHEET)
    .find((p) => [description, ...older].includes(p.getDescription()));
  if (existing) {
    // Sheets set up by an earlier version carry an owner-only lock that refuses staff saves.
    if (!existing.isWarningOnly()) existing.setDescription(description).setWarningOnly(true);
    return;
  }
  sheet.protect().setDescription(description).setWarningOnly(true);
}
