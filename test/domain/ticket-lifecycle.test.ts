import { describe, expect, it } from 'vitest';
import { missingSolution, owesSolution } from '../../src/domain/ticket-lifecycle';
import { DAY_MS } from '../../src/domain/zone';

describe('a done ticket and its Solution', () => {
  const now = Date.UTC(2026, 10, 25, 18);

  it('is refused done without a Solution, and open without one is fine', () => {
    expect(missingSolution('Closed', '  ')).toMatch(/before setting Status to Closed/);
    expect(missingSolution('Resolved', 'Replaced the roller')).toBeNull();
    expect(missingSolution('In Progress', '')).toBeNull();
  });

  it('owes its Solution from a day after it was done, for a week', () => {
    const owes = (doneAgo: number | null, solution = '') =>
      owesSolution({ solution, resolvedAt: doneAgo === null ? null : now - doneAgo }, now);
    expect(owes(DAY_MS - 1)).toBe(false);
    expect(owes(DAY_MS)).toBe(true);
    expect(owes(8 * DAY_MS - 1)).toBe(true);
    expect(owes(8 * DAY_MS)).toBe(false);
    expect(owes(2 * DAY_MS, 'Cleared the paper path')).toBe(false);
    expect(owes(2 * DAY_MS, ' \n')).toBe(true);
    expect(owes(null)).toBe(false);
  });
});
