/**
 * A customer record merged into another (Merged Into filled) is not a customer of its own: after
 * the merge moved its interactions and surveys to the kept ID, the daily job neither schedules
 * routine surveys for it nor follows it up (it would look never surveyed and never contacted).
 */
import { describe, expect, it } from 'vitest';
import { alerts, customer, daily, interaction, record, submit, ticket, typeRows } from './daily-fixtures';
import { startAddon } from './harness';

const NOW = '2026-11-23T10:00';

function mergePair() {
  const h = startAddon({ now: NOW });
  const fields = { status: 'Won', tier: 'Regular', contractStart: '2026-08-10', owner: 'amy@example.com' };
  const keep = customer(h, { name: 'Acme Ltd', ...fields }, '2026-08-01T10:00');
  const dupe = customer(h, { name: 'ACME, Ltd.', ...fields }, '2026-08-01T10:00');
  interaction(h, keep, '2026-11-20T10:00');
  interaction(h, dupe, '2026-11-20T11:00');
  return { h, keep, dupe };
}

const merge = (h: ReturnType<typeof startAddon>, keepId: string, mergeId: string) => {
  const r = h.addon.serve('sidebarMergeCustomers', submit({ keepId, mergeId })) as { ok: boolean };
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
};

describe('a merged customer record in the daily job', () => {
  it('gets no new routine survey after its own moved to the kept customer', () => {
    const { h, keep, dupe } = mergePair();
    daily(h, NOW);
    // Contract Start 2026-08-10: the 3 Months survey fell due 2026-11-10, one per record.
    const threeMonths = () => h.records('Surveys').filter((s) => s.Reason === '3 Months');
    expect(
      threeMonths()
        .map((s) => s['Customer ID'])
        .sort(),
    ).toEqual([keep, dupe].sort());
    merge(h, keep, dupe);
    daily(h, '2026-11-24T10:00');
    // The real customer (kept + merged) must not be asked the 3 Months survey a third time.
    expect(threeMonths().map((s) => s['Customer ID'])).toEqual([keep, keep]);
  });

  it("closes unsent the merged record's routine survey the kept customer was due too: one question, asked once", () => {
    const { h, keep, dupe } = mergePair();
    daily(h, NOW);
    const [first, second] = h
      .records('Surveys')
      .filter((s) => s.Reason === '3 Months')
      .map((s) => String(s.ID))
      .sort();
    merge(h, keep, dupe);
    // The next days too: the one that stands stays due, the repeat stays closed with its reason.
    for (const day of ['2026-11-24T10:00', '2026-11-25T10:00', '2026-11-26T10:00']) {
      daily(h, day);
      const surveys = new Map(h.records('Surveys').map((s) => [String(s.ID), s]));
      expect(surveys.get(first!), day).toMatchObject({ Status: 'Due', Problems: '' });
      expect(surveys.get(second!), day).toMatchObject({
        'Customer ID': keep,
        Status: 'Expired',
        Problems: `a second 3 Months survey of ${keep}: ${first} asks the same, so this one closes unsent`,
      });
    }
  });

  it('closes unsent a routine survey typed in under the merged ID that the kept customer has already', () => {
    const { h, keep, dupe } = mergePair();
    daily(h, NOW);
    merge(h, keep, dupe);
    const [first] = h
      .records('Surveys')
      .filter((s) => s.Reason === '3 Months')
      .map((s) => String(s.ID))
      .sort();
    // A person schedules the 3 Months survey again, under the old record's ID.
    typeRows(h, 'Surveys', [
      { ID: 'S-09001', 'Customer ID': dupe, Reason: '3 Months', Due: '2026-11-24', Status: 'Due' },
    ]);
    daily(h, '2026-11-24T10:00');
    expect(record(h, 'Surveys', 'S-09001')).toMatchObject({
      'Customer ID': dupe,
      Status: 'Expired',
      Problems: `a second 3 Months survey of ${keep}: ${first} asks the same, so this one closes unsent`,
    });
  });

  it('closes unsent a survey typed in under the merged ID once the kept customer has churned', () => {
    const { h, keep, dupe } = mergePair();
    merge(h, keep, dupe);
    const churned = h.addon.serve('sidebarUpdateCustomer', submit({ id: keep, status: 'Churned' }));
    expect(churned, JSON.stringify(churned)).toMatchObject({ ok: true });
    typeRows(h, 'Surveys', [
      { ID: 'S-09001', 'Customer ID': dupe, Reason: 'Ad Hoc', Due: '2026-11-23', Status: 'Due' },
    ]);
    daily(h, NOW);
    expect(record(h, 'Surveys', 'S-09001')).toMatchObject({ 'Customer ID': dupe, Status: 'Expired' });
  });

  it('raises no Follow-up Overdue alert about the merged record', () => {
    const { h, keep, dupe } = mergePair();
    daily(h, NOW);
    merge(h, keep, dupe);
    // The kept customer is contacted on cadence; the merged record has no interactions of its own.
    interaction(h, keep, '2027-01-10T10:00');
    daily(h, '2027-01-12T10:00');
    expect(alerts(h, 'Follow-up Overdue', keep)).toEqual([]);
    const about = alerts(h, 'Follow-up Overdue', dupe);
    expect(about.map((a) => a.Message)).toEqual([]);
  });

  it("raises no missed-analysis alert about the merged record's own At Risk warning", () => {
    const h = startAddon({ now: NOW });
    const fields = { status: 'Won', tier: 'Regular', owner: 'amy@example.com' };
    const keep = customer(h, { name: 'Acme Ltd', ...fields, renewalIntent: 'Yes' }, '2026-08-01T10:00');
    const dupe = customer(h, { name: 'ACME, Ltd.', ...fields, renewalIntent: 'No' }, '2026-08-01T10:00');
    interaction(h, keep, '2026-11-20T10:00');
    for (let i = 0; i < 3; i++) ticket(h, { customerId: dupe, type: 'Complaint' });
    daily(h, NOW);
    // At risk before the merge: one At Risk alert, its analysis due in 24 hours.
    expect(alerts(h, 'At Risk', dupe)).toHaveLength(1);
    const before = h.records('Alerts').length;
    merge(h, keep, dupe);
    daily(h, '2026-11-25T10:00');
    // The warning moved to the kept customer with the merge, and is still about the merged record.
    const raised = h.records('Alerts').slice(before);
    expect(raised.filter((a) => a.Kind === 'Follow-up Overdue').map((a) => a.Message)).toEqual([]);
  });
});

describe('a merged customer record in the sidebar', () => {
  it('refuses an edit, naming the customer to edit instead, and changes nothing', () => {
    const { h, keep, dupe } = mergePair();
    merge(h, keep, dupe);
    const before = h.records('Customers');
    const answer = h.addon.serve('sidebarUpdateCustomer', submit({ id: dupe, phone: '+86 139 0000 1111' }));
    expect(answer).toMatchObject({
      ok: false,
      kind: 'invalid',
      fields: { id: expect.stringContaining(keep) },
    });
    expect(h.records('Customers')).toEqual(before);
  });
});
