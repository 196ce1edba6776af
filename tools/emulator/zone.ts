/**
 * Time zones for both halves of the emulator, read from the zone data (through @date-fns/tz's
 * tzOffset), never through the process's own zone. Two readers share that one source:
 *
 * - Java's, for Utilities.formatDate (SimpleDateFormat underneath): custom IDs ("GMT+08:00") are
 *   understood, whole minutes, and an ID Java does not know means GMT.
 *   https://docs.oracle.com/javase/8/docs/api/java/util/TimeZone.html#getTimeZone-java.lang.String-
 * - Sheets', for the spreadsheet's cells: an unknown zone throws. Sheets keeps a date-time as a
 *   wall-clock reading with no zone and shows it in the spreadsheet's zone; a script's Date is an
 *   instant. The emulator stores "wall dates" (a Date whose UTC fields are the wall clock) and
 *   converts at the boundary.
 *   https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setspreadsheettimezonetimezone
 */
import { tzOffset } from '@date-fns/tz';

const MINUTE_MS = 60_000;
const HALF_HOUR_MS = 1_800_000;
const CUSTOM_ID = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/;
const known = new Map<string, boolean>();
const sheetsCache = new Map<string, Map<number, number>>();

/** Whether Intl knows the zone: Sheets accepts these IDs, and Java reads them. */
export function isValidTimeZone(timeZone: string): boolean {
  let valid = known.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    known.set(timeZone, valid);
  }
  return valid;
}

function customOffset(timeZone: string): number | undefined {
  const match = CUSTOM_ID.exec(timeZone);
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** Minutes `timeZone` is ahead of UTC at the instant `ms`, as Java reads the ID. */
export function javaOffsetMinutes(ms: number, timeZone: string): number {
  const custom = customOffset(timeZone);
  if (custom !== undefined) return custom;
  if (!isValidTimeZone(timeZone)) return 0;
  return Math.round(tzOffset(timeZone, new Date(ms)));
}

/** Minutes `timeZone` is ahead of UTC at an instant; zones change offset on the hour or half hour. */
function sheetsOffsetMinutes(timeZone: string, instantMs: number): number {
  let zone = sheetsCache.get(timeZone);
  if (!zone) {
    zone = new Map();
    sheetsCache.set(timeZone, zone);
  }
  const slot = Math.floor(instantMs / HALF_HOUR_MS);
  let offset = zone.get(slot);
  if (offset === undefined) {
    offset = tzOffset(timeZone, new Date(slot * HALF_HOUR_MS));
    if (!Number.isFinite(offset)) throw new RangeError(`Unknown time zone "${timeZone}"`);
    zone.set(slot, offset);
  }
  return offset;
}

export function wallFromInstant(instantMs: number, timeZone: string): number {
  return instantMs + sheetsOffsetMinutes(timeZone, instantMs) * MINUTE_MS;
}

/**
 * The instant a wall reading names: a repeated reading (DST ends) means its first occurrence, a
 * skipped one (DST starts) moves on by the gap, as a person's clock would.
 */
export function instantFromWall(wallMs: number, timeZone: string): number {
  const guess = wallMs - sheetsOffsetMinutes(timeZone, wallMs) * MINUTE_MS;
  const exact = wallMs - sheetsOffsetMinutes(timeZone, guess) * MINUTE_MS;
  return wallFromInstant(exact, timeZone) === wallMs ? exact : guess;
}

/** Sheets' day zero: serial number 0 is 1899-12-30 00:00 wall time. */
export const EPOCH_WALL_MS = Date.UTC(1899, 11, 30);
export const DAY_MS = 86_400_000;

export const serialFromWall = (wallMs: number) => (wallMs - EPOCH_WALL_MS) / DAY_MS;
export const wallFromSerial = (serial: number) => Math.round(EPOCH_WALL_MS + serial * DAY_MS);
