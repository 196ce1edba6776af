/**
 * A survey the daily job schedules takes an ID after any typed into the Surveys sheet by hand, as
 * a sidebar save does (src/jobs/daily.ts): a row typed with the next ID keeps it alone, and the
 * job's row is not hidden behind it and scheduled again. Now is Monday 2026-11-23 10:00 in Shanghai.
 */
import { describe, expect, it } from 'vitest';
import { type Answer, customer, daily, submit, typeRows } from './daily-fixtures';
import { startAddon } from './harness';

describe('a survey row typed in with the next ID', () => {
  it('keeps its ID alone, and the routine survey is scheduled once', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const acme = customer(h, { name: 'Acme Ltd', status: 'Won', contractStart: '2026-08-20' });
    const asked = h.addon.serve(
      'sidebarScheduleSurvey',
      submit({ customerId: acme, reason: 'Ad Hoc' }),
    ) as Answer;
    expect(asked.value?.id).toBe('S-00001');
    typeRows(h, 'Surveys', [{ ID: 'S-00002', 'Customer ID': acme, Reason: 'Ad Hoc' }]);
    daily(h, '2026-11-23T10:00');
    daily(h, '2026-11-24T10:00');
    const rows = h.records('Surveys');
    const ids = rows.map((r) => r.ID);
    expect(new Set(ids).size, ids.join(', ')).toBe(ids.length);
    expect(rows.filter((r) => r.Reason === '3 Months')).toHaveLength(1);
  });
});
