/**
 * "3 working days after First Contact", "15 working days out": the same wall-clock time on the
 * Nth later day that has working hours on the business calendar.
 */
import { type BusinessCalendar, businessMinutesBetween } from './calendar';
import { DAY_MS, instantFromWallMs, wallMsFromInstant } from './zone';

export function addWorkingDays(calendar: BusinessCalendar, from: number, days: number): number {
  const tz = calendar.timeZone;
  let wallMs = wallMsFromInstant(from, tz);
  for (let counted = 0; counted < days; ) {
    wallMs += DAY_MS;
    const dayStart = instantFromWallMs(wallMs - (wallMs % DAY_MS), tz);
    const dayEnd = instantFromWallMs(wallMs - (wallMs % DAY_MS) + DAY_MS, tz);
    if (businessMinutesBetween(calendar, dayStart, dayEnd) > 0) counted++;
  }
  return instantFromWallMs(wallMs, tz);
}
