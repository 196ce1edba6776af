/**
 * Computed columns carry a warning-only protection (a person who edits one is warned, and the
 * owner can still fix things); the Audit Log is protected outright. Each protection is named by
 * its description, so repair finds and keeps it instead of adding another.
 */
import type { Column, TableDef } from './columns';
import type { Env } from './env';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const protectionName = (sheet: string, key: string) => `CRM: ${sheet} ${key} is filled by the add-on`;
export const AUDIT_PROTECTION = 'CRM: the audit log is written by the add-on only';

export function protectTable(env: Env, sheet: Sheet, def: TableDef, positions: Map<Column, number>): void {
  if (def.appendOnly) {
    protectSheet(env, sheet);
    return;
  }
  const existing = new Map(
    sheet.getProtections(env.protectionType.RANGE).map((p) => [p.getDescription(), p] as const),
  );
  for (const [column, position] of positions) {
    if (column.owner !== 'computed') continue;
    const name = protectionName(def.name, column.key);
    const range = sheet.getRange(1, position, sheet.getMaxRows(), 1);
    const protection = existing.get(name);
    if (protection) {
      if (protection.getRange().getA1Notation() !== range.getA1Notation()) protection.setRange(range);
    } else {
      range.protect().setDescription(name).setWarningOnly(true);
    }
  }
}

function protectSheet(env: Env, sheet: Sheet): void {
  const existing = sheet
    .getProtections(env.protectionType.SHEET)
    .find((p) => p.getDescription() === AUDIT_PROTECTION);
  if (existing) return;
  const protection = sheet.protect().setDescription(AUDIT_PROTECTION);
  // Only the owner (and this add-on acting for them) may change the log.
  protection.removeEditors(protection.getEditors());
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}
