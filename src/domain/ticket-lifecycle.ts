/**
 * What a status change stamps on a ticket, whether staff change it in the sidebar or type it in
 * the sheet: acknowledgement, resolution and closing times, and the stopped clock while the
 * ticket waits on the customer.
 */
import { pausedMinutesProblem } from './sla-ticket';
import { DONE_TICKET_STATUSES, type TicketStatus } from './values';
import { DAY_MS } from './zone';

/** Whether a Status as written names a done ticket (Resolved or Closed). */
export const isDoneStatus = (status: string): boolean => DONE_TICKET_STATUSES.some((s) => s === status);

/**
 * Why a ticket may not be saved done, or null: a Resolved or Closed ticket says how it was solved
 * (DOMAIN.md: the solution, its steps and result), which the customer's verdict and the weekly
 * problem review go by.
 */
export function missingSolution(status: string, solution: string): string | null {
  return isDoneStatus(status) && solution.trim() === ''
    ? `Describe the solution (what was done and the result) before setting Status to ${status}.`
    : null;
}

/**
 * A Status typed into the sheet cannot be refused, so a ticket can be done without a Solution. It
 * is owed once it has been done a day (time to type the Solution after the Status), and asked for
 * during the week after that: older tickets were settled before anyone asked.
 */
export function owesSolution(
  t: { readonly solution: string; readonly resolvedAt: number | null },
  now: number,
): boolean {
  if (t.resolvedAt === null || t.solution.trim() !== '') return false;
  const doneFor = now - t.resolvedAt;
  return doneFor >= SOLUTION_GRACE_MS && doneFor < SOLUTION_GRACE_MS + SOLUTION_ASKED_MS;
}

const SOLUTION_GRACE_MS = DAY_MS;
const SOLUTION_ASKED_MS = 7 * DAY_MS;

/** When a done ticket was resolved: Resolved, or Closed when Resolved is empty; null while open. */
export const resolvedAt = (t: {
  readonly status: string;
  readonly resolved: number | null;
  readonly closed: number | null;
}): number | null => (isDoneStatus(t.status) ? (t.resolved ?? t.closed) : null);

export interface TicketTimes {
  /** '' for an empty cell; null when not known (a pasted block of cells has no old values). */
  readonly status: TicketStatus | '' | null;
  readonly acknowledged: number | null;
  readonly resolved: number | null;
  readonly closed: number | null;
  readonly waitingSince: number | null;
  /** NaN when the cell holds something that is not a number. */
  readonly pausedMinutes: number;
}

/** Fields to write: an instant, null to clear, a number for Paused Minutes. */
export type Stamps = Partial<{
  acknowledged: number | null;
  lastUpdate: number;
  resolved: number | null;
  closed: number | null;
  waitingSince: number | null;
  pausedMinutes: number;
}>;

const ACTIVE: readonly TicketStatus[] = ['Acknowledged', 'In Progress', 'Waiting on Customer'];

const firstStatus = (before: TicketTimes, now: number): Stamps =>
  before.acknowledged === null ? { lastUpdate: now, acknowledged: now } : { lastUpdate: now };

/**
 * Stopped time (a wait on the customer, the time a reopened ticket sat done) is added to Paused
 * Minutes. `pausedBetween` measures the stopped time in the ticket's own clock (business minutes, or
 * plain minutes for a VIP), so Resolve Due moves by exactly the time the clock stood still.
 */
export function statusStamps(
  before: TicketTimes,
  next: TicketStatus,
  now: number,
  pausedBetween: (from: number, to: number) => number,
): Stamps {
  // A pasted block of Status cells has no old value: a Waiting Since stamp says the ticket was
  // waiting, so an unchanged wait keeps its start and a wait that ended is counted.
  const unknown = before.status === null || before.status === '';
  const was = unknown && before.waitingSince !== null ? 'Waiting on Customer' : (before.status ?? '');
  // A Status typed into an empty cell is news even when the row's stamps already tell it (a new
  // row whose Waiting Since was typed first): the ticket is taken up now, and its wait goes on.
  if (next === was) return before.status === '' ? firstStatus(before, now) : {};
  const stamps: Stamps = { lastUpdate: now };
  const done = next === 'Resolved' || next === 'Closed';
  if (before.acknowledged === null && (ACTIVE.includes(next) || done)) stamps.acknowledged = now;
  // A Paused Minutes that cannot be counted (text, a pasted phone number) stays as typed: the
  // hourly job flags the row for a person to put right.
  const pause = (from: number) => {
    if (pausedMinutesProblem(before.pausedMinutes) !== null) return;
    stamps.pausedMinutes =
      (stamps.pausedMinutes ?? before.pausedMinutes) + Math.max(0, Math.round(pausedBetween(from, now)));
  };
  if (was === 'Waiting on Customer' && before.waitingSince !== null) {
    pause(before.waitingSince);
    stamps.waitingSince = null;
  }
  // A Waiting Since typed before the Status (the customer was asked earlier) is kept.
  if (next === 'Waiting on Customer' && before.waitingSince === null) stamps.waitingSince = now;
  if (done && before.resolved === null) stamps.resolved = now;
  if (next === 'Closed' && before.closed === null) stamps.closed = now;
  // Closed by mistake and set back: the ticket is not closed, and closing it later stamps that
  // time. Closed stays when it is the only time the row says the ticket was done.
  if (next === 'Resolved' && was === 'Closed' && before.resolved !== null && before.closed !== null)
    stamps.closed = null;
  // Reopened: the resolve clock runs again from where it stood, so the time the ticket sat done
  // is stopped time, like a wait. A pasted Status (no old value) was done if the row was stamped so.
  const doneSince = before.resolved ?? before.closed;
  if (!done && doneSince !== null && (isDoneStatus(was) || was === '')) pause(doneSince);
  if (!done) {
    if (before.resolved !== null) stamps.resolved = null;
    if (before.closed !== null) stamps.closed = null;
  }
  // A pasted block has no old value: when no stamp of the row shows that its Status changed, it
  // was pasted as it stood (a row moved by cut and paste, a block filled), and nothing happened
  // to the ticket: restamping Last Update would restart its update clock and hide a missed plan.
  if (before.status === null && Object.keys(stamps).length === 1) return {};
  return stamps;
}
