/**
 * Time zones: the one place that knows how far a zone's wall clock is from UTC.
 *
 * Rules work in the spreadsheet's zone, never the process's. Every offset lookup goes through
 * `zoneOffsetMinutes`, so a runtime whose `Intl` lacks time-zone data (Apps Script's V8 may) can
 * swap the source once, e.g. for `Utilities.formatDate(date, zone, 'Z')`. Wall-clock readings are
 * handled as "wall ms": the reading written as if it were UTC, so that plain UTC arithmetic on
 * them never consults the process's zone.
 */
import { tzOffset } from '@date-fns/tz';
import { isCalendarDate } from './fields';

/** Minutes a zone's wall clock is ahead of UTC at an instant (Asia/Shanghai: 480); NaN if unknown. */
export type ZoneOffsetSource = (instantMs: number, timeZone: string) => number;

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/**
 * The start of the minute `ms` falls in. A stamp (Created, Sent, Submitted) has seconds while a
 * time is typed to the minute: one typed for the stamp's minute is not before it.
 */
export const startOfMinute = (ms: number): number => Math.floor(ms / MINUTE_MS) * MINUTE_MS;

/** The ISO weekday (1 Monday … 7 Sunday) of a day counted from 1970-01-01, which was a Thursday. */
export const isoWeekdayOf = (day: number): number => ((((day + 3) % 7) + 7) % 7) + 1;

// Not TZDate: it looks offsets up on its own and reads the process's zone, bypassing the swap point.
const intlOffsets: ZoneOffsetSource = (instantMs, timeZone) => tzOffset(timeZone, new Date(instantMs));

let offsetSource = intlOffsets;

/**
 * Replaces where offsets come from, for every caller; returns the previous source so a test can
 * put it back. Calendars cache their days, so build them after swapping.
 */
export function setZoneOffsetSource(source: ZoneOffsetSource): ZoneOffsetSource {
  const previous = offsetSource;
  offsetSource = source;
  dayOffsets.clear();
  hourOffsets.clear();
  recentZone = '';
  return previous;
}

export const HOUR_MS = 3_600_000;

/**
 * How far ahead of now a typed time may lie before it counts as in the future (a year typed
 * wrong): a person rounds up, and a computer's clock may run a little fast.
 */
const AHEAD_GRACE_MS = 15 * MINUTE_MS;
export const isAhead = (at: number, now: number) => at > now + AHEAD_GRACE_MS;

/**
 * Offsets by zone and UTC day, then by UTC hour, each looked up once (a lookup through Intl is slow
 * and the daily job makes hundreds of thousands): a span whose first and last millisecond share
 * an offset has it throughout; a span holding a change (null) is looked up by the smaller span,
 * and an hour holding one instant by instant.
 */
const dayOffsets = new Map<string, Map<number, number | null>>();
const hourOffsets = new Map<string, Map<number, number | null>>();

function steadyOffset(
  cache: Map<string, Map<number, number | null>>,
  size: number,
  instantMs: number,
  timeZone: string,
): number | null {
  const span = Math.floor(instantMs / size);
  let zone = cache.get(timeZone);
  if (!zone) {
    zone = new Map();
    cache.set(timeZone, zone);
  }
  let offset = zone.get(span);
  if (offset === undefined) {
    const first = offsetSource(span * size, timeZone);
    if (!Number.isFinite(first)) throw new RangeError(`Unknown time zone "${timeZone}"`);
    offset = first === offsetSource((span + 1) * size - 1, timeZone) ? first : null;
    zone.set(span, offset);
  }
  return offset;
}

/**
 * Recent steady days by day, in a small table the day's number picks a slot of: rows read in date
 * order ask for the same day over and over, and calendar-day sums alternate between a few days.
 * Typed arrays, so a miss allocates nothing (the daily job asks some millions of times).
 */
const RECENT = 256;
const recentDay = new Float64Array(RECENT).fill(Number.NaN);
const recentOffset = new Float64Array(RECENT);
let recentZone = '';

