/**
 * The "Business days" setting read as a person means it: a range that runs over the weekend
 * ("Sun-Thu" for a Sunday-to-Thursday week, "Fri-Mon") is every day from its first to its last.
 * It was refused on its own, and beside another part ("Fri-Mon, Wed") it was silently dropped,
 * so the service clock ran on Wednesdays only.
 */
import { describe, expect, it } from 'vitest';
import { weekdays } from '../../src/domain/setting-parsers';

describe('Business days', () => {
  it('reads a range over the weekend as every day from its first to its last', () => {
    expect(weekdays('Sun-Thu')).toEqual([1, 2, 3, 4, 7]);
    expect(weekdays('Fri-Mon, Wed')).toEqual([1, 3, 5, 6, 7]);
  });

  it('reads the usual ranges and lists as before', () => {
    expect(weekdays('Mon-Fri')).toEqual([1, 2, 3, 4, 5]);
    expect(weekdays('Mon, Tue, Sat')).toEqual([1, 2, 6]);
    expect(weekdays('Sat-Sun')).toEqual([6, 7]);
    expect(() => weekdays('Someday')).toThrow('days like Mon-Fri');
  });
});
