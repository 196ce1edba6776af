/**
 * The stamps a status change puts on a ticket, shared by the sidebar's update and a person's edit
 * in the sheet. Stopped time is measured on the ticket's own clock (7x24 for a VIP).
 */
import { businessMinutesBetween, type Calendar } from '../domain/calendar';
import { calendarOf } from '../domain/settings-calendar';
import { ticketClock } from '../domain/sla';
import { type Stamps, statusStamps } from '../domain/ticket-lifecycle';
import type { TicketStatus } from '../domain/values';
import { msOf, numberOf, textOf } from '../sheets/cell-values';
import type { Env } from '../sheets/env';
import { locate } from '../sheets/layout';
import { findRow, readRecord } from '../sheets/record-row';
import { loadSettings } from '../sheets/settings-sheet';
import type { Cell } from '../sheets/table';
import { CUSTOMERS } from '../sheets/tables';

function tierOf(env: Env, customerId: string): string {
  const layout = locate(env.ss, CUSTOMERS, ['tier']);
  try {
    return textOf(readRecord(layout, findRow(layout, customerId)).tier);
  } catch {
    return '';
  }
}

/** The cells to write when `current` (a Tickets row) moves to `next` at `now`. */
export function stampsFor(
  env: Env,
  current: Record<string, Cell>,
  previousStatus: string,
  next: TicketStatus,
  now: Date,
): Record<string, Cell> {
  // Only a wait that ends is measured, so only then are the settings read: a broken setting must
  // not cost every other status change its stamps (a person's edit would lose them silently).
  let clock: Calendar | undefined;
  const clockOf = () =>
    (clock ??= ticketClock(
      tierOf(env, textOf(current.customerId)),
      calendarOf(loadSettings(env), env.timeZone()),
    ));
  const stamps: Stamps = statusStamps(
    {
      status: previousStatus as TicketStatus | '',
      acknowledged: msOf(current.acknowledged),
      resolved: msOf(current.resolved),
      closed: msOf(current.closed),
      waitingSince: msOf(current.waitingSince),
      pausedMinutes: numberOf(current.pausedMinutes) ?? 0,
    },
    next,
    now.getTime(),
    (from, to) => businessMinutesBetween(clockOf(), from, to),
  );
  const cells: Record<string, Cell> = {};
  for (const [key, value] of Object.entries(stamps)) {
    cells[key] =
      value === null ? '' : key === 'pausedMinutes' ? (value as number) : new Date(value as number);
  }
  return cells;
}
