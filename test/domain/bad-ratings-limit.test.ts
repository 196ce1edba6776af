/**
 * A department's weekly share of Dissatisfied ratings alerts only when it is over the setting
 * (src/domain/bad-ratings.ts), whatever share the business sets: 29 of 100 is not over 29%.
 */
import { describe, expect, it } from 'vitest';
import { badRatingsOver } from '../../src/domain/bad-ratings';
import { weekOf } from '../../src/domain/periods';
import { share } from '../../src/domain/setting-parsers';

const week = weekOf(Date.parse('2026-11-23T02:00:00Z'), 'Asia/Shanghai', -1);
const resolved = Date.parse('2026-11-18T03:00:00Z');

const tickets = (bad: number, rated: number) =>
  Array.from({ length: rated }, (_, i) => ({
    id: `T-${i + 1}`,
    department: 'Sales',
    rating: i < bad ? 'Dissatisfied' : 'Satisfied',
    resolved,
  }));

describe('a share of bad ratings equal to the setting', () => {
  it.each([
    ['29%', 29, 100],
    ['57%', 57, 100],
    ['58%', 29, 50],
    ['35%', 63, 180],
  ])('at %s, %i of %i rated Dissatisfied, alerts no one', (setting, bad, rated) => {
    expect(badRatingsOver(tickets(bad, rated), week, share(setting))).toEqual([]);
    expect(badRatingsOver(tickets(bad + 1, rated), week, share(setting))).toHaveLength(1);
  });
});
