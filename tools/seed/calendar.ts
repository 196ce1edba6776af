/**
 * Sample times as people would make them: on working days, in office hours, in the
 * spreadsheet's zone. Times are "wall ms" (the wall reading written as UTC, see src/domain/zone)
 * until a cell needs a Date.
 */
import { DAY_MS, instantFromWallMs, MINUTE_MS, wallMsFromInstant } from '../../src/domain/zone';
import type { Random } from './prng';

export { DAY_MS };
export const HOUR_MS = 60 * MINUTE_MS;

export interface SeedClock {
  /** The preview's "now", as wall ms. */
  readonly now: number;
  date(wallMs: number): Date;
  /** Midnight of that wall day, as a Date (date-only columns). */
  day(wallMs: number): Date;
  wall(date: Date): number;
  /** A working-day office-hours time between `daysAgoMax` and `daysAgoMin` days before now. */
  workTime(rnd: Random, daysAgoMin: number, daysAgoMax: number): number;
  /** A working-day office-hours time after `wallMs` (at least an hour after it), before now. */
  workTimeAfter(rnd: Random, wallMs: number): number;
}

const isWeekend = (wallMs: number) => {
  const weekday = new Date(wallMs).getUTCDay();
  return weekday === 0 || weekday === 6;
};

export function seedClock(nowMs: number, timeZone: string): SeedClock {
  const now = wallMsFromInstant(nowMs, timeZone);
  const midnight = (wallMs: number) => Math.floor(wallMs / DAY_MS) * DAY_MS;
  const workTime: SeedClock['workTime'] = (rnd, daysAgoMin, daysAgoMax) => {
    let day = midnight(now) - rnd.int(daysAgoMin, daysAgoMax) * DAY_MS;
    while (isWeekend(day)) day -= DAY_MS;
    const time = day + rnd.int(9 * 60, 17 * 60 + 45) * MINUTE_MS;
    // Today's office hours may not have happened yet.
    return Math.min(time, now - rnd.int(5, 90) * MINUTE_MS);
  };
  return {
    now,
    date: (wallMs) => new Date(instantFromWallMs(wallMs, timeZone)),
    day: (wallMs) => new Date(instantFromWallMs(midnight(wallMs), timeZone)),
    wall: (date) => wallMsFromInstant(date.getTime(), timeZone),
    workTime,
    workTimeAfter: (rnd, wallMs) =>
      Math.max(workTime(rnd, 0, Math.floor((now - wallMs) / DAY_MS)), Math.min(wallMs + HOUR_MS, now)),
  };
}
