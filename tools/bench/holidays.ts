/**
 * Public holidays in the Settings sheet (one "Holiday" row each), so the business-time SLA clock
 * and follow-up dates skip them as they would in a Shanghai office.
 */
import type { Emulator } from '../emulator/index';

export const HOLIDAYS = [
  '2026-01-01',
  '2026-02-16',
  '2026-02-17',
  '2026-02-18',
  '2026-02-19',
  '2026-02-20',
  '2026-04-06',
  '2026-05-01',
  '2026-05-04',
  '2026-05-05',
  '2026-06-19',
  '2026-09-25',
  '2026-10-01',
  '2026-10-02',
  '2026-10-05',
  '2026-10-06',
  '2026-10-07',
  '2027-01-01',
];

/** Appends the rows under whatever column order Set up left; call after setupWorkbook. */
export function addHolidays(emu: Emulator): void {
  const sheet = emu.globals.SpreadsheetApp.getActive().getSheetByName('Settings');
  if (!sheet) throw new Error('Run setupWorkbook before adding holidays: there is no Settings sheet.');
  const width = sheet.getLastColumn();
  const headers = sheet.getRange(1, 1, 1, width).getValues()[0]!.map(String);
  const rows = HOLIDAYS.map((day) =>
    headers.map((h) => (h === 'Setting' ? 'Holiday' : h === 'Value' ? day : '')),
  );
  sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, width).setValues(rows);
}
