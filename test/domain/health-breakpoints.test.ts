import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/domain/settings';

const row = (name: string, value: string) => ({ name, value, cell: 'B9' });

describe('health settings with the breakpoints the wrong way round', () => {
  // README: "100 at the full score breakpoint or better, 0 at the zero score breakpoint or
  // worse". With full 120 and zero 14 days, 30 days is worse than the zero breakpoint and better
  // than the full one: no curve holds both, and the code silently scored every such customer 100.
  it('refuses a full-score breakpoint worse than the zero-score one, naming both', () => {
    expect(() =>
      parseSettings([
        row('Health: recency full score within (days)', '120'),
        row('Health: recency zero score from (days)', '14'),
      ]),
    ).toThrow(
      '"Health: recency full score within (days)" (120) should be at most "Health: recency zero score from (days)" (14)',
    );
    expect(() =>
      parseSettings([
        row('Health: satisfaction full score from (1-5)', '1.5'),
        row('Health: satisfaction zero score at (1-5)', '4.5'),
      ]),
    ).toThrow(
      '"Health: satisfaction full score from (1-5)" (1.5) should be at least "Health: satisfaction zero score at (1-5)" (4.5)',
    );
  });

  it('still takes equal breakpoints (a step, as the README says)', () => {
    const s = parseSettings([
      row('Health: open tickets full score up to (tickets)', '2'),
      row('Health: open tickets zero score from (tickets)', '2'),
    ]);
    expect(s.health.curves.openTickets).toEqual({ full: 2, zero: 2 });
  });
});
