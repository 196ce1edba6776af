/**
 * The weekly bad-ratings alert goes to a department rated Dissatisfied more often than the setting:
 * exactly the setting is not over it. 29% of 100 tickets came out over "29%" (0.29 × 100 is
 * 28.999… in floating point), so the supervisor was alerted for a share at the line.
 */
import { describe, expect, it } from 'vitest';
import { badRatingsOver, type RatedTicket } from '../../src/domain/bad-ratings';
import { weekOf } from '../../src/domain/periods';
import { share } from '../../src/domain/setting-parsers';
import { shanghai } from '../domain/section-defaults';

const week = weekOf(shanghai('2026-11-23T10:00'), 'Asia/Shanghai', -1);
const rated = (count: number, bad: number): RatedTicket[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `T-${i}`,
    department: 'Sales',
    rating: i < bad ? 'Dissatisfied' : 'Satisfied',
    resolved: shanghai('2026-11-18T10:00'),
  }));

describe('weekly share of bad ratings at the line', () => {
  it('does not alert for a share exactly at the setting', () => {
    for (const [setting, count, bad] of [
      ['29%', 100, 29],
      ['29%', 200, 58],
      ['5%', 20, 1],
      ['5.5%', 200, 11],
    ] as const) {
      expect(
        badRatingsOver(rated(count, bad), week, share(setting)),
        `${bad} of ${count} at ${setting}`,
      ).toEqual([]);
    }
  });

  it('alerts for one more', () => {
    expect(badRatingsOver(rated(100, 30), week, share('29%'))).toHaveLength(1);
  });
});
