/**
 * Answers typed straight into the Surveys sheet without a Responded time count in no figure (a
 * month is the month answered): the daily job names the row in its Problems, as it names the
 * other hand-entered rows it leaves out (src/domain/survey-rows.ts). Now is Monday 2026-11-23
 * 10:00 in Shanghai.
 */
import { describe, expect, it } from 'vitest';
import { customer, daily, record, typeRows } from './daily-fixtures';
import { shanghai, startAddon } from './harness';

describe('answers typed into the sheet without a Responded time', () => {
  it('are named in the Problems column and in the left-out note', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const acme = customer(h, { name: 'Acme Ltd' }, '2026-01-05T10:00');
    typeRows(h, 'Surveys', [
      {
        ID: 'S-00001',
        'Customer ID': acme,
        Reason: 'Ad Hoc',
        Sent: shanghai('2026-11-16T10:00'),
        'Response Speed': 2,
        Resolution: 1,
        Recommend: 1,
      },
      { ID: 'S-00002', 'Customer ID': acme, Reason: 'Ad Hoc', Sent: shanghai('2026-11-16T10:00') },
    ]);
    const outcome = daily(h, '2026-11-23T10:00');
    expect(record(h, 'Surveys', 'S-00001').Problems).toBe(
      'answers are in but Responded is empty: enter when the customer answered',
    );
    expect(record(h, 'Surveys', 'S-00002').Problems).toBe('');
    expect(outcome.detail).toContain('1 row left out: S-00001 (answers are in but Responded is empty');
  });
});
