/**
 * The stamps a status change puts on a ticket, shared by the sidebar's update and a person's edit
 * in the sheet. Stopped time is measured on the ticket's own clock (7x24 for a VIP).
 */
import { type BusinessCalendar, businessMinutesBetween, type Calendar } from '../domain/calendar';
import { calendarOf } from '../domain/settings-calendar';
import { ticketClock } from '../domain/sla';
import { type Stamps, statusStamps } from '../domain/ticket-lifecycle';
import type { TicketStatus } from '../domain/values';
import { enteredNumberOf, isTypedOther, msOf, textOf } from '../sheets/cell-values';
import type { Env } from '../sheets/env';
import { tiersNow } from '../sheets/merged-into';
import { loadSection } from '../sheets/settings-sheet';
import { type Cell, readTable } from '../sheets/table';
import { CUSTOMERS } from '../sheets/tables';

/**
 * Each ticket's clock (7x24 for a VIP customer), for one request or one edit however many rows it
 * touches: the customers' tiers and the calendar settings are read once, on first need. Only
 * stopped time that ends is measured, so only then are they read, and only the calendar settings
 * (none for a VIP): a broken setting must not cost a status change its stamps (a person's edit
 * would lose them silently).
 */
export function ticketClocks(env: Env): (customerId: string) => Calendar {
  let calendar: BusinessCalendar | undefined;
  let tiers: ReadonlyMap<string, string> | undefined;
  return (customerId) => {
    // As the hourly job times the ticket: by the tier of the customer it counts for now.
    tiers ??= tiersNow(readTable(env.ss, CUSTOMERS, { keys: ['tier', 'mergedInto'] }).rows);
    return ticketClock(tiers.get(customerId) ?? '', () => (calendar ??= settingsCalendar(env)));
  };
}

/** The business calendar the Settings sheet describes; a broken calendar setting throws. */
export const settingsCalendar = (env: Env): BusinessCalendar =>
  calendarOf({ calendar: loadSection(env, 'calendar') }, env.timeZone());

/** The cells to write when `current` (a Tickets row) moves to `next` at `now`. */
export function stampsFor(
  current: Record<string, Cell>,
  /** null when not known: a pasted block of cells has no old values. */
  previousStatus: string | null,
  next: TicketStatus,
  now: Date,
  clockFor: (customerId: string) => Calendar,
): Record<string, Cell> {
  let clock: Calendar | undefined;
  const clockOf = () => (clock ??= clockFor(textOf(current.customerId)));
  const stamps: Stamps = statusStamps(
    {
      status: previousStatus as TicketStatus | '' | null,
      acknowledged: msOf(current.acknowledged),
      resolved: msOf(current.resolved),
      closed: msOf(current.closed),
      waitingSince: msOf(current.waitingSince),
      pausedMinutes: enteredNumberOf(current.pausedMinutes) ?? 0,
    },
    next,
    now.getTime(),
    (from, to) => businessMinutesBetween(clockOf(), from, to),
  );
  const cells: Record<string, Cell> = {};
  for (const [key, value] of Object.entries(stamps)) {
    // A time a person typed as words ("Monday 9:05 by phone") is theirs: kept as typed, and the
    // hourly job names it in SLA Status for them to put right.
    if (key !== 'pausedMinutes' && isTypedOther(current[key])) continue;
    cells[key] =
      value === null ? '' : key === 'pausedMinutes' ? (value as number) : new Date(value as number);
  }
  return cells;
}
