/** The Dashboard sheet the jobs write: made anew, first in line and with its warning, if deleted. */
import type { Env } from './env';
import { DASHBOARD_PROTECTION, warnOnSheet } from './protect';
import { DASHBOARD_SHEET } from './tables';

export function dashboardSheet(env: Env): GoogleAppsScript.Spreadsheet.Sheet {
  const found = env.ss.getSheetByName(DASHBOARD_SHEET);
  if (found) return found;
  const made = env.ss.insertSheet(DASHBOARD_SHEET, 0);
  // Typing on it is lost at the next rebuild: Sheets asks "Edit anyway?" first, as after Set up.
  warnOnSheet(env, made, DASHBOARD_PROTECTION);
  return made;
}
