/**
 * README, "Warning and trend": a customer raises one At Risk alert on its fall to 60 or below, none
 * while it stays there, and a new one when it recovers above 60 and falls again, whether or not
 * the owner has marked the first one Done yet (a run stopped before it wrote Risk Level is another
 * matter: test/addon/daily-upkeep.test.ts). Its other alerts (a call-back overdue) come as ever.
 */
import { describe, expect, it } from 'vitest';
import { alerts, customer, daily, letterOf, record, sheet } from './daily-fixtures';
import { type Harness, startAddon } from './harness';

/** Renewal Intent is the customer's only fact: No scores 0, Yes 100. */
function setRenewalIntent(h: Harness, id: string, value: string) {
  const row = h.values('Customers').findIndex((r) => r[0] === id) + 1;
  sheet(h, 'Customers')
    .getRange(`${letterOf(h, 'Customers', 'Renewal Intent')}${row}`)
    .setValue(value);
}

describe('a customer that falls into risk, recovers and falls again', () => {
  it('raises a second At Risk alert while the first is still Open', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const id = customer(
      h,
      { name: 'Quiet Mill', status: 'Won', tier: 'Regular', owner: 'amy@example.com', renewalIntent: 'No' },
      '2025-06-02T10:00',
    );
    daily(h, '2026-11-23T10:00');
    expect(alerts(h, 'At Risk', id)).toHaveLength(1);
    setRenewalIntent(h, id, 'Yes');
    daily(h, '2026-11-24T10:00');
    expect(record(h, 'Customers', id)['Risk Level']).toBe('Low');
    setRenewalIntent(h, id, 'No');
    daily(h, '2026-11-25T10:00');
    expect(record(h, 'Customers', id)['Risk Level']).toBe('High');
    const raised = alerts(h, 'At Risk', id);
    expect(raised.map((a) => a.Status)).toEqual(['Open', 'Open']);
  });

  it('still raises its other alerts while its At Risk warning is open: only the warning is not repeated', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    // A new lead, owed its first call-back by tomorrow 09:00, whose only fact puts it at risk.
    const id = customer(
      h,
      { name: 'Quiet Mill', status: 'Potential', owner: 'amy@example.com', renewalIntent: 'No' },
      '2026-11-23T09:00',
    );
    daily(h, '2026-11-23T10:00');
    expect(alerts(h, 'At Risk', id)).toHaveLength(1);
    expect(alerts(h, 'Follow-up Overdue', id)).toHaveLength(0);
    daily(h, '2026-11-24T10:00');
    expect(alerts(h, 'At Risk', id)).toHaveLength(1);
    expect(alerts(h, 'Follow-up Overdue', id).map((a) => a.Message)).toEqual([
      expect.stringContaining('first call-back'),
    ]);
  });
});
