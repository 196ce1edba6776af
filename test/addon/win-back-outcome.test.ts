/**
 * A win-back's Outcome Date is when its outcome came (src/api/win-backs.ts): the Dashboard counts
 * the customers saved and lost in a quarter by it. Now is Monday 2026-11-23 10:00 in Shanghai.
 */
import { describe, expect, it } from 'vitest';
import { at, customer, daily, dashboardSection, record, serve } from './daily-fixtures';
import { type Harness, shanghai, startAddon } from './harness';

const started = (h: Harness) =>
  serve(h, 'sidebarStartWinBack', {
    customerId: customer(h, { name: 'Acme Ltd' }),
    cause: 'Budget',
    measures: 'Discount offered.',
  }).value!.id;

const outcomeDate = (h: Harness, id: string) =>
  (record(h, 'Win-backs', id)['Outcome Date'] as Date).getTime();

describe('a win-back outcome saved again', () => {
  it('keeps the Outcome Date of the outcome it already had (a retry, or the measures written up later)', () => {
    const h = startAddon();
    const w = started(h);
    at(h, '2026-12-30T16:00');
    expect(serve(h, 'sidebarRecordWinBackOutcome', { id: w, outcome: 'Won Back' }).ok).toBe(true);
    // Next quarter, the owner writes up what won them back: the save is not a second win.
    at(h, '2027-01-04T09:00');
    const better = 'Discount accepted; renewal signed for two years.';
    const again = serve(h, 'sidebarRecordWinBackOutcome', { id: w, outcome: 'Won Back', measures: better });
    expect(again.ok, JSON.stringify(again)).toBe(true);
    expect(record(h, 'Win-backs', w)['Win-back Measures']).toBe(better);
    expect(outcomeDate(h, w)).toBe(shanghai('2026-12-30T16:00').getTime());
  });

  it('an outcome typed into the sheet without its date gets one when saved from the sidebar', () => {
    const h = startAddon();
    const w = started(h);
    const sheet = h.emu.globals.SpreadsheetApp.getActive().getSheetByName('Win-backs')!;
    sheet.getRange(2, h.values('Win-backs')[0]!.indexOf('Outcome') + 1).setValue('Won Back');
    at(h, '2026-11-25T15:00');
    serve(h, 'sidebarRecordWinBackOutcome', { id: w, outcome: 'Won Back' });
    expect(outcomeDate(h, w)).toBe(shanghai('2026-11-25T15:00').getTime());
  });

  it('a changed outcome is stamped anew', () => {
    const h = startAddon();
    const w = started(h);
    at(h, '2026-11-24T16:00');
    serve(h, 'sidebarRecordWinBackOutcome', { id: w, outcome: 'Lost' });
    at(h, '2026-11-26T11:00');
    serve(h, 'sidebarRecordWinBackOutcome', { id: w, outcome: 'Won Back' });
    expect(outcomeDate(h, w)).toBe(shanghai('2026-11-26T11:00').getTime());
  });
});

describe('the quarter of a customer lost, then won back', () => {
  it('counts the customer once, as saved', () => {
    const h = startAddon();
    at(h, '2026-10-12T10:00');
    const acme = customer(h, { name: 'Acme Ltd' });
    const start = () =>
      serve(h, 'sidebarStartWinBack', { customerId: acme, cause: 'Budget', measures: 'Discount offered.' })
        .value!.id;
    const first = start();
    at(h, '2026-10-20T10:00');
    serve(h, 'sidebarRecordWinBackOutcome', { id: first, outcome: 'Lost' });
    const second = start();
    at(h, '2026-11-20T10:00');
    serve(h, 'sidebarRecordWinBackOutcome', { id: second, outcome: 'Won Back' });
    daily(h, '2026-11-23T10:00');
    const [figures] = dashboardSection(h, 'Churn and win-back (2026-Q4)', 'At-risk customers').rows;
    expect(figures).toMatchObject({ 'Saved this quarter': 1, 'Lost this quarter': 0 });
  });
});
