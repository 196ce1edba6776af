/**
 * Rows typed into the sheets by hand after a merge, under the ID merged away, belong to the
 * customer at the end of the merge chain: they count in that customer's health score, Last
 * Contact and follow-up, and under that customer's owner on the Dashboard. Before, a complaint
 * typed in under the old ID left the kept customer's health untouched.
 */
import { describe, expect, it } from 'vitest';
import {
  alerts,
  customer,
  daily,
  dashboardSection,
  instant,
  record,
  submit,
  typeRows,
} from './daily-fixtures';
import { shanghai, startAddon } from './harness';

const NOW = '2026-11-23T10:00';

/** B merged into A, then A into C: C is the customer at the end of the chain. */
function mergedChain() {
  const h = startAddon({ now: NOW });
  const fields = { status: 'Won', tier: 'Regular' };
  const c = customer(h, { name: 'Acme Group', ...fields, owner: 'cat@example.com' }, '2026-06-01T10:00');
  const a = customer(h, { name: 'Acme Ltd', ...fields, owner: 'amy@example.com' }, '2026-06-01T10:00');
  const b = customer(h, { name: 'ACME, Ltd.', ...fields, owner: 'bob@example.com' }, '2026-06-01T10:00');
  for (const [keepId, mergeId] of [
    [a, b],
    [c, a],
  ]) {
    const r = h.addon.serve('sidebarMergeCustomers', submit({ keepId, mergeId })) as { ok: boolean };
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  }
  return { h, c, a, b };
}

const twos = {
  'Response Speed': 2,
  Resolution: 2,
  Professionalism: 2,
  'Product Fit': 2,
  'Proactive Care': 2,
  Recommend: 2,
};

describe('rows typed in under a record merged away, in the daily job', () => {
  it('count in the health score and follow-up of the customer at the end of the merge chain', () => {
    const { h, c, b } = mergedChain();
    typeRows(h, 'Tickets', [
      {
        ID: 'T-09001',
        'Customer ID': b,
        Subject: 'Invoice wrong again',
        Type: 'Complaint',
        Status: 'New',
        Submitted: shanghai('2026-11-20T09:00'),
      },
    ]);
    typeRows(h, 'Interactions', [
      {
        ID: 'I-09001',
        'Customer ID': b,
        When: shanghai('2026-11-21T10:00'),
        Channel: 'Phone',
        Kind: 'Care',
        Subject: 'Call about the invoice',
        'Next Action': 'Send the corrected invoice',
        'Next Action Due': shanghai('2026-11-26T10:00'),
      },
    ]);
    typeRows(h, 'Surveys', [
      {
        ID: 'S-09001',
        'Customer ID': b,
        Reason: '3 Months',
        Responded: shanghai('2026-11-19T10:00'),
        ...twos,
      },
    ]);
    daily(h, NOW);
    const kept = record(h, 'Customers', c);
    expect(instant(kept['Last Contact'])).toBe(shanghai('2026-11-21T10:00').getTime());
    expect(instant(kept['Next Follow-up'])).toBe(shanghai('2026-11-26T10:00').getTime());
    const reasons = String(kept['Risk Reasons']);
    expect(reasons).toContain('1 complaint in 90 days');
    expect(reasons).toContain('latest survey 2.0/5');
    expect(reasons).toContain('would recommend 2.0/5');
    expect(reasons).not.toContain('no contact');
    // The record merged away stays unscored and unplanned.
    expect(record(h, 'Customers', b)).toMatchObject({ 'Health Score': '', 'Next Follow-up': '' });
  });

  it("count under the kept customer's owner on the Dashboard, and remind that owner of an unanswered survey", () => {
    const { h, b } = mergedChain();
    typeRows(h, 'Interactions', [
      { ID: 'I-09002', 'Customer ID': b, When: shanghai('2026-11-21T10:00'), Channel: 'Phone', Kind: 'Care' },
    ]);
    typeRows(h, 'Surveys', [
      {
        ID: 'S-09002',
        'Customer ID': b,
        Reason: '3 Months',
        Sent: shanghai('2026-11-19T10:00'),
        Status: 'Sent',
      },
    ]);
    daily(h, NOW);
    const owners = dashboardSection(h, 'By owner', 'Owner').rows;
    const touchesOf = (owner: string) => owners.find((r) => r.Owner === owner)?.['Care touches'];
    expect(touchesOf('cat@example.com')).toBe('1 of 1 touches');
    expect(touchesOf('bob@example.com')).toBeUndefined();
    expect(alerts(h, 'Survey Reminder', 'S-09002').map((a) => a.Owner)).toEqual(['cat@example.com']);
  });
});
