/**
 * Set up / repair on sheets people have used: colours that cover the records the sidebar adds,
 * stamps for a Status typed into a sheet named in another case or missing a column the stamps do
 * not use, Survey Status and scores as the contract lists them, a header typed in another case,
 * and a business's own "Dashboard" sheet kept whole.
 */
import { describe, expect, it } from 'vitest';
import { SURVEYS } from '../../src/sheets/tables';
import { customer, letterOf, sheet, ticket, typeRows } from './daily-fixtures';
import { type Harness, shanghai, startAddon } from './harness';

const ss = (h: Harness) => h.emu.globals.SpreadsheetApp.getActive();

/** The rules whose range covers a cell, as [criterion, background]. */
function rulesAt(h: Harness, name: string, row: number, header: string): unknown[][] {
  const column = h.values(name)[0]!.indexOf(header) + 1;
  return sheet(h, name)
    .getConditionalFormatRules()
    .filter((rule) =>
      rule
        .getRanges()
        .some(
          (r) =>
            r.getRow() <= row &&
            row <= r.getLastRow() &&
            r.getColumn() <= column &&
            column <= r.getLastColumn(),
        ),
    )
    .map((rule) => [
      rule.getBooleanCondition()?.getCriteriaValues()[0],
      rule.getBooleanCondition()?.getBackground(),
    ]);
}

/** Types a Status into row 2 of a tickets sheet, as a person would. */
function typeStatus(h: Harness, name: string, status: string) {
  h.emu.rt.clock.set(shanghai('2026-11-23T10:20'));
  h.addon.edit(name, `${letterOf(h, 'Tickets', 'Status')}2`, status);
}

describe('colours on the records the sidebar adds', () => {
  it('colour a breached ticket, and every customer of three saved one after another', () => {
    const h = startAddon();
    for (const name of ['Acme', 'Beta', 'Cora']) customer(h, { name });
    ticket(h, { customerId: 'C-0001' });
    h.emu.rt.clock.set(shanghai('2026-11-23T12:00'));
    h.addon.call('runHourlyJobs');
    expect(h.records('Tickets')[0]!['SLA Status']).toBe('Breached');
    expect(rulesAt(h, 'Tickets', 2, 'SLA Status')).toContainEqual(['Breached', '#f4c7c3']);
    for (const row of [2, 3, 4])
      expect(rulesAt(h, 'Customers', row, 'Risk Level'), `row ${row}`).toHaveLength(2);
  });

  it('are not stacked again by a repair after records were added', () => {
    const h = startAddon();
    const before = sheet(h, 'Customers').getConditionalFormatRules().length;
    customer(h, { name: 'Acme' });
    h.addon.call('setupWorkbook');
    expect(sheet(h, 'Customers').getConditionalFormatRules()).toHaveLength(before);
  });
});

describe('a Status typed into Tickets', () => {
  it('is stamped in a sheet a person named "tickets" before Set up (sheet names ignore case)', () => {
    const h = startAddon({ setup: false });
    ss(h).insertSheet('tickets');
    h.addon.call('setupWorkbook');
    ticket(h, { customerId: customer(h, { name: 'Acme' }) });
    typeStatus(h, 'tickets', 'In Progress');
    expect(h.records('Tickets')[0]!.Acknowledged).toEqual(shanghai('2026-11-23T10:20'));
  });

  it('is stamped after a person deleted a column the stamps do not use (Suggestion)', () => {
    const h = startAddon();
    ticket(h, { customerId: customer(h, { name: 'Acme' }) });
    sheet(h, 'Tickets').deleteColumn(h.values('Tickets')[0]!.indexOf('Suggestion') + 1);
    typeStatus(h, 'Tickets', 'In Progress');
    expect(h.records('Tickets')[0]!.Acknowledged).toEqual(shanghai('2026-11-23T10:20'));
  });
});

describe('the value sets of the columns the jobs fill', () => {
  it("are DESIGN's dropdowns, warning on the job's own words rather than refusing them", () => {
    const h = startAddon();
    const ruleOf = (name: string, header: string) => {
      const column = h.values(name)[0]!.indexOf(header) + 1;
      const rule = sheet(h, name).getRange(2, column).getDataValidation();
      return [rule?.getCriteriaValues()[0], rule?.getAllowInvalid()];
    };
    expect(ruleOf('Tickets', 'SLA Status')).toEqual([['Met', 'On Track', 'At Risk', 'Breached'], true]);
    expect(ruleOf('Customers', 'Risk Level')).toEqual([['High', 'Medium', 'Low'], true]);
    // "Check this row: …" is written all the same.
    const id = customer(h, { name: 'Acme', tier: 'Regular' });
    const ahead = { Subject: 'Typed a year ahead', Type: 'Technical', Level: 'Regular', Status: 'New' };
    typeRows(h, 'Tickets', [
      { ID: 'T-00001', 'Customer ID': id, ...ahead, Submitted: shanghai('2027-11-23T10:00') },
    ]);
    expect(h.addon.call('runHourlyJobs')).toMatchObject({ error: '' });
    expect(String(h.records('Tickets')[0]!['SLA Status'])).toMatch(/^Check this row/);
  });
});