export function zoneOffsetMinutes(instantMs: number, timeZone: string): number {
  if (!Number.isFinite(instantMs)) throw new RangeError(`${instantMs} is not an instant`);
  const day = Math.floor(instantMs / DAY_MS);
  if (timeZone !== recentZone) {
    recentDay.fill(Number.NaN);
    recentZone = timeZone;
  }
  const slot = day & (RECENT - 1);
  if (recentDay[slot] === day) return recentOffset[slot]!;
  const steady = steadyOffset(dayOffsets, DAY_MS, instantMs, timeZone);
  if (steady !== null) {
    recentDay[slot] = day;
    recentOffset[slot] = steady;
    return steady;
  }
  return steadyOffset(hourOffsets, HOUR_MS, instantMs, timeZone) ?? offsetSource(instantMs, timeZone);
}

export function wallMsFromInstant(instantMs: number, timeZone: string): number {
  return instantMs + zoneOffsetMinutes(instantMs, timeZone) * MINUTE_MS;
}

/**
 * The first instant at which the zone's wall clock reads `wallMs` or later. A reading repeated by a
 * fall-back change means its first occurrence; one skipped by a spring-forward change means the
 * change itself (02:30 on 2026-03-08 in New York is 03:00 EDT). Later readings so never map to
 * earlier instants, and working hours that touch a change never turn inside out.
 */
export function instantFromWallMs(wallMs: number, timeZone: string): number {
  // The offsets a day either side bracket any change near this reading.
  const before = wallMs - zoneOffsetMinutes(wallMs - DAY_MS, timeZone) * MINUTE_MS;
  const after = wallMs - zoneOffsetMinutes(wallMs + DAY_MS, timeZone) * MINUTE_MS;
  const early = Math.min(before, after);
  const late = Math.max(before, after);
  // No arrays of the two: every survey's Reminder Due and Closes pass here several times a day.
  if (wallMsFromInstant(early, timeZone) === wallMs) return early;
  // When the two agree, asking again would give the same answer.
  if (late !== early && wallMsFromInstant(late, timeZone) === wallMs) return late;
  return changeInstant(early, late, wallMs, timeZone);
}

/** In a gap: the clock reads below `wallMs` at `lo` and above it at `hi`; find the jump to the ms. */
function changeInstant(lo: number, hi: number, wallMs: number, timeZone: string): number {
  let [below, atOrAbove] = [lo, hi];
  while (atOrAbove - below > 1) {
    const mid = Math.floor((below + atOrAbove) / 2);
    if (wallMsFromInstant(mid, timeZone) >= wallMs) atOrAbove = mid;
    else below = mid;
  }
  return atOrAbove;
}

/** The same wall-clock time `days` calendar days on in the zone: a DST change in between is not a day's drift. */
export const addCalendarDays = (instantMs: number, days: number, timeZone: string): number =>
  instantFromWallMs(wallMsFromInstant(instantMs, timeZone) + days * DAY_MS, timeZone);

/** '2026-03-08T09:30', to the minute, as the sheets and the sidebar show a date and time. */
export function wallFromInstant(instantMs: number, timeZone: string): string {
  return new Date(wallMsFromInstant(instantMs, timeZone)).toISOString().slice(0, 16);
}

/** '2026-03-08 09:30': a date and time as messages, notes and the sidebar write it. */
export const wallText = (instantMs: number, timeZone: string): string =>
  wallFromInstant(instantMs, timeZone).replace('T', ' ');

/** A due time as a message gives it: the day alone at midnight, where a date with no time leads. */
export function dueText(instantMs: number, timeZone: string): string {
  const text = wallText(instantMs, timeZone);
  return text.endsWith(' 00:00') ? text.slice(0, 10) : text;
}

/** '2026-03-08': the calendar day in the zone at an instant. */
export const dayFromInstant = (instantMs: number, timeZone: string): string =>
  wallFromInstant(instantMs, timeZone).slice(0, 10);

const WALL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/;

/** Reads '2026-03-08' (midnight) or '2026-03-08T09:30' in the zone; throws on anything else. */
export function instantFromWall(wall: string, timeZone: string): number {
  const parts = WALL.exec(wall)?.slice(1) ?? [];
  const [y = Number.NaN, mo = 0, d = 0, h = 0, mi = 0] = parts.map((n) => Number(n ?? 0));
  if (!isCalendarDate(y, mo, d) || h > 23 || mi > 59) {
    throw new RangeError(`"${wall}" is not a date like 2026-03-08 or a time like 2026-03-08T09:30`);
  }
  return instantFromWallMs(Date.UTC(y, mo - 1, d, h, mi), timeZone);
}
