/**
 * A win-back typed straight into the Win-backs sheet (every column there is entered, README) gets
 * its reaction check like one started from the sidebar (src/jobs/win-backs-daily.ts). Now is in
 * Asia/Shanghai, default settings (check after 3 days).
 */
import { describe, expect, it } from 'vitest';
import { alerts, customer, daily, dashboardSection, serve, typeRows } from './daily-fixtures';
import { shanghai, startAddon } from './harness';

describe('a win-back typed into the sheet with only its start', () => {
  it('is open, and its reaction check falls due the set days after Started', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const acme = customer(h, { name: 'Acme Ltd' });
    typeRows(h, 'Win-backs', [
      {
        ID: 'W-00001',
        'Customer ID': acme,
        Started: shanghai('2026-11-23T09:00'),
        'Churn Cause': 'Budget',
        'Win-back Measures': 'Discount offered on the phone.',
        Owner: 'owner@example.com',
      },
    ]);
    daily(h, '2026-11-26T08:00');
    expect(alerts(h, 'Follow-up Overdue', 'W-00001')).toEqual([]);
    const figures = dashboardSection(h, 'Churn and win-back (2026-Q4)', 'At-risk customers').rows;
    expect(figures[0]!['Win-backs open']).toBe(1);
    daily(h, '2026-11-27T08:00');
    const raised = alerts(h, 'Follow-up Overdue', 'W-00001');
    expect(raised.map((a) => [a.Owner, a['Customer ID']])).toEqual([['owner@example.com', acme]]);
    expect((raised[0]!.Due as Date).getTime()).toBe(shanghai('2026-11-26T09:00').getTime());
  });

  it('keeps a second win-back for the customer from starting beside it', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const acme = customer(h, { name: 'Acme Ltd' });
    typeRows(h, 'Win-backs', [{ ID: 'W-00001', 'Customer ID': acme, Started: shanghai('2026-11-23T09:00') }]);
    const second = serve(h, 'sidebarStartWinBack', {
      customerId: acme,
      cause: 'Budget',
      measures: 'Discount.',
    });
    expect(second).toMatchObject({ ok: false, fields: { customerId: expect.stringContaining('W-00001') } });
    expect(h.records('Win-backs')).toHaveLength(1);
  });
});
