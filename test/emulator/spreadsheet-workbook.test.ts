import { describe, expect, it } from 'vitest';
import { Runtime } from '../../tools/emulator/runtime';
import { createSpreadsheetApp, Workbook } from '../../tools/emulator/spreadsheet/index';
import { fresh } from './spreadsheet-fixture';

describe('SpreadsheetApp', () => {
  it('returns the one bound spreadsheet from getActive and getActiveSpreadsheet', () => {
    const { app, book } = fresh();
    expect(app.getActive().getId()).toBe(book.id);
    expect(app.getActiveSpreadsheet().getName()).toBe('CRM');
  });

  it('counts every call, flush included', () => {
    const { app, rt } = fresh();
    rt.resetCounters();
    app.flush();
    app.getActive().getSheets()[0]!.getRange('A1:B2').getValues();
    expect(Object.fromEntries(rt.calls)).toEqual({
      'SpreadsheetApp.flush': 1,
      'SpreadsheetApp.getActive': 1,
      'Spreadsheet.getSheets': 1,
      'Sheet.getRange': 1,
      'Range.getValues': 1,
    });
    expect(rt.cellsRead).toBe(4);
  });

  it('getSheetValues reads a block in one call, as getRange(...).getValues() does, and refuses the same bad blocks', () => {
    const { sheet, rt } = fresh();
    sheet.getRange('A1:C2').setValues([
      [1, 'two', new Date(Date.UTC(2026, 0, 5))],
      [true, '', 6],
    ]);
    rt.resetCounters();
    const block = sheet.getSheetValues(1, 1, 2, 3);
    expect(Object.fromEntries(rt.calls)).toEqual({ 'Sheet.getSheetValues': 1 });
    expect(rt.cellsRead).toBe(6);
    expect(block).toEqual(sheet.getRange(1, 1, 2, 3).getValues());
    const message = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as Error).message;
      }
      return 'no error';
    };
    for (const [r, c, h, w] of [
      [1, 1, 0, 1],
      [0, 1, 1, 1],
      [1, 1, 1, sheet.getMaxColumns() + 1],
    ] as const) {
      expect(message(() => sheet.getSheetValues(r, c, h, w))).toBe(message(() => sheet.getRange(r, c, h, w)));
      expect(message(() => sheet.getSheetValues(r, c, h, w))).not.toBe('no error');
    }
  });

  it('counts cells written', () => {
    const { sheet, rt } = fresh();
    rt.resetCounters();
    sheet.getRange('A1:C2').setValues([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(rt.cellsWritten).toBe(6);
  });

  it('runs the hook before each call', () => {
    const { sheet, rt } = fresh();
    const seen: string[] = [];
    rt.hook = (method) => seen.push(method);
    sheet.getRange('A1').setValue(1);
    expect(seen).toEqual(['Sheet.getRange', 'Range.setValue']);
  });

  it('hands back the Ui it was given, and says so when there is none', () => {
    const rt = new Runtime();
    const ui = { alert: () => 'OK' };
    expect(createSpreadsheetApp(rt, new Workbook(rt), ui).getUi()).toBe(ui);
    expect(() => createSpreadsheetApp(rt, new Workbook(rt)).getUi()).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });
});

describe('Spreadsheet', () => {
  it('starts with Sheet1, 1000 rows by 26 columns', () => {
    const { ss } = fresh();
    const [sheet] = ss.getSheets();
    expect(sheet!.getName()).toBe('Sheet1');
    expect([sheet!.getMaxRows(), sheet!.getMaxColumns()]).toEqual([1000, 26]);
    expect(sheet!.getSheetId()).toBe(0);
  });

  it('finds sheets by name, ignoring case, and answers null when absent', () => {
    const { ss } = fresh();
    ss.insertSheet('Customers');
    expect(ss.getSheetByName('Customers')!.getName()).toBe('Customers');
    expect(ss.getSheetByName('customers')!.getName()).toBe('Customers');
    expect(ss.getSheetByName('Tickets')).toBeNull();
  });

  it('inserts sheets at an index, makes them active, gives them distinct ids', () => {
    const { ss } = fresh();
    const dashboard = ss.insertSheet('Dashboard', 0);
    ss.insertSheet();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Dashboard', 'Sheet1', 'Sheet3']);
    expect(ss.getActiveSheet().getName()).toBe('Sheet3');
    expect(dashboard.getIndex()).toBe(1);
    expect(new Set(ss.getSheets().map((s) => s.getSheetId())).size).toBe(3);
  });

  it('refuses a duplicate sheet name with Sheets message, ignoring case', () => {
    const { ss } = fresh();
    ss.insertSheet('Customers');
    expect(() => ss.insertSheet('CUSTOMERS')).toThrow(
      'A sheet with the name "CUSTOMERS" already exists. Please enter another name.',
    );
    expect(() => ss.getSheets()[0]!.setName('customers')).toThrow('already exists');
  });

  it('deletes sheets but never the last one', () => {
    const { ss } = fresh();
    const other = ss.insertSheet('Other');
    ss.deleteSheet(other);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
    expect(() => ss.deleteSheet(ss.getSheets()[0]!)).toThrow(
      "You can't remove all the sheets in a document.",
    );
  });

  it('sets the active sheet and moves it', () => {
    const { ss } = fresh();
    const a = ss.insertSheet('A');
    ss.insertSheet('B');
    ss.setActiveSheet(a);
    expect(ss.getActiveSheet().getName()).toBe('A');
    ss.moveActiveSheet(1);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['A', 'Sheet1', 'B']);
    ss.getSheetByName('B')!.activate();
    expect(ss.getActiveSheet().getName()).toBe('B');
  });

  it('reports and changes its time zone; dates keep their wall clock', () => {
    const { ss, sheet } = fresh();
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Shanghai');
    sheet.getRange('A1').setValue('2026-01-05 09:00');
    ss.setSpreadsheetTimeZone('Europe/London');
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/London');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2026-01-05T09:00:00.000Z');
    expect(() => ss.setSpreadsheetTimeZone('Mars/Base')).toThrow('Invalid argument');
  });

  it('has an id, a name and an edit URL', () => {
    const { ss } = fresh();
    expect(ss.getId()).toHaveLength(44);
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
    ss.rename('Renamed');
    expect(ss.getName()).toBe('Renamed');
  });

  it('records toasts', () => {
    const { ss, book } = fresh();
    ss.toast('Saved', 'CRM', 3);
    expect(book.toasts).toEqual([
      { message: 'Saved', title: 'CRM', timeoutSeconds: 3, at: Date.UTC(2026, 0, 5, 1) },
    ]);
  });

  it("resolves 'Sheet'!A1 references", () => {
    const { ss } = fresh();
    ss.insertSheet('My Sheet').getRange('B2').setValue(7);
    expect(ss.getRange("'My Sheet'!B2").getValue()).toBe(7);
    expect(ss.getSheetByName('Sheet1')!.getRange("'My Sheet'!B2").getValue()).toBe(7);
  });
});
