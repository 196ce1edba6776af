/**
 * A Sent typed into the Surveys sheet a year wrong held the survey Sent for a year, with no
 * reminder and no closing, and nothing said why: the daily job names it in the row's Problems, as
 * it names a Responded typed ahead (src/domain/survey-rows.ts). Now is Monday 2026-11-23 10:00 in
 * Shanghai.
 */
import { describe, expect, it } from 'vitest';
import { customer, daily, record, typeRows } from './daily-fixtures';
import { shanghai, startAddon } from './harness';

describe('a survey Sent typed ahead of now (a year typed wrong)', () => {
  it('is named in its Problems; one a few minutes ahead is not', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const acme = customer(h, { name: 'Acme Ltd' }, '2026-01-05T10:00');
    typeRows(h, 'Surveys', [
      { ID: 'S-00001', 'Customer ID': acme, Reason: 'Ad Hoc', Sent: shanghai('2027-11-19T10:00') },
      { ID: 'S-00002', 'Customer ID': acme, Reason: 'Ad Hoc', Sent: shanghai('2026-11-23T10:10') },
    ]);
    daily(h, '2026-11-23T10:00');
    expect(record(h, 'Surveys', 'S-00001').Problems).toBe('Sent is in the future');
    expect(record(h, 'Surveys', 'S-00002').Problems).toBe('');
  });
});
