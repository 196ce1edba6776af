/**
 * The time a new entry defaults to is the spreadsheet's wall clock now, however long the sidebar
 * has been open: across a daylight-saving change too.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nowWall, setBoot } from '../../sidebar/state';
import type { Bootstrap } from '../../src/api/contract';
import { packPicks } from '../../src/api/customer-picks';

const HOUR = 3_600_000;

function openAt(nowMs: number, timeZone: string): void {
  vi.spyOn(Date, 'now').mockReturnValue(1_000_000);
  setBoot({
    nowMs,
    timeZone,
    user: '',
    customers: packPicks([]),
    vaguePhrases: [],
  } as unknown as Bootstrap);
}

describe('the wall clock a sidebar left open shows', () => {
  afterEach(() => vi.restoreAllMocks());

  it('moves on with the time since it opened', () => {
    openAt(Date.parse('2026-11-23T09:05:00Z'), 'Asia/Shanghai');
    vi.spyOn(Date, 'now').mockReturnValue(1_000_000 + 2 * HOUR);
    expect(nowWall()).toBe('2026-11-23T19:05');
  });

  it('follows the spreadsheet zone across a daylight-saving change', () => {
    // New York, 1 November 2026: 00:30 EDT; two hours later the clocks have gone back to 01:30 EST.
    openAt(Date.parse('2026-11-01T04:30:00Z'), 'America/New_York');
    vi.spyOn(Date, 'now').mockReturnValue(1_000_000 + 2 * HOUR);
    expect(nowWall()).toBe('2026-11-01T01:30');
  });
});
