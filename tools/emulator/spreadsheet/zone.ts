/**
 * Sheets keeps a date-time as a wall-clock reading with no zone and shows it in the spreadsheet's
 * zone; a script's Date is an instant. The emulator stores "wall dates" (a Date whose UTC fields
 * are the wall clock) and converts at the boundary, never through the process's own zone.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setspreadsheettimezonetimezone
 */
import { tzOffset } from '@date-fns/tz';

const HOUR_MS = 3_600_000;
const cache = new Map<string, Map<number, number>>();

/** Minutes `timeZone` is ahead of UTC at an instant; zones change offset on the hour or half hour. */
function offsetMinutes(timeZone: string, instantMs: number): number {
  let zone = cache.get(timeZone);
  if (!zone) {
    zone = new Map();
    cache.set(timeZone, zone);
  }
  const hour = Math.floor(instantMs / (HOUR_MS / 2));
  let offset = zone.get(hour);
  if (offset === undefined) {
    offset = tzOffset(timeZone, new Date(hour * (HOUR_MS / 2)));
    if (!Number.isFinite(offset)) throw new RangeError(`Unknown time zone "${timeZone}"`);
    zone.set(hour, offset);
  }
  return offset;
}

export function wallFromInstant(instantMs: number, timeZone: string): number {
  return instantMs + offsetMinutes(timeZone, instantMs) * 60_000;
}

/**
 * The instant a wall reading names: a repeated reading (DST ends) means its first occurrence, a
 * skipped one (DST starts) moves on by the gap, as a person's clock would.
 */
export function instantFromWall(wallMs: number, timeZone: string): number {
  const guess = wallMs - offsetMinutes(timeZone, wallMs) * 60_000;
  const exact = wallMs - offsetMinutes(timeZone, guess) * 60_000;
  return wallFromInstant(exact, timeZone) === wallMs ? exact : guess;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Sheets' day zero: serial number 0 is 1899-12-30 00:00 wall time. */
export const EPOCH_WALL_MS = Date.UTC(1899, 11, 30);
export const DAY_MS = 86_400_000;

export const serialFromWall = (wallMs: number) => (wallMs - EPOCH_WALL_MS) / DAY_MS;
export const wallFromSerial = (serial: number) => Math.round(EPOCH_WALL_MS + serial * DAY_MS);
