/**
 * Health History grows by a row per customer a month for ever (120,000 rows a year at 10,000
 * customers), toward Google's 10 million cells: the daily run deletes the months older than
 * "Keep health history (months)", as it does the Audit Log's, and the trend still compares with
 * last month.
 */
import { describe, expect, it } from 'vitest';
import { customer, daily, interaction, typeRows } from './daily-fixtures';
import { type Harness, shanghai, startAddon } from './harness';

/** Health History rows for `id`, one a month, oldest first. */
const months = (id: string, list: readonly string[], score = 80) =>
  list.map((month, i) => ({
    ID: `H-${String(i + 1).padStart(6, '0')}`,
    Month: month,
    'Customer ID': id,
    'Health Score': score,
    'Risk Level': 'Low',
    Recorded: shanghai(`${month}-01T06:00`),
  }));

const monthsKept = (h: Harness) => [...new Set(h.records('Health History').map((r) => String(r.Month)))];

function setSetting(h: Harness, name: string, value: string): void {
  const rows = h.values('Settings');
  const at = rows.findIndex((r) => r[0] === name) + 1;
  expect(at, name).toBeGreaterThan(1);
  h.emu.globals.SpreadsheetApp.getActive().getSheetByName('Settings')!.getRange(at, 2).setValue(value);
}

describe('Health History retention', () => {
  it('keeps 24 months by default: older rows go, and the trend still compares with last month', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const id = customer(h, { name: 'Acme', status: 'Won' });
    interaction(h, id, '2026-11-20T10:00');
    typeRows(h, 'Health History', months(id, ['2024-09', '2024-10', '2024-11', '2025-06', '2026-10'], 30));
    const outcome = daily(h);
    expect(monthsKept(h)).toEqual(['2024-11', '2025-06', '2026-10', '2026-11']);
    expect(outcome.detail).toMatch(/2 old health history rows removed/);
    const acme = h.records('Customers').find((r) => r.ID === id)!;
    expect(String(acme['Health Trend'])).toMatch(/^▲ /);
  });

  it('keeps as many months as Settings say', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const id = customer(h, { name: 'Acme', status: 'Won' });
    interaction(h, id, '2026-11-20T10:00');
    typeRows(h, 'Health History', months(id, ['2026-04', '2026-05', '2026-06', '2026-10']));
    setSetting(h, 'Keep health history (months)', '6');
    daily(h);
    expect(monthsKept(h)).toEqual(['2026-05', '2026-06', '2026-10', '2026-11']);
  });

  it('a workbook whose Settings lack the row keeps the default, and Set up adds the row', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const settings = h.emu.globals.SpreadsheetApp.getActive().getSheetByName('Settings')!;
    const row = h.values('Settings').findIndex((r) => r[0] === 'Keep health history (months)') + 1;
    settings.deleteRow(row);
    const id = customer(h, { name: 'Acme', status: 'Won' });
    interaction(h, id, '2026-11-20T10:00');
    typeRows(h, 'Health History', months(id, ['2024-10', '2024-11']));
    daily(h);
    expect(monthsKept(h)).toEqual(['2024-11', '2026-11']);
    h.addon.call('setupWorkbook');
    expect(h.values('Settings').find((r) => r[0] === 'Keep health history (months)')?.[1]).toBe('24');
  });

  it('a history of old months only, with no score this month, is left for a later run (Sheets keeps a row)', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const id = customer(h, { name: 'Acme', status: 'Churned' });
    typeRows(h, 'Health History', months(id, ['2024-09', '2024-10']));
    const sheet = h.emu.globals.SpreadsheetApp.getActive().getSheetByName('Health History')!;
    sheet.deleteRows(sheet.getLastRow() + 1, sheet.getMaxRows() - sheet.getLastRow());
    daily(h);
    expect(monthsKept(h)).toEqual(['2024-09', '2024-10']);
  });
});
