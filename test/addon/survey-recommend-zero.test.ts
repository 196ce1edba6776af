/**
 * A recommend score just under zero is shown as 0, not "-0" (src/jobs/surveys-daily.ts): 100
 * promoters and 101 detractors among 301 answers score -0.33 points. Now is Monday 2026-11-23
 * 10:00 in Shanghai.
 */
import { describe, expect, it } from 'vitest';
import { customer, daily, dashboardSection, typeRows } from './daily-fixtures';
import { shanghai, startAddon } from './harness';

describe("a month's recommend score a third of a point under zero", () => {
  it('reads 0 on the Dashboard', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const acme = customer(h, { name: 'Acme Ltd' }, '2026-01-05T10:00');
    const recommend = (i: number) => (i < 100 ? 5 : i < 201 ? 1 : 4);
    typeRows(
      h,
      'Surveys',
      Array.from({ length: 301 }, (_, i) => ({
        ID: `S-${String(i + 1).padStart(5, '0')}`,
        'Customer ID': acme,
        Reason: 'Ad Hoc',
        Sent: shanghai('2026-11-02T10:00'),
        Responded: shanghai('2026-11-03T10:00'),
        'Response Speed': 4,
        Recommend: recommend(i),
      })),
    );
    daily(h, '2026-11-23T10:00');
    const [november] = dashboardSection(h, 'Satisfaction by month', 'Period').rows;
    expect(november!.Answers).toBe(301);
    expect(november!.Recommend).toBe('0');
  });
});
