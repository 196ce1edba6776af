/** A fresh runtime, workbook and SpreadsheetApp for the spreadsheet emulator's tests. */
import { Runtime } from '../../tools/emulator/runtime';
import { createSpreadsheetApp, Workbook } from '../../tools/emulator/spreadsheet/index';

export function fresh(timeZone = 'Asia/Shanghai') {
  const rt = new Runtime({ spreadsheetTimeZone: timeZone });
  const book = new Workbook(rt, { name: 'CRM' });
  const app = createSpreadsheetApp(rt, book);
  const ss = app.getActive();
  const sheet = ss.getSheets()[0]!;
  return { rt, book, app, ss, sheet };
}