describe('Surveys after Set up', () => {
  const at = (h: Harness, header: string) => h.values('Surveys')[0]!.indexOf(header) + 1;

  it('offers Status as a dropdown, open to people: no protection, no "overwritten" note', () => {
    const h = startAddon();
    const status = at(h, 'Status');
    const rule = sheet(h, 'Surveys').getRange(2, status).getDataValidation();
    expect(rule?.getCriteriaValues()[0]).toEqual(['Due', 'Sent', 'Reminded', 'Responded', 'Expired']);
    expect(sheet(h, 'Surveys').getRange(1, status).getNote()).toBe('');
    const { RANGE } = h.emu.globals.SpreadsheetApp.ProtectionType;
    const protectedColumns = sheet(h, 'Surveys')
      .getProtections(RANGE)
      .map((p) => p.getRange().getColumn());
    expect(protectedColumns).not.toContain(status);
    expect(protectedColumns).toContain(at(h, 'Closes'));
  });

  it('warns on a score outside 1-5 but keeps what was typed', () => {
    const h = startAddon();
    const scores = SURVEYS.columns.filter((c) => c.type === 'score').map((c) => c.header);
    expect(scores).toHaveLength(6);
    for (const header of scores) {
      const rule = sheet(h, 'Surveys').getRange(2, at(h, header)).getDataValidation();
      expect([rule?.getCriteriaValues(), rule?.getAllowInvalid()], header).toEqual([[1, 5], true]);
    }
    sheet(h, 'Surveys').getRange(2, at(h, 'Recommend')).setValue(8);
    expect(sheet(h, 'Surveys').getRange(2, at(h, 'Recommend')).getValue()).toBe(8);
  });

  it('repairs a Status column an earlier version protected and marked as overwritten', () => {
    const h = startAddon();
    const status = at(h, 'Status');
    sheet(h, 'Surveys')
      .getRange(1, status)
      .setNote('Filled by the add-on. Edits here are overwritten by the next run.');
    sheet(h, 'Surveys')
      .getRange(1, status, sheet(h, 'Surveys').getMaxRows(), 1)
      .protect()
      .setDescription('CRM: Surveys status is filled by the add-on')
      .setWarningOnly(true);
    h.addon.call('setupWorkbook');
    expect(sheet(h, 'Surveys').getRange(1, status).getNote()).toBe('');
    const { RANGE } = h.emu.globals.SpreadsheetApp.ProtectionType;
    expect(
      sheet(h, 'Surveys')
        .getProtections(RANGE)
        .map((p) => p.getRange().getColumn()),
    ).not.toContain(status);
  });
});

describe('sheets a person made before Set up', () => {
  it('finds a contract column typed in another case or spacing and writes its header the contract way', () => {
    const h = startAddon({ setup: false });
    ss(h)
      .insertSheet('Customers')
      .getRange(1, 1, 2, 4)
      .setNumberFormat('@')
      .setValues([
        ['ID', 'Name', 'contact', 'Need  type'],
        ['C-0001', 'Acme', 'Li Wei', 'Custom Service'],
      ]);
    h.addon.call('setupWorkbook');
    const header = h.values('Customers')[0]!;
    expect(header.slice(0, 4)).toEqual(['ID', 'Name', 'Contact', 'Need Type']);
    expect(header.filter((x) => String(x).toLowerCase() === 'contact')).toHaveLength(1);
    expect(h.records('Customers')[0]).toMatchObject({ Contact: 'Li Wei', 'Need Type': 'Custom Service' });
  });

  it("keeps a business's own Dashboard sheet whole, under another name, and says so", () => {
    const h = startAddon({ setup: false });
    const typed = [
      ['2026 targets', 'Q1', 'Q2'],
      ['Revenue (k)', 120, 140],
    ];
    ss(h).insertSheet('dashboard').getRange(1, 1, 2, 3).setValues(typed);
    const report = h.addon.call('setupWorkbook') as { movedAside: string[] };
    expect(report.movedAside).toEqual(['"dashboard" is now "dashboard (yours)"']);
    expect(h.addon.call('runDailyJobs')).toMatchObject({ error: '' });
    expect(sheet(h, 'dashboard (yours)').getRange(1, 1, 2, 3).getValues()).toEqual(typed);
    expect(h.values('Dashboard')[0]![0]).toBe('Schedule status');
    // Set up again: the Dashboard is ours now, and stays.
    expect((h.addon.call('setupWorkbook') as { movedAside: string[] }).movedAside).toEqual([]);
  });
});
