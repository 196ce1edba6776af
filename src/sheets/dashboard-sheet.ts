/** The Dashboard sheet the jobs write: made anew, first in line and with its warning, if deleted. */
import type { Env } from './env';
import { DASHBOARD_PROTECTION, warnOnSheet } from './protect';
import { DASHBOARD_SHEET } from './tables';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets' width of a column nobody sized, in pixels. */
const UNSIZED = 100;

export function dashboardSheet(env: Env): Sheet {
  const found = env.ss.getSheetByName(DASHBOARD_SHEET);
  if (found) return found;
  const made = env.ss.insertSheet(DASHBOARD_SHEET, 0);
  // Typing on it is lost at the next rebuild: Sheets asks "Edit anyway?" first, as after Set up.
  warnOnSheet(env, made, DASHBOARD_PROTECTION);
  layOut(made);
  return made;
}

/**
 * Column A holds the labels ("Median hours to acknowledge (2026-11 vs 2026-10)"), the rest the
 * figures and their headers ("Overdue follow-ups", "67 of 196 touches"): at Sheets' 100 pixels each
 * would show cut off beside the next cell. The status block's run times read as every other time
 * the CRM writes, not in the locale's month/day order.
 */
function layOut(sheet: Sheet): void {
  sheet.setColumnWidth(1, 360);
  sheet.setColumnWidths(2, sheet.getMaxColumns() - 1, 150);
  sheet.getRange('B3:B4').setNumberFormat('yyyy-mm-dd hh:mm');
}

/** A Dashboard an earlier version made, at Sheets' widths still: laid out as one made now. */
export function layOutUnsized(sheet: Sheet): void {
  if (sheet.getColumnWidth(1) === UNSIZED) layOut(sheet);
}
