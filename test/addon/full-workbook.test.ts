/**
 * A workbook at Google's 10 million cells (https://support.google.com/docs/answer/37603): Sheets
 * refuses any new row. What a person sees then, and that nothing is half-written or lost.
 */
import { describe, expect, it } from 'vitest';
import { at, customer, serve, sheet, ticket, typeRows } from './daily-fixtures';
import { type Harness, startAddon } from './harness';

const LIMIT = 10_000_000;
const FULL =
  /^The spreadsheet is full: Google allows 10 million cells .*delete empty rows or columns or move old records to another file/;

/** Every sheet's grid, empty cells too: what Google counts toward the limit. */
function cellsUsed(h: Harness): number {
  return h.emu.workbook.sheets.reduce((sum, s) => sum + s.maxRows * s.maxColumns, 0);
}

/**
 * A sheet of the user's own (old records kept in the same file) grown until the workbook holds
 * `LIMIT - spare` cells.
 */
function fill(h: Harness, spare = 0): void {
  const own = h.emu.globals.SpreadsheetApp.getActive().insertSheet('Old orders');
  own.deleteColumns(2, own.getMaxColumns() - 1);
  own.deleteRows(2, own.getMaxRows() - 1);
  own.insertRowsAfter(1, LIMIT - spare - cellsUsed(h));
  expect(cellsUsed(h)).toBe(LIMIT - spare);
}

describe('a workbook at the 10 million cell limit', () => {
  it.each([
    ['sidebarCreateCustomer', 'Customers', { name: 'Acme', contact: 'Li Wei' }],
    ['sidebarCreateTicket', 'Tickets', { subject: 'Printer jams', type: 'Technical' }],
    [
      'sidebarLogInteraction',
      'Interactions',
      {
        channel: 'Phone',
        kind: 'Care',
        subject: 'Check-in',
        when: '2026-11-23T09:00',
        details: 'Talked through the rollout plan; they asked for a training session next month.',
      },
    ],
  ])('%s says the file is full, and saves nothing', (fn, name, record) => {
    const h = startAddon();
    const id = customer(h, { name: 'Old Co' });
    fill(h);
    const rows = h.values(name).length;
    const audit = h.values('Audit Log').length;
    const r = serve(h, fn, { customerId: id, ...record });
    expect(r).toMatchObject({ ok: false });
    expect(r.message).toMatch(FULL);
    expect(r.message).toMatch(/nothing was saved/);
    expect(h.values(name).length).toBe(rows);
    expect(h.values('Audit Log').length).toBe(audit);
  });

  it('the hourly job fails in plain words, on the Dashboard too', () => {
    const h = startAddon({ now: '2026-11-20T09:00' });
    const id = customer(h, { name: 'Old Co' });
    ticket(h, { customerId: id, level: 'Regular' });
    at(h, '2026-11-23T10:00');
    fill(h);
    const alerts = h.values('Alerts').length;
    const outcome = h.addon.call('runHourlyJobs') as { error: string };
    expect(outcome.error).toMatch(FULL);
    expect(h.values('Alerts').length).toBe(alerts);
    expect(String(h.values('Dashboard')[2]![4])).toMatch(/FAILED: The spreadsheet is full/);
  });

  it('the daily job fails in plain words', () => {
    const h = startAddon();
    customer(h, { name: 'Old Co', status: 'Won' });
    fill(h);
    const outcome = h.addon.call('runDailyJobs') as { error: string };
    expect(outcome.error).toMatch(FULL);
  });

  it('a Status typed into Tickets stays as typed, gets no stamps nobody logged, and the toast says why', () => {
    const h = startAddon();
    const id = customer(h, { name: 'Old Co' });
    ticket(h, { customerId: id });
    fill(h);
    const audit = h.values('Audit Log').length;
    h.addon.edit('Tickets', 'L2', 'Acknowledged');
    expect(h.records('Tickets')[0]).toMatchObject({ Status: 'Acknowledged', Acknowledged: '' });
    expect(h.values('Audit Log').length).toBe(audit);
    const toast = h.emu.workbook.toasts.at(-1)!;
    expect(toast.title).toBe('CRM: the Status got no stamps');
    expect(toast.message).toMatch(FULL);
  });

  it('an alert marked Done in the sheet gets no Done At nobody logged', () => {
    const h = startAddon();
    sheet(h, 'Alerts').appendRow(['A-00001', '', 'At Risk', 'C-0001']);
    const header = h.values('Alerts')[0]!;
    const status = String.fromCharCode(65 + header.indexOf('Status'));
    fill(h);
    h.addon.edit('Alerts', `${status}2`, 'Done');
    expect(h.records('Alerts')[0]).toMatchObject({ Status: 'Done', 'Done At': '' });
    expect(h.emu.workbook.toasts.at(-1)!.message).toMatch(FULL);
  });

  it('a change saved from the sidebar says it was saved and why the Audit Log has no row for it', () => {
    const h = startAddon();
    const id = customer(h, { name: 'Old Co' });
    const t = ticket(h, { customerId: id });
    fill(h);
    const r = serve(h, 'sidebarUpdateTicket', { id: t, progress: 50 });
    expect(r).toMatchObject({ ok: false, kind: 'partly' });
    expect(r.message).toMatch(
      /^T-00001 was saved, but the Audit Log could not note it\. The spreadsheet is full: /,
    );
  });
  it('Give IDs to new rows gives no ID nobody logged, and says why in plain words', () => {
    const h = startAddon();
    typeRows(h, 'Customers', [{ Name: 'Beta Trading' }, { Name: 'Gamma Foods' }]);
    fill(h);
    const audit = h.values('Audit Log').length;
    h.addon.call('menuGiveIds');
    expect(h.records('Customers').map((c) => c.ID)).toEqual(['', '']);
    expect(h.values('Audit Log').length).toBe(audit);
    const toast = h.emu.workbook.toasts.at(-1)!.message;
    expect(toast).toMatch(/^No IDs were given: The spreadsheet is full: /);
    expect(toast.slice('No IDs were given: '.length)).toMatch(FULL);
  });

  it('Give IDs to new rows says which IDs it gave, logged, before the file filled up', () => {
    const h = startAddon();
    typeRows(h, 'Customers', [{ Name: 'Beta Trading' }, { Name: 'Gamma Foods' }]);
    typeRows(h, 'Tickets', [{ Subject: 'Old invoice question' }]);
    // Room for the customers' two Audit Log rows (inserted, whatever empty rows wait below), none
    // for the ticket's.
    fill(h, 2 * sheet(h, 'Audit Log').getMaxColumns());
    h.addon.call('menuGiveIds');
    expect(h.records('Customers').map((c) => c.ID)).toEqual(['C-0001', 'C-0002']);
    expect(h.records('Tickets').map((t) => t.ID)).toEqual(['']);
    expect(h.records('Audit Log').map((r) => [r.Action, r['Record ID']])).toEqual([
      ['give ID', 'C-0001'],
      ['give ID', 'C-0002'],
    ]);
    expect(h.emu.workbook.toasts.at(-1)!.message).toMatch(
      /^Gave IDs to 2 customers\. No more IDs were given: The spreadsheet is full: /,
    );
  });
});
