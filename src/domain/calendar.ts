/**
 * The business calendar: when the service clock runs. Working hours are wall-clock hours in the
 * spreadsheet's zone (09:00-18:00 stays 09:00-18:00 on a daylight-saving day); holidays and days
 * with changed hours override the week; VIP customers get the 7x24 clock, which never stops.
 *
 * Each local day has at most one working interval [open, close): an instant at `close` is already
 * outside working time. Days are worked out once per calendar and cached, and every function steps
 * day by day, never minute by minute: a job asks for thousands of due times per run.
 */
import { isDateText } from './fields';
import { DAY_MS, instantFromWallMs, isoWeekdayOf, MINUTE_MS, zoneOffsetMinutes } from './zone';

/** Working hours of one day in minutes after local midnight; `end` may be 1440 (midnight after). */
export interface DayHours {
  readonly start: number;
  readonly end: number;
}

/** ISO weekday: 1 is Monday, 7 is Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** A weekday left out is closed. */
export type WeeklyHours = Readonly<Partial<Record<Weekday, DayHours>>>;

/** A date ('2026-12-24') with other hours than its weekday's, or null when closed all day. */
export interface ChangedDay {
  readonly date: string;
  readonly hours: DayHours | null;
}

export interface CalendarSettings {
  /** IANA zone of the spreadsheet, e.g. 'Asia/Shanghai'. */
  readonly timeZone: string;
  /** Defaults to Mon-Fri 09:00-18:00. */
  readonly weeklyHours?: WeeklyHours;
  /** Dates ('2026-10-01') with no work. */
  readonly holidays?: readonly string[];
  /** Wins over both the week and a holiday on the same date: it is the most specific rule. */
  readonly changedHours?: readonly ChangedDay[];
}

/** The same hours on each of the given ISO weekdays, as the Settings sheet states them. */
export function weeklyHours(days: readonly number[], hours: DayHours): WeeklyHours {
  return Object.fromEntries(days.map((d) => [d, hours]));
}

export const DEFAULT_WEEKLY_HOURS = weeklyHours([1, 2, 3, 4, 5], { start: 9 * 60, end: 18 * 60 });

/** One local day: its span [start, end) and its working interval [open, close), empty if closed. */
export interface CalendarDay {
  /** Days since 1970-01-01 on the local calendar. */
  readonly n: number;
  readonly start: number;
  readonly end: number;
  readonly open: number;
  readonly close: number;
}

export interface BusinessCalendar {
  readonly kind: 'business';
  readonly timeZone: string;
  readonly weeklyHours: WeeklyHours;
  readonly holidays: ReadonlySet<string>;
  readonly changedHours: ReadonlyMap<string, DayHours | null>;
  /** Days worked out so far, by `n`; filled as the calendar is used. */
  readonly days: Map<number, CalendarDay>;
  /** Working ms of days `lo` up to each day from `lo` to `hi` (see workedBefore); filled as used. */
  readonly worked: { lo: number; hi: number; sums: number[] };
}

export interface RoundTheClock {
  readonly kind: '7x24';
}

/** The VIP clock: every minute counts, so business time is plain elapsed time. */
export const ROUND_THE_CLOCK: RoundTheClock = { kind: '7x24' };

export type Calendar = BusinessCalendar | RoundTheClock;

function checkHours(hours: DayHours, where: string): void {
  if (!(hours.start >= 0 && hours.start < hours.end && hours.end <= 24 * 60)) {
    throw new RangeError(`Working hours on ${where} must run forward within one day`);
  }
}

function checkDate(date: string): void {
  if (!isDateText(date)) throw new RangeError(`"${date}" is not a date like 2026-10-01`);
}

/** Builds a calendar from settings; throws a RangeError naming the first bad setting. */
export function businessCalendar(settings: CalendarSettings): BusinessCalendar {
  const { timeZone, weeklyHours = DEFAULT_WEEKLY_HOURS, holidays = [], changedHours = [] } = settings;
  zoneOffsetMinutes(0, timeZone);
  const week = Object.values(weeklyHours).filter((hours) => hours !== undefined);
  // Without a working weekday the clock would never run again after the last changed day.
  if (week.length === 0) throw new RangeError('The week has no working hours');
  for (const hours of week) checkHours(hours, 'a weekday');
  for (const date of holidays) checkDate(date);
  for (const { date, hours } of changedHours) {
    checkDate(date);
    if (hours) checkHours(hours, date);
  }
  return {
    kind: 'business',
    timeZone,
    weeklyHours,
    holidays: new Set(holidays),
    changedHours: new Map(changedHours.map((c) => [c.date, c.hours])),
    days: new Map(),
    worked: { lo: 0, hi: 0, sums: [] },
  };
}

