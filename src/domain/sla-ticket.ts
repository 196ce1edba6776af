/**
 * A Tickets row as the SLA rules read it, and the checks it must pass first. People type into the
 * sheet, so a row may hold anything; a bad row is named with its problems, in words a person can
 * act on, and the job goes on with the other rows.
 */

import {
  type SlaTarget,
  TICKET_LEVELS,
  TICKET_STATUSES,
  type TicketLevel,
  type TicketStatus,
} from './values';
import { isAhead } from './zone';

/**
 * Instants are epoch ms: null (or absent) when the cell is empty, NaN when it holds something that
 * is not a date. Status and Level are as typed.
 */
export interface SlaTicketRow {
  readonly submitted: number | null;
  readonly acknowledged?: number | null;
  readonly lastUpdate?: number | null;
  readonly waitingSince?: number | null;
  readonly resolved?: number | null;
  readonly closed?: number | null;
  /** '' counts as New. */
  readonly status: string;
  /** '' counts as Regular, as the ticket form defaults it. */
  readonly level: string;
  /** Clock minutes of earlier stopped time; null when the cell is empty, NaN when it is not a number. */
  readonly pausedMinutes: number | null;
  /** Targets recorded as missed by earlier runs (the Breaches column); they are kept for good. */
  readonly breaches?: readonly SlaTarget[];
}

/** A row that passed the checks. */
export interface SlaTicket {
  readonly submitted: number;
  readonly acknowledged: number | null;
  readonly lastUpdate: number | null;
  readonly waitingSince: number | null;
  readonly resolved: number | null;
  readonly closed: number | null;
  readonly status: TicketStatus;
  readonly level: TicketLevel;
  readonly pausedMinutes: number;
  readonly breaches: readonly SlaTarget[];
}

/** A value, or what is wrong with the input it came from. */
export type Checked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly string[] };

/** The sheet's header for each time after Submitted, used in messages. */
const LATER_TIMES = {
  acknowledged: 'Acknowledged',
  lastUpdate: 'Last Update',
  waitingSince: 'Waiting Since',
  resolved: 'Resolved',
  closed: 'Closed',
} as const;

function timeProblems(row: SlaTicketRow, now: number): string[] {
  const submitted = row.submitted;
  if (submitted === null) return ['Submitted is empty'];
  if (!Number.isFinite(submitted)) return ['Submitted is not a date'];
  // A year typed wrong would otherwise push every due time out of sight.
  if (isAhead(submitted, now)) return ['Submitted is in the future'];
  return Object.entries(LATER_TIMES).flatMap(([key, label]) => {
    const time = row[key as keyof typeof LATER_TIMES];
    if (time === null || time === undefined) return [];
    if (!Number.isFinite(time)) return [`${label} is not a date`];
    if (time < submitted) return [`${label} is before Submitted`];
    // Ahead, a met time would record a breach for good, a Last Update hide a missed update, and a
    // Waiting Since hold the clock on time that has not passed.
    return isAhead(time, now) ? [`${label} is in the future`] : [];
  });
}

/** How SLA Status begins on a ticket whose own dates cannot be right: its SLA was not worked out. */
const CHECK_ROW = 'Check this row: ';
export const checkRowStatus = (problems: readonly string[]): string => `${CHECK_ROW}${problems.join('; ')}`;
export const isUntimed = (slaStatus: string): boolean => slaStatus.startsWith(CHECK_ROW);

/**
 * Ten years: more is a number pasted into the wrong cell (a phone number), and the clock would
 * walk it day by day for minutes on end.
 */
const MAX_PAUSED_MINUTES = 10 * 366 * 24 * 60;

/** What is wrong with a Paused Minutes value, or null when it can be counted (empty counts as 0). */
export function pausedMinutesProblem(minutes: number | null): string | null {
  if (minutes === null) return null;
  if (Number.isNaN(minutes)) return 'Paused Minutes is not a number';
  if (minutes < 0) return `Paused Minutes is "${minutes}", not a number of minutes`;
  if (minutes > MAX_PAUSED_MINUTES) return `Paused Minutes is ${minutes}, more than 10 years of minutes`;
  return null;
}

const notOneOf = (label: string, value: string, values: readonly string[]) =>
  `${label} is "${value}", not one of ${values.join(', ')}`;

export function checkSlaTicket(row: SlaTicketRow, now: number): Checked<SlaTicket> {
  const status = row.status === '' ? 'New' : TICKET_STATUSES.find((s) => s === row.status);
  const level = row.level === '' ? 'Regular' : TICKET_LEVELS.find((l) => l === row.level);
  const pausedMinutes = row.pausedMinutes ?? 0;
  const pausedProblem = pausedMinutesProblem(row.pausedMinutes);
  const problems = [
    ...timeProblems(row, now),
    ...(status ? [] : [notOneOf('Status', row.status, TICKET_STATUSES)]),
    ...(level ? [] : [notOneOf('Level', row.level, TICKET_LEVELS)]),
    ...(pausedProblem ? [pausedProblem] : []),
  ];
  // The repeated tests narrow the types; the problems already say what is wrong.
  if (problems.length > 0 || row.submitted === null || !status || !level) return { ok: false, problems };
  return {
    ok: true,
    value: {
      submitted: row.submitted,
      acknowledged: row.acknowledged ?? null,
      lastUpdate: row.lastUpdate ?? null,
      waitingSince: row.waitingSince ?? null,
      resolved: row.resolved ?? null,
      closed: row.closed ?? null,
      status,
      level,
      pausedMinutes,
      breaches: row.breaches ?? [],
    },
  };
}
