/**
 * Weeks, months and quarters of the spreadsheet's calendar for the Dashboard: a week runs Monday
 * 00:00 to Sunday 24:00 in the spreadsheet's zone, whatever zone the script runs in.
 */
import { DAY_MS, instantFromWallMs, isoWeekdayOf, wallFromInstant, wallMsFromInstant } from './zone';

export interface Week {
  /** Monday 00:00, as an instant. */
  readonly start: number;
  /** The next Monday 00:00 (exclusive). */
  readonly end: number;
  /** The Monday's date, '2026-11-16'. */
  readonly monday: string;
  /** The Sunday's date, '2026-11-22'. */
  readonly sunday: string;
}

/** The week holding `instant`, moved `offset` weeks (-1: the week before). */
export function weekOf(instant: number, timeZone: string, offset = 0): Week {
  const day = Math.floor(wallMsFromInstant(instant, timeZone) / DAY_MS);
  const monday = day - (isoWeekdayOf(day) - 1) + 7 * offset;
  const date = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
  return {
    start: instantFromWallMs(monday * DAY_MS, timeZone),
    end: instantFromWallMs((monday + 7) * DAY_MS, timeZone),
    monday: date(monday),
    sunday: date(monday + 6),
  };
}

/** The last `count` weeks up to and including the current one, oldest first. */
export function recentWeeks(now: number, timeZone: string, count: number): Week[] {
  return Array.from({ length: count }, (_, i) => weekOf(now, timeZone, i - count + 1));
}

export const inWeek = (week: Week, instant: number | null): boolean =>
  instant !== null && instant >= week.start && instant < week.end;

/** The period before a month ('2026-01' → '2025-12') or a quarter ('2026-Q1' → '2025-Q4'). */
export function previousPeriod(period: string): string {
  const year = Number(period.slice(0, 4));
  const quarter = /^\d{4}-Q([1-4])$/.exec(period);
  if (quarter) {
    const q = Number(quarter[1]);
    return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
  }
  const month = Number(period.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** A month ('2026-11') as instants in the spreadsheet's zone: from its first midnight to the next month's. */
export function monthSpan(month: string, timeZone: string): { start: number; end: number } {
  const [year, number] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return {
    start: instantFromWallMs(Date.UTC(year, number - 1, 1), timeZone),
    end: instantFromWallMs(Date.UTC(year, number, 1), timeZone),
  };
}

/** The last `count` months up to and including the one holding `now`, oldest first. */
export function recentMonths(now: number, timeZone: string, count: number): string[] {
  const months = [wallFromInstant(now, timeZone).slice(0, 7)];
  while (months.length < count) months.unshift(previousPeriod(months[0]!));
  return months;
}
