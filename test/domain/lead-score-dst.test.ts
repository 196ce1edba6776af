/**
 * Lead score urgency counts an Expected Start "within 30 days" in days of the spreadsheet's
 * calendar. It divided the milliseconds to the start by 24 hours, so a change of the clocks in
 * between moved a start by an hour into another band when the daily job ran near midnight
 * ("Daily jobs after (hour)" 0 or 23): a start 30 days off scored as later, one 31 days off as soon.
 */
import { describe, expect, it } from 'vitest';
import { type Lead, leadScore, leadSettings } from '../../src/domain/lead-score';
import { instantFromWall } from '../../src/domain/zone';
import { defaultsOf } from './section-defaults';

const NY = 'America/New_York';
const at = (wall: string) => instantFromWall(wall, NY);
const settings = defaultsOf(leadSettings);
const urgency = (expectedStart: string, now: string) => {
  const lead: Lead = {
    size: '',
    needType: '',
    needKeywords: '',
    priority: '',
    expectedStart: at(expectedStart),
  };
  return leadScore(lead, settings, at(now), NY).parts.urgency;
};

describe('lead score urgency across a change of the clocks (New York)', () => {
  it('counts a start 30 days off as soon, though the autumn change adds an hour (run at 00:20)', () => {
    expect(urgency('2026-11-14', '2026-10-15T00:20')).toBe(70);
    expect(urgency('2026-11-15', '2026-10-15T00:20')).toBe(40);
  });

  it('counts a start 31 days off as later, though the spring change takes an hour (run at 23:30)', () => {
    expect(urgency('2026-03-12', '2026-02-10T23:30')).toBe(70);
    expect(urgency('2026-03-13', '2026-02-10T23:30')).toBe(40);
  });

  it('keeps the three-window band on calendar days too', () => {
    expect(urgency('2027-01-13', '2026-10-15T00:20')).toBe(40);
    expect(urgency('2027-01-14', '2026-10-15T00:20')).toBe(10);
  });
});
