/**
 * Warned before the spreadsheet is full: the daily run counts every sheet's grid (empty cells
 * count toward Google's 10 million, https://support.google.com/docs/answer/37603) once a week,
 * and from 80% on the Dashboard's status and the sidebar say how full it is and what to do.
 */
import { describe, expect, it } from 'vitest';
import { at, customer, sheet } from './daily-fixtures';
import { type Harness, startAddon } from './harness';

const WARNING =
  /The spreadsheet holds 8\.5 million of the 10 million cells Google allows in one file \(85%, empty ones included\).*delete empty rows or columns or move old records to another file/i;

const cellsUsed = (h: Harness) => h.emu.workbook.sheets.reduce((sum, s) => sum + s.maxRows * s.maxColumns, 0);

/** A sheet of the user's own grown until the workbook holds `cells` cells. */
function growTo(h: Harness, cells: number): void {
  const own =
    h.emu.globals.SpreadsheetApp.getActive().getSheetByName('Old orders') ??
    h.emu.globals.SpreadsheetApp.getActive().insertSheet('Old orders');
  own.insertRowsAfter(1, Math.ceil((cells - cellsUsed(h)) / own.getMaxColumns()));
}

const dailyLine = (h: Harness) => String(h.values('Dashboard')[3]![4]);
const sidebarWarning = (h: Harness) =>
  (h.addon.serve('sidebarBootstrap') as { value: { schedule: { warning: string } } }).value.schedule.warning;
/** The calls that count the grids: each sheet's getMaxRows (the other work asks it only to append). */
const counted = (h: Harness) => h.emu.rt.calls.get('Sheet.getMaxRows') ?? 0;

describe('room to grow', () => {
  it('at 85% the Dashboard and the sidebar say how full the spreadsheet is and what to do', () => {
    const h = startAddon();
    customer(h, { name: 'Acme', status: 'Won' });
    growTo(h, 8_500_000);
    h.addon.call('runDailyJobs');
    expect(dailyLine(h)).toMatch(/^OK /);
    expect(dailyLine(h)).toMatch(WARNING);
    expect(sidebarWarning(h)).toMatch(WARNING);
    // The hourly run rewrites the status block: the warning stays.
    h.addon.call('runHourlyJobs');
    expect(dailyLine(h)).toMatch(WARNING);
  });

  it('under 80% says nothing', () => {
    const h = startAddon();
    growTo(h, 7_900_000);
    h.addon.call('runDailyJobs');
    expect(dailyLine(h)).not.toMatch(/million/);
    expect(sidebarWarning(h)).not.toMatch(/million/);
  });

  it('counts once a week: the days between cost no call, and the next week sees the growth', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    h.addon.call('runDailyJobs');
    growTo(h, 8_500_000);
    for (const day of ['2026-11-24', '2026-11-25', '2026-11-29']) {
      at(h, `${day}T10:00`);
      h.emu.rt.resetCounters();
      h.addon.call('runDailyJobs');
      expect(counted(h), day).toBe(0);
      expect(dailyLine(h)).not.toMatch(/million/);
    }
    at(h, '2026-11-30T10:00');
    h.emu.rt.resetCounters();
    h.addon.call('runDailyJobs');
    expect(counted(h)).toBe(h.emu.workbook.sheets.length);
    expect(dailyLine(h)).toMatch(WARNING);
  });

  it('the user’s own sheets count too, and room made shows on the next week’s count', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    growTo(h, 8_500_000);
    h.addon.call('runDailyJobs');
    expect(dailyLine(h)).toMatch(WARNING);
    sheet(h, 'Old orders').getParent().deleteSheet(sheet(h, 'Old orders'));
    at(h, '2026-11-30T10:00');
    h.addon.call('runDailyJobs');
    expect(dailyLine(h)).not.toMatch(/million/);
  });
});
