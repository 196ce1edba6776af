/**
 * The weekly share of bad ratings (src/jobs/ratings-daily.ts) as an area lead meets it when the
 * daily job does not run every day: the spreadsheet in Asia/Shanghai, default settings (alert
 * above 5%), "Supervisor: Technical Support" set.
 */
import { describe, expect, it } from 'vitest';
import { alerts, customer, daily, setSetting, typeRows } from './daily-fixtures';
import { type Harness, shanghai, startAddon } from './harness';

let n = 0;
function technicalTickets(h: Harness, c: string, resolved: string, ratings: readonly string[]): void {
  typeRows(
    h,
    'Tickets',
    ratings.map((rating) => ({
      ID: `T-${String(++n).padStart(5, '0')}`,
      'Customer ID': c,
      Subject: 'Export fails',
      Type: 'Technical',
      Level: 'Regular',
      Status: 'Closed',
      Submitted: shanghai(`${resolved}T09:00`),
      Resolved: shanghai(`${resolved}T11:00`),
      Rating: rating,
    })),
  );
}

function setUp(now: string): { h: Harness; c: string } {
  const h = startAddon({ now });
  setSetting(h, 'Supervisor: Technical Support', 'tech.lead@example.com');
  return { h, c: customer(h, { name: 'Acme', status: 'Won' }) };
}

describe('a week the daily job missed entirely', () => {
  it('still alerts its lead when the schedule comes back the week after', () => {
    const { h, c } = setUp('2026-11-09T06:00');
    // Week of Monday 2026-11-09: 1 of 2 rated tickets Dissatisfied (50%).
    technicalTickets(h, c, '2026-11-11', ['Dissatisfied', 'Satisfied']);
    daily(h, '2026-11-09T07:00');
    // The schedule stopped from 2026-11-10 to 2026-11-22: no daily run that week.
    daily(h, '2026-11-23T07:00');
    daily(h, '2026-11-24T07:00');
    const raised = alerts(h, 'Low Score');
    expect(raised.map((a) => [a['Record ID'], a.Owner])).toEqual([['2026-11-09', 'tech.lead@example.com']]);
    expect(raised[0]!.Message).toBe(
      'Technical Support: 1 of 2 rated tickets resolved 2026-11-09 to 2026-11-15 were rated Dissatisfied ' +
        '(50%, over the 5% alert level): T-00001.',
    );
  });
});