function hoursOn(calendar: BusinessCalendar, n: number): DayHours | null | undefined {
  const date = new Date(n * DAY_MS).toISOString().slice(0, 10);
  if (calendar.changedHours.has(date)) return calendar.changedHours.get(date);
  if (calendar.holidays.has(date)) return null;
  return calendar.weeklyHours[isoWeekdayOf(n) as Weekday];
}

function dayAt(calendar: BusinessCalendar, n: number): CalendarDay {
  const cached = calendar.days.get(n);
  if (cached) return cached;
  const at = (minutes: number) => instantFromWallMs(n * DAY_MS + minutes * MINUTE_MS, calendar.timeZone);
  const start = at(0);
  const hours = hoursOn(calendar, n);
  const [open, close] = hours ? [at(hours.start), at(hours.end)] : [start, start];
  const day = { n, start, end: at(24 * 60), open, close };
  calendar.days.set(n, day);
  return day;
}

/** The local day holding an instant, found among cached days without another offset lookup. */
function dayOf(calendar: BusinessCalendar, instant: number): CalendarDay {
  const utcDay = Math.floor(instant / DAY_MS);
  // Zone offsets stay within a day, so the local date is the UTC date or one either side.
  for (const n of [utcDay, utcDay - 1, utcDay + 1]) {
    const day = dayAt(calendar, n);
    if (day.start <= instant && instant < day.end) return day;
  }
  throw new RangeError(`No local day in ${calendar.timeZone} holds ${new Date(instant).toISOString()}`);
}

export function isWorkingTime(calendar: Calendar, instant: number): boolean {
  checked(instant);
  if (calendar.kind === '7x24') return true;
  const day = dayOf(calendar, instant);
  return day.open <= instant && instant < day.close;
}

/**
 * The instant `minutes` of working time after `start`. A start outside working hours counts from
 * the next opening, so adding 0 there gives the next opening; a positive amount may end exactly at
 * a close (18:00), never at the next opening. Fractions of a minute are kept.
 */
export function addBusinessMinutes(calendar: Calendar, start: number, minutes: number): number {
  if (!(minutes >= 0)) throw new RangeError(`Cannot add ${minutes} minutes`);
  if (calendar.kind === '7x24') return checked(start) + minutes * MINUTE_MS;
  let day = dayOf(calendar, checked(start));
  let from = Math.max(start, day.open);
  let left = minutes * MINUTE_MS;
  while (from >= day.close || from + left > day.close) {
    if (from < day.close) left -= day.close - from;
    day = dayAt(calendar, day.n + 1);
    from = day.open;
  }
  return from + left;
}

/** The first working instant at or after `instant`: itself during working hours. */
export function nextOpening(calendar: Calendar, instant: number): number {
  return addBusinessMinutes(calendar, instant, 0);
}

/**
 * Working minutes from `from` to `to`, fractions kept. Antisymmetric: negative when `to` is
 * earlier, 0 when equal, so measuring stays additive over any split point.
 */
export function businessMinutesBetween(calendar: Calendar, from: number, to: number): number {
  const span = checked(to) - checked(from);
  if (calendar.kind === '7x24') return span / MINUTE_MS;
  if (span < 0) return 0 - businessMinutesBetween(calendar, to, from); // 0 - x: never -0
  const first = dayOf(calendar, from);
  const last = dayOf(calendar, to);
  // The whole days from first to last, less what lies before `from` and from `to` on: a ticket a
  // year old costs two lookups, not a walk over every day since.
  const whole = workedBefore(calendar, last.n + 1) - workedBefore(calendar, first.n);
  const before = Math.max(0, Math.min(from, first.close) - first.open);
  const after = Math.max(0, last.close - Math.max(to, last.open));
  return (whole - before - after) / MINUTE_MS;
}

/**
 * Working ms from the first day summed so far up to day `n` (negative for a day before it). Each
 * day is summed once per calendar, extending the sums either way as days further out are asked.
 */
function workedBefore(calendar: BusinessCalendar, n: number): number {
  const w = calendar.worked;
  const workedOn = (m: number) => {
    const day = dayAt(calendar, m);
    return day.close - day.open;
  };
  if (w.sums.length === 0) Object.assign(w, { lo: n, hi: n, sums: [0] });
  for (; w.hi < n; w.hi++) w.sums.push(w.sums[w.hi - w.lo]! + workedOn(w.hi));
  if (n < w.lo) {
    const earlier: number[] = [];
    let sum = w.sums[0]!;
    for (let m = w.lo - 1; m >= n; m--) {
      sum -= workedOn(m);
      earlier.push(sum);
    }
    Object.assign(w, { lo: n, sums: earlier.reverse().concat(w.sums) });
  }
  return w.sums[n - w.lo]!;
}

/** Both clocks reject a NaN instant rather than answer NaN or 0 for it. */
function checked(instant: number): number {
  if (!Number.isFinite(instant)) throw new RangeError(`${instant} is not an instant`);
  return instant;
}
