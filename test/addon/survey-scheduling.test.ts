/**
 * What the daily job schedules around the surveys people already have (src/domain/surveys.ts):
 * a ticket someone asked about by hand gets no second survey. Now is Monday 2026-11-23 10:00 in
 * Shanghai.
 */
import { describe, expect, it } from 'vitest';
import { customer, daily, typeRows } from './daily-fixtures';
import { shanghai, startAddon } from './harness';

const complaint = (id: string, customerId: string) => ({
  ID: id,
  'Customer ID': customerId,
  Subject: 'Invoice wrong again',
  Type: 'Complaint',
  Status: 'Resolved',
  Submitted: shanghai('2026-11-22T09:00'),
  Resolved: shanghai('2026-11-23T09:00'),
  Solution: 'Invoice reissued.',
});

describe('a ticket that already has a survey typed in by hand', () => {
  it('gets no After Ticket survey of its own, whatever Reason the typed row gives', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const acme = customer(h, { name: 'Acme Ltd' }, '2026-01-05T10:00');
    typeRows(h, 'Tickets', [complaint('T-00001', acme), complaint('T-00002', acme)]);
    typeRows(h, 'Surveys', [
      { ID: 'S-00001', 'Customer ID': acme, Reason: 'Ad Hoc', 'Ticket ID': 'T-00001', Status: 'Due' },
      { ID: 'S-00002', 'Customer ID': acme, Reason: 'After Ticket', 'Ticket ID': 'T-00002' },
    ]);
    daily(h, '2026-11-23T10:00');
    expect(h.records('Surveys').map((s) => [s.ID, s.Reason, s['Ticket ID']])).toEqual([
      ['S-00001', 'Ad Hoc', 'T-00001'],
      ['S-00002', 'After Ticket', 'T-00002'],
    ]);
  });
});
