/**
 * An at-risk analysis not started by its due time is escalated (DOMAIN.md: the analysis starts
 * within 24 hours of the warning, and a missed target is escalated automatically to the
 * supervisor). The hourly run after the due time escalates it: waiting for the next daily run
 * came a day late ("due within 8 hours" was escalated the next morning, and a 24-hour analysis
 * due at the daily run's own time the day after that).
 */
import { describe, expect, it } from 'vitest';
import { alerts, at, customer, daily, setSetting, submit } from './daily-fixtures';
import { type Harness, startAddon } from './harness';

const missedAnalysis = (h: Harness, id: string) =>
  alerts(h, 'Follow-up Overdue', id).filter((a) => String(a.Message).startsWith('The analysis of'));

function hourly(h: Harness, wall: string) {
  at(h, wall);
  const outcome = h.addon.call('runHourlyJobs') as { error: string; detail: string };
  expect(outcome.error, outcome.detail).toBe('');
}

function atRisk(h: Harness): string {
  setSetting(h, 'Supervisor: Service Supervisor', 'care.lead@example.com');
  return customer(
    h,
    { name: 'Quiet Mill', status: 'Won', tier: 'Regular', owner: 'amy@example.com', renewalIntent: 'No' },
    '2025-06-02T10:00',
  );
}

describe('a missed at-risk analysis', () => {
  it('is escalated by the first hourly run after its due time, and mailed then', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    setSetting(h, 'Health: at-risk analysis due within (hours)', '4');
    const id = atRisk(h);
    daily(h, '2026-11-23T10:00');
    // Due 14:00: not yet missed at 14:00, missed at 15:00.
    hourly(h, '2026-11-23T14:00');
    expect(missedAnalysis(h, id)).toHaveLength(0);
    hourly(h, '2026-11-23T15:00');
    const [missed] = missedAnalysis(h, id);
    expect(missed).toMatchObject({ Owner: 'amy@example.com', 'Escalated To': 'care.lead@example.com' });
    expect(h.emu.mail.filter((m) => m.body.includes(String(missed!.ID))).map((m) => m.to.join(','))).toEqual(
      expect.arrayContaining(['amy@example.com', 'care.lead@example.com']),
    );
    hourly(h, '2026-11-23T16:00');
    daily(h, '2026-11-24T10:00');
    expect(missedAnalysis(h, id)).toHaveLength(1);
  });

  it('due 24 hours after the daily run is escalated by the hourly run after that, not a day later', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const id = atRisk(h);
    daily(h, '2026-11-23T10:00');
    hourly(h, '2026-11-23T23:00');
    hourly(h, '2026-11-24T10:00');
    expect(missedAnalysis(h, id)).toHaveLength(0);
    hourly(h, '2026-11-24T11:00');
    expect(missedAnalysis(h, id)).toHaveLength(1);
  });

  it('is not escalated when the warning was marked Done in time', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const id = atRisk(h);
    daily(h, '2026-11-23T10:00');
    const [warning] = alerts(h, 'At Risk', id);
    const done = h.addon.serve('sidebarMarkAlertDone', { requestId: 'done-1', record: { id: warning!.ID } });
    expect(done).toMatchObject({ ok: true });
    hourly(h, '2026-11-24T11:00');
    expect(missedAnalysis(h, id)).toHaveLength(0);
  });

  it('is not escalated for a customer merged into another since the warning', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const dupe = atRisk(h);
    const keep = customer(
      h,
      {
        name: 'Quiet Mill Ltd',
        status: 'Won',
        tier: 'Regular',
        owner: 'amy@example.com',
        renewalIntent: 'Yes',
      },
      '2025-06-02T10:00',
    );
    daily(h, '2026-11-23T10:00');
    expect(alerts(h, 'At Risk', dupe)).toHaveLength(1);
    const merged = h.addon.serve('sidebarMergeCustomers', submit({ keepId: keep, mergeId: dupe }));
    expect(merged).toMatchObject({ ok: true });
    hourly(h, '2026-11-24T11:00');
    expect(missedAnalysis(h, dupe)).toHaveLength(0);
  });
});
