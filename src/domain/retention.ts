/**
 * How long operation logs (at least 6 months, DOMAIN.md) and the monthly health history are kept,
 * counted in calendar months.
 */
import { instantFromWall, wallFromInstant } from './zone';

export const MIN_RETENTION_MONTHS = 6;

/** The instant before which log rows may go: the same wall-clock time N months ago. */
export function retentionCutoff(now: number, months: number, timeZone: string): number {
  const keep = Math.max(months, MIN_RETENTION_MONTHS);
  const wall = wallFromInstant(now, timeZone);
  const y = Number(wall.slice(0, 4));
  const m = Number(wall.slice(5, 7)) - 1 - keep;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  return instantFromWall(`${year}-${String(month + 1).padStart(2, '0')}-01T00:00`, timeZone);
}

/** The first month ('YYYY-MM') whose Health History rows are kept: the month of the cutoff. */
export const firstMonthKept = (now: number, months: number, timeZone: string): string =>
  wallFromInstant(retentionCutoff(now, months, timeZone), timeZone).slice(0, 7);
