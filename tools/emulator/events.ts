/**
 * The event objects Apps Script passes to trigger functions.
 * https://developers.google.com/apps-script/guides/triggers/events
 */
import { AuthMode } from './services/access';
import type { EnumValue } from './services/enums';
import type { TriggerRecord } from './services/triggers';
import { javaOffsetMinutes as offsetMinutes } from './zone';

const DAY_MS = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

export interface EditedCell {
  readonly range: unknown;
  readonly source: unknown;
  readonly user: unknown;
  readonly oldValue: unknown;
  readonly value: unknown;
}

/** Sheets hands values over as text: booleans as TRUE/FALSE, dates as serial numbers (days since
 * 1899-12-30 in the spreadsheet's zone). */
function cellText(value: unknown, timeZone: string): string {
  if (value instanceof Date) {
    const wall = value.getTime() + offsetMinutes(value.getTime(), timeZone) * 60_000;
    return String((wall - SERIAL_EPOCH) / DAY_MS);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

const isEmpty = (value: unknown) => value === '' || value === null || value === undefined;

/** A one-cell edit; value is left out when the cell was cleared, oldValue when it was empty. */
export function editEvent(cell: EditedCell, timeZone: string, authMode: EnumValue) {
  const { oldValue, value, ...rest } = cell;
  const event: Record<string, unknown> = { ...rest, authMode };
  if (!isEmpty(value)) event.value = cellText(value, timeZone);
  if (!isEmpty(oldValue)) event.oldValue = cellText(oldValue, timeZone);
  return event;
}

/** In AuthMode.NONE the add-on may not read the document or know the user. */
export function openEvent(authMode: EnumValue, source: () => unknown, user: () => unknown) {
  return authMode === AuthMode.NONE ? { authMode } : { authMode, source: source(), user: user() };
}

/** ISO 8601 week: the week holding the year's first Thursday is week 1. */
function isoWeek(at: Date): number {
  const thursday = Date.UTC(
    at.getUTCFullYear(),
    at.getUTCMonth(),
    at.getUTCDate() + 4 - (at.getUTCDay() || 7),
  );
  const yearStart = Date.UTC(new Date(thursday).getUTCFullYear(), 0, 1);
  return Math.ceil(((thursday - yearStart) / DAY_MS + 1) / 7);
}

/** Time-driven events report the firing time in UTC. */
export function clockEvent(trigger: TriggerRecord, now: number) {
  const at = new Date(now);
  return {
    authMode: AuthMode.FULL,
    triggerUid: trigger.uniqueId,
    timezone: 'UTC',
    year: at.getUTCFullYear(),
    month: at.getUTCMonth() + 1,
    'day-of-month': at.getUTCDate(),
    'day-of-week': at.getUTCDay() || 7,
    'week-of-year': isoWeek(at),
    hour: at.getUTCHours(),
    minute: at.getUTCMinutes(),
    second: at.getUTCSeconds(),
  };
}
