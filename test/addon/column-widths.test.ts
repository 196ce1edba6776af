/**
 * Column widths are a person's once the sheet exists: Set up sizes the columns of the sheets it
 * makes and of the columns it adds, and leaves every other width as it stands.
 */
import { describe, expect, it } from 'vitest';
import { sheet } from './daily-fixtures';
import { startAddon } from './harness';

const widths = (h: ReturnType<typeof startAddon>, name: string) => {
  const s = sheet(h, name);
  return Array.from({ length: s.getLastColumn() }, (_, i) => s.getColumnWidth(i + 1));
};

describe('column widths', () => {
  it('a repair keeps the widths a person set', () => {
    const h = startAddon();
    sheet(h, 'Customers').setColumnWidth(2, 333);
    sheet(h, 'Dashboard').setColumnWidth(1, 444);
    const before = widths(h, 'Customers');
    h.addon.call('setupWorkbook');
    expect(widths(h, 'Customers')).toEqual(before);
    expect(sheet(h, 'Dashboard').getColumnWidth(1)).toBe(444);
  });

  it('a column Set up adds to a sheet in use is sized, the others stay', () => {
    const h = startAddon({ setup: false });
    const ss = h.emu.globals.SpreadsheetApp.getActive();
    const own = ss.insertSheet('Customers');
    own.getRange(1, 1, 1, 2).setValues([['ID', 'Name']]);
    own.setColumnWidths(1, 2, 77);
    h.addon.call('setupWorkbook');
    const headers = h.values('Customers')[0]!;
    const [id, name, ...added] = widths(h, 'Customers');
    expect([id, name]).toEqual([77, 77]);
    const email = added[headers.indexOf('Email') - 2]!;
    expect(email).toBeGreaterThan(200);
  });

  it("an earlier version's Dashboard, at Sheets' widths, is laid out by Set up", () => {
    const h = startAddon();
    const dashboard = sheet(h, 'Dashboard');
    dashboard.setColumnWidths(1, dashboard.getMaxColumns(), 100);
    h.addon.call('setupWorkbook');
    expect(sheet(h, 'Dashboard').getColumnWidth(1)).toBeGreaterThan(300);
    expect(sheet(h, 'Dashboard').getColumnWidth(2)).toBeGreaterThan(100);
  });

  it('a Dashboard someone deleted comes back laid out, its run times as the CRM writes times', () => {
    const h = startAddon();
    const ss = h.emu.globals.SpreadsheetApp.getActive();
    ss.deleteSheet(sheet(h, 'Dashboard'));
    h.addon.call('runHourlyJobs');
    expect(sheet(h, 'Dashboard').getColumnWidth(1)).toBeGreaterThan(300);
    expect(sheet(h, 'Dashboard').getRange('B3').getDisplayValue()).toBe('2026-11-23 10:00');
  });
});
