import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  instantFromWall,
  instantFromWallMs,
  setZoneOffsetSource,
  wallFromInstant,
  wallMsFromInstant,
  type ZoneOffsetSource,
  zoneOffsetMinutes,
} from '../../src/domain/zone';

// The process runs in Pacific/Auckland (vitest.config.ts): none of these answers may depend on it.
const NY = 'America/New_York';
const SHANGHAI = 'Asia/Shanghai';

/** A zone and a wall reading (as wall ms) within hours of one of its 2026 clock changes. */
const nearChanges = fc
  .tuple(
    fc.constantFrom(
      [NY, '2026-03-08'],
      [NY, '2026-11-01'],
      ['Europe/London', '2026-03-29'],
      ['Australia/Lord_Howe', '2026-04-05'], // half-hour changes
      ['America/Santiago', '2026-09-06'], // changes at midnight
      [SHANGHAI, '2026-03-08'],
    ),
    fc.integer({ min: -3 * 60, max: 5 * 60 }),
  )
  .map(([[zone, date], minutes]) => [zone, Date.parse(date) + minutes * 60_000] as const);

describe('zoneOffsetMinutes', () => {
  it('gives minutes ahead of UTC, with daylight saving', () => {
    expect(zoneOffsetMinutes(Date.UTC(2026, 0, 15), SHANGHAI)).toBe(480);
    expect(zoneOffsetMinutes(Date.UTC(2026, 0, 15), NY)).toBe(-300);
    expect(zoneOffsetMinutes(Date.UTC(2026, 6, 15), NY)).toBe(-240);
  });

  it('rejects an unknown zone and a NaN instant', () => {
    expect(() => zoneOffsetMinutes(0, 'Mars/Olympus_Mons')).toThrow('Unknown time zone "Mars/Olympus_Mons"');
    expect(() => zoneOffsetMinutes(Number.NaN, SHANGHAI)).toThrow(RangeError);
  });
});

describe('wall time and instants', () => {
  it('reads and writes wall time in the given zone, not the process’s', () => {
    const instant = Date.UTC(2026, 2, 31, 15, 30); // 23:30 in Shanghai, 04:30 next day in Auckland
    expect(wallFromInstant(instant, SHANGHAI)).toBe('2026-03-31T23:30');
    expect(instantFromWall('2026-03-31T23:30', SHANGHAI)).toBe(instant);
    expect(instantFromWall('2026-03-31 23:30', SHANGHAI)).toBe(instant);
    expect(instantFromWall('2026-04-01', SHANGHAI)).toBe(Date.UTC(2026, 2, 31, 16));
  });

  it('reads a reading skipped by the spring change as the change itself', () => {
    expect(instantFromWall('2026-03-08T02:30', NY)).toBe(Date.UTC(2026, 2, 8, 7)); // 03:00 EDT
    expect(instantFromWall('2026-03-08T02:00', NY)).toBe(Date.UTC(2026, 2, 8, 7));
    expect(instantFromWall('2026-03-08T03:00', NY)).toBe(Date.UTC(2026, 2, 8, 7));
    expect(instantFromWall('2026-03-08T01:59', NY)).toBe(Date.UTC(2026, 2, 8, 6, 59));
  });

  it('reads a reading repeated by the autumn change as its first occurrence', () => {
    expect(instantFromWall('2026-11-01T01:30', NY)).toBe(Date.UTC(2026, 10, 1, 5, 30)); // EDT
    expect(wallFromInstant(Date.UTC(2026, 10, 1, 6, 30), NY)).toBe('2026-11-01T01:30'); // EST
  });

  it('rejects text that is not a date or time that exists', () => {
    for (const bad of ['2026-02-30', '2026-11-23T24:00', '23/11/2026', '', '2026-11-23T9:00']) {
      expect(() => instantFromWall(bad, SHANGHAI), bad).toThrow(RangeError);
    }
  });

  it('round-trips every instant’s wall reading, across daylight-saving changes', () => {
    fc.assert(
      fc.property(nearChanges, ([zone, wall]) => {
        const instant = instantFromWallMs(wall, zone) + 17 * 60_000;
        const reading = wallMsFromInstant(instant, zone);
        expect(wallMsFromInstant(instantFromWallMs(reading, zone), zone)).toBe(reading);
      }),
      { numRuns: 1000 },
    );
  });

  it('maps a reading to the first instant the clock reads it or later', () => {
    fc.assert(
      fc.property(nearChanges, ([zone, wall]) => {
        const instant = instantFromWallMs(wall, zone);
        expect(wallMsFromInstant(instant, zone)).toBeGreaterThanOrEqual(wall);
        expect(wallMsFromInstant(instant - 1, zone)).toBeLessThan(wall);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('setZoneOffsetSource', () => {
  let restore: ZoneOffsetSource | null = null;
  afterEach(() => {
    if (restore) setZoneOffsetSource(restore);
    restore = null;
  });

  it('swaps where every offset comes from, e.g. for a runtime without Intl zone data', () => {
    restore = setZoneOffsetSource((_ms, zone) => (zone === SHANGHAI ? 480 : Number.NaN));
    expect(wallFromInstant(Date.UTC(2026, 0, 1), SHANGHAI)).toBe('2026-01-01T08:00');
    expect(() => wallFromInstant(0, NY)).toThrow('Unknown time zone "America/New_York"');
  });
});
