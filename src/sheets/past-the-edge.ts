/**
 * Reads that meet a sheet smaller than when it was measured: between counting a sheet's rows (or
 * columns) and reading them, a person deleted some, and Apps Script refuses a range past the edge.
 * Nothing needs fixing; the work only needs doing again.
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * `read()`, or null if it failed because the sheet no longer reaches row `reach.row` or column
 * `reach.column`. Told by the sheet's size, not by the error's words (Apps Script may word them in
 * the user's language). Any other failure is the caller's.
 */
export function withinSheet<T>(
  sheet: Sheet,
  reach: { row?: number; column?: number },
  read: () => T,
): T | null {
  try {
    return read();
  } catch (error) {
    const { row, column } = reach;
    if (row !== undefined && sheet.getMaxRows() < row) return null;
    if (column !== undefined && sheet.getMaxColumns() < column) return null;
    throw error;
  }
}

/** Apps Script's words for a range past the edge (tools/emulator/spreadsheet/messages.ts), in English. */
const PAST_THE_EDGE = /coordinates of the range are outside the dimensions of the sheet/i;

/** Whether a failure's message is Apps Script's for a range past the edge: then people get plain words. */
export const isPastTheEdge = (message: string): boolean => PAST_THE_EDGE.test(message);
