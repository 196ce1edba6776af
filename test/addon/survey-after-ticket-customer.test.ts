/**
 * The After Ticket survey the daily job adds goes to a customer who can answer it
 * (src/jobs/surveys-daily.ts): a ticket typed in under a record merged into another is surveyed
 * as the customer it was merged into, as the routine surveys are; a ticket of no customer in
 * Customers gets none (the job made a row it then named in its own Problems). Now is Monday
 * 2026-11-23 10:00 in Shanghai.
 */
import { describe, expect, it } from 'vitest';
import { customer, daily, letterOf, resolvedComplaint, typeRows } from './daily-fixtures';
import { type Harness, startAddon } from './harness';

/** Merged Into typed as the merge form writes it. */
function mergeInto(h: Harness, mergedId: string, keptId: string) {
  const row = h.records('Customers').findIndex((r) => r.ID === mergedId) + 2;
  const sheet = h.emu.globals.SpreadsheetApp.getActive().getSheetByName('Customers')!;
  sheet.getRange(`${letterOf(h, 'Customers', 'Merged Into')}${row}`).setValue(keptId);
}

describe('an After Ticket survey', () => {
  it('is for the kept customer when the ticket names a merged record', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const kept = customer(h, { name: 'Acme Ltd' }, '2026-01-05T10:00');
    const merged = customer(h, { name: 'ACME Co.' }, '2026-01-06T10:00');
    mergeInto(h, merged, kept);
    typeRows(h, 'Tickets', [resolvedComplaint('T-00001', merged)]);
    daily(h, '2026-11-23T10:00');
    const surveys = h.records('Surveys');
    expect(surveys.map((s) => [s['Customer ID'], s.Reason, s['Ticket ID']])).toEqual([
      [kept, 'After Ticket', 'T-00001'],
    ]);
  });

  it('is not added for a ticket of no customer in Customers', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    customer(h, { name: 'Acme Ltd' }, '2026-01-05T10:00');
    typeRows(h, 'Tickets', [resolvedComplaint('T-00001', ''), resolvedComplaint('T-00002', 'C-9999')]);
    daily(h, '2026-11-23T10:00');
    expect(h.records('Surveys')).toEqual([]);
  });
});
