/**
 * Apps Script's words for a range past a sheet's edge (tools/emulator/spreadsheet/messages.ts):
 * between counting a sheet's rows and using them, a person deleted some. Nothing needs fixing;
 * the work only needs doing again, so people are told that instead of Apps Script's words.
 */
const PAST_THE_EDGE = /coordinates of the range are outside the dimensions of the sheet/i;

export const isPastTheEdge = (message: string): boolean => PAST_THE_EDGE.test(message);
