/**
 * What the server code needs from Apps Script, handed in by src/main.ts (the only file that
 * names Apps Script's globals), so every layer below can be exercised with any runtime.
 */
export interface Env {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** The spreadsheet's time zone, asked once per run (a service call each time otherwise). */
  readonly timeZone: () => string;
  readonly documentLock: () => GoogleAppsScript.Lock.Lock;
  readonly documentProperties: () => GoogleAppsScript.Properties.Properties;
  /** The person running the code; '' when Apps Script will not say (outside one Workspace domain). */
  readonly userEmail: () => string;
  readonly now: () => Date;
  /** SpreadsheetApp.flush: pending writes land before the lock is released. */
  readonly flush: () => void;
  readonly ui: () => GoogleAppsScript.Base.Ui | null;
  readonly newValidation: () => GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  readonly newFormatRule: () => GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  readonly protectionType: typeof GoogleAppsScript.Spreadsheet.ProtectionType;
  readonly scriptApp: () => GoogleAppsScript.Script.ScriptApp;
  readonly mail: () => GoogleAppsScript.Mail.MailApp;
  /** Plain-text logging (Apps Script's console, visible in the execution log). */
  readonly log: (message: string) => void;
}

/** How a person is named in logs when Apps Script hides who they are. */
export const UNKNOWN_USER = '(unknown user)';

export const who = (env: Env): string => env.userEmail() || UNKNOWN_USER;
