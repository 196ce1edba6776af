/**
 * Google's 10 million cells per spreadsheet (https://support.google.com/docs/answer/37603), empty
 * cells included: at the limit Sheets refuses every new row, so every save and job that appends
 * fails. People get plain words and what to do, not Apps Script's.
 */

/** Apps Script's words when a sheet would grow past the limit (tools/emulator/spreadsheet/messages.ts). */
const PAST_THE_LIMIT = /above the limit of 10000000 cells/i;

export const isSpreadsheetFull = (message: string): boolean => PAST_THE_LIMIT.test(message);

/** `consequence`: what became of the work, after "so" ("nothing was saved"). */
export const spreadsheetFull = (consequence: string): string =>
  `The spreadsheet is full: Google allows 10 million cells in one file, empty ones included, so ${consequence}; delete empty rows or columns or move old records to another file.`;

/** Every sheet's grid, the user's own sheets too: what Google counts. One call, then two a sheet. */
export const cellsInUse = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet): number =>
  ss.getSheets().reduce((sum, sheet) => sum + sheet.getMaxRows() * sheet.getMaxColumns(), 0);
