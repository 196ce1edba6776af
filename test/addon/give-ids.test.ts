/**
 * The menu's "Give IDs to new rows": a business pastes its customer list and ticket history
 * without IDs (or with IDs of its own), and each such row gets the next ID, so the jobs and the
 * sidebar see it as a record.
 */
import { describe, expect, it } from 'vitest';
import { asPerson } from '../../tools/emulator/person';
import { customer, sheet, typeRows } from './daily-fixtures';
import { type Harness, startAddon } from './harness';

const toast = (h: Harness) => h.emu.workbook.toasts.at(-1)?.message;
const give = (h: Harness) => h.addon.call('menuGiveIds');
const ids = (h: Harness, name: string) => h.records(name).map((r) => r.ID);

describe('Give IDs to new rows', () => {
  it('gives the next ID to every pasted row without one, keeps IDs of the business’s own, and says so', () => {
    const h = startAddon();
    const acme = customer(h, { name: 'Acme' }); // C-0001, from the sidebar
    typeRows(h, 'Customers', [
      { Name: 'Beta Trading', Contact: 'Wang Fang' },
      { ID: 'ACME-17', Name: 'Gamma Foods', Contact: 'Zhao Lei' },
      { Name: 'Delta Print', Contact: 'Sun Yu' },
    ]);
    typeRows(h, 'Tickets', [
      { 'Customer ID': acme, Subject: 'Old invoice question' },
      { 'Customer ID': 'ACME-17', Subject: 'Delivery late' },
    ]);
    give(h);
    expect(ids(h, 'Customers')).toEqual([acme, 'C-0002', 'ACME-17', 'C-0003']);
    expect(ids(h, 'Tickets')).toEqual(['T-00001', 'T-00002']);
    expect(toast(h)).toBe('Gave IDs to 2 customers and 2 tickets.');
    // What was typed stays as typed.
    expect(h.records('Customers').map((c) => c.Name)).toEqual([
      'Acme',
      'Beta Trading',
      'Gamma Foods',
      'Delta Print',
    ]);
    // Each record's history starts with how it got its ID.
    const log = h.records('Audit Log').filter((l) => l.Action === 'give ID');
    expect(log.map((l) => [l.Table, l['Record ID']])).toEqual([
      ['Customers', 'C-0002'],
      ['Customers', 'C-0003'],
      ['Tickets', 'T-00001'],
      ['Tickets', 'T-00002'],
    ]);
    // The sidebar goes on from there: no ID is given twice.
    expect(customer(h, { name: 'Epsilon' })).toBe('C-0004');
  });

  it('passes over empty rows and writes only the ID cells, in one call per block of rows', () => {
    const h = startAddon();
    typeRows(h, 'Customers', [
      { Name: 'Beta Trading' },
      { Name: 'Gamma Foods' },
      { ID: 'C-0007', Name: 'Zeta' },
      {},
      { Name: 'Delta Print' },
    ]);
    const before = h.emu.rt.calls.get('Range.setValues') ?? 0;
    give(h);
    expect(ids(h, 'Customers')).toEqual(['C-0008', 'C-0009', 'C-0007', '', 'C-0010']);
    // Two blocks of Customers' IDs, then the Audit Log's rows.
    expect((h.emu.rt.calls.get('Range.setValues') ?? 0) - before).toBe(3);
    expect(toast(h)).toBe('Gave IDs to 3 customers.');
  });

  it('says when every row already has an ID', () => {
    const h = startAddon();
    customer(h, { name: 'Acme' });
    give(h);
    expect(toast(h)).toBe('Every row already has an ID.');
  });

  it('counts in thousands as people write them', () => {
    const h = startAddon();
    typeRows(
      h,
      'Customers',
      Array.from({ length: 1204 }, (_, i) => ({ Name: `Customer ${i + 1}` })),
    );
    give(h);
    expect(toast(h)).toBe('Gave IDs to 1,204 customers.');
    expect(ids(h, 'Customers').at(-1)).toBe('C-1204');
  });

  it('leaves a row a person changed while it was read, and gives no ID one typed meanwhile', () => {
    const h = startAddon();
    typeRows(h, 'Customers', [{ Name: 'Beta Trading' }, { Name: 'Gamma Foods' }, { Name: 'Delta Print' }]);
    const customers = sheet(h, 'Customers');
    // Reads: the header row, the rows, then the rows again just before their IDs are written.
    let reads = 0;
    h.emu.rt.hook = (method) => {
      if (method !== 'Sheet.getSheetValues' || ++reads < 3) return;
      h.emu.rt.hook = undefined;
      // Meanwhile a person typed an ID of their own into one row and put another's name right.
      asPerson(h.emu.rt, () => {
        customers.getRange(2, 1).setValue('BETA-1');
        customers.getRange(3, 2).setValue('Gamma Foods Ltd');
      });
    };
    give(h);
    expect(ids(h, 'Customers')).toEqual(['BETA-1', '', 'C-0001']);
    expect(toast(h)).toBe(
      'Gave IDs to 1 customer. 1 row changed while it was read and has no ID yet: choose Give IDs to new rows again.',
    );
    give(h);
    expect(ids(h, 'Customers')).toEqual(['BETA-1', 'C-0002', 'C-0001']);
  });

  it('says the sheet is busy when another run holds it, and gives no ID', () => {
    const h = startAddon();
    typeRows(h, 'Customers', [{ Name: 'Beta Trading' }]);
    h.emu.locks.hold('document');
    give(h);
    expect(ids(h, 'Customers')).toEqual(['']);
    expect(toast(h)).toMatch(/busy/);
  });

  it('names IDs that two rows share, as only the first of them is a record', () => {
    const h = startAddon();
    typeRows(h, 'Customers', [
      { ID: 'ACME-17', Name: 'Acme' },
      { ID: 'BETA-2', Name: 'Beta Trading' },
      { ID: 'ACME-17', Name: 'Acme Branch' },
    ]);
    typeRows(h, 'Tickets', [{ 'Customer ID': 'ACME-17', Subject: 'Delivery late' }]);
    give(h);
    expect(ids(h, 'Customers')).toEqual(['ACME-17', 'BETA-2', 'ACME-17']);
    expect(toast(h)).toBe(
      'Gave IDs to 1 ticket. A row that shares its ID with a row above is no record of its own: Customers ACME-17 (rows 2 and 4). Give each its own ID.',
    );
  });
});
