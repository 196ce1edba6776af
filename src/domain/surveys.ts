/**
 * Which survey rows the daily job adds: routine ones at fixed months of a Won customer's contract,
 * and one after each resolved ticket that qualifies, unless its customer has churned. A row already
 * there, in any status, blocks its twin (for a ticket, any row naming it), so the job may run any
 * number of times a day and adds each survey once.
 */

import { groupBy } from './group-by';
import type { ASKED_SURVEY_REASONS } from './records/survey';
import { AWAITING } from './survey-lifecycle';
import { routineReason, type SurveySettings } from './survey-settings';
import { isDoneStatus, resolvedAt } from './ticket-lifecycle';
import { isChurned, type SurveyReason } from './values';
import { addCalendarDays, DAY_MS, dayFromInstant, HOUR_MS } from './zone';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface ScheduleCustomer {
  readonly id: string;
  readonly status: string;
  /** 'YYYY-MM-DD' in the spreadsheet's zone, or ''. */
  readonly contractStart: string;
}

export interface ScheduleTicket {
  readonly id: string;
  readonly customerId: string;
  readonly type: string;
  readonly level: string;
  readonly status: string;
  readonly resolved: number | null;
  readonly closed: number | null;
}

export interface ExistingSurvey {
  readonly customerId: string;
  readonly reason: string;
  readonly ticketId: string;
}

/** A row to append to Surveys, with Status Due. */
export interface NewSurvey {
  readonly customerId: string;
  readonly reason: SurveyReason;
  readonly ticketId: string;
  /** 'YYYY-MM-DD' in the spreadsheet's zone. */
  readonly due: string;
}

/** A survey row as repeatedRoutine reads it. */
export interface RoutineRow {
  readonly id: string;
  readonly customerId: string;
  readonly reason: string;
  readonly sent: number | null;
  readonly responded: number | null;
  /** Status as the sheet shows it. */
  readonly shown: string;
}

/**
 * Routine surveys asked twice of one customer, as a merge leaves them (each record had its own
 * 3 Months survey, say): each one not asked (no Sent or Responded time, not marked Sent) mapped to
 * the one of its reason that stands (the first asked, else the first by ID). Sending both would
 * ask the customer the same thing twice; surveyState closes the repeat unsent. The same rows give
 * the same answer on every run: a repeat closed the day before stays a repeat, never the one that
 * stands, so the one that stands is never closed in its turn.
 */
export function repeatedRoutine(
  surveys: readonly RoutineRow[],
  routine: readonly string[],
): Map<string, string> {
  const asked = (s: RoutineRow) =>
    s.sent !== null || s.responded !== null || [...AWAITING, 'Responded'].includes(s.shown);
  const byId = (a: RoutineRow, b: RoutineRow) => a.id.localeCompare(b.id, undefined, { numeric: true });
  const groups = groupBy(
    surveys.filter((s) => s.customerId !== '' && routine.includes(s.reason)),
    (s) => `${s.customerId}|${s.reason}`,
  );
  const repeats = new Map<string, string>();
  for (const group of groups.values()) {
    const sorted = [...group].sort(byId);
    const stands = sorted.find(asked) ?? sorted[0]!;
    for (const s of sorted) if (s !== stands && !asked(s)) repeats.set(s.id, stands.id);
  }
  return repeats;
}

/** `date` plus whole calendar months; the 31st lands on a shorter month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = DATE.exec(date)!.slice(1).map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const year = first.getUTCFullYear();
  const month = first.getUTCMonth();
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month + 1)}-${pad(Math.min(d, lastDay))}`;
}

/**
 * The routine survey to add for one customer, if any: the latest milestone whose due date has
 * come. A milestone overtaken by a later one before any row was made (the add-on installed late, a
 * contract entered after the fact) is skipped: asking at 13 months about the first 3 says nothing new.
 * So is one whose date is over `oldestDue` behind: installed on an old customer base, the add-on
 * would otherwise survey every customer at once, a 12 Months survey to a customer of 4 years.
 */
function routineSurvey(
  customer: ScheduleCustomer,
  months: readonly number[],
  { today, oldestDue }: { readonly today: string; readonly oldestDue: string },
  existing: ReadonlySet<string>,
): NewSurvey | null {
  if (customer.status !== 'Won' || !DATE.test(customer.contractStart)) return null;
  const reached = [...months]
    .sort((a, b) => a - b)
    .map((m) => ({ reason: routineReason(m), due: addMonths(customer.contractStart, m) }))
    .filter((s) => s.due <= today)
    .pop();
  if (!reached || reached.due < oldestDue || existing.has(`${customer.id}|${reached.reason}`)) return null;
  return { customerId: customer.id, reason: reached.reason, ticketId: '', due: reached.due };
}

/**
 * The daily work runs once a day (a day late if a run fails): a window shorter than that still
 * gets its survey from the next run, due at once.
 */
const SEEN_WITHIN_MS = 2 * DAY_MS;

/**
 * The After Ticket survey for one ticket, if it qualifies (listed type or listed level), is done,
 * has none yet, and its window is still open: a ticket resolved long before the job first saw it
 * (a sheet filled in by hand, the add-on installed late) is not surveyed after the fact.
 * A done ticket without a Resolved or Closed time gives no window and no survey.
 */
function afterTicketSurvey(
  ticket: ScheduleTicket,
  settings: SurveySettings,
  now: number,
  timeZone: string,
  surveyedTickets: ReadonlySet<string>,
): NewSurvey | null {
  const qualifies =
    settings.afterTicketTypes.some((t) => t === ticket.type) ||
    settings.afterTicketLevels.some((l) => l === ticket.level);
  const resolution = resolvedAt(ticket);
  if (!qualifies || resolution === null || surveyedTickets.has(ticket.id)) return null;
  const dueAt = resolution + settings.afterTicketHours * HOUR_MS;
  if (now > Math.max(dueAt, resolution + SEEN_WITHIN_MS)) return null;
  return {
    customerId: ticket.customerId,
    reason: 'After Ticket',
    ticketId: ticket.id,
    due: dayFromInstant(dueAt, timeZone),
  };
}

/**
 * The survey rows to add now. A routine survey is added on its due date (Contract Start plus N
 * calendar months, in the spreadsheet's zone), not before: a Due row means "ask now"; and not
 * after "Survey routine late by at most (days)".
 */
export function surveysDue(
  customers: readonly ScheduleCustomer[],
  tickets: readonly ScheduleTicket[],
  existingSurveys: readonly ExistingSurvey[],
  settings: SurveySettings,
  now: number,
  timeZone: string,
): NewSurvey[] {
  const dayOf = (ms: number) => dayFromInstant(ms, timeZone);
  const days = {
    today: dayOf(now),
    oldestDue: dayOf(addCalendarDays(now, -settings.routineLateDays, timeZone)),
  };
  const routine = new Set(existingSurveys.map((s) => `${s.customerId}|${s.reason}`));
  // Any row naming the ticket is its survey, whatever its Reason (an Ad Hoc one staff asked for
  // about it, say): one ticket, one question to the customer.
  const surveyedTickets = new Set(existingSurveys.map((s) => s.ticketId).filter((id) => id !== ''));
  // A customer who left is asked nothing more (routine surveys go to Won customers only).
  const churned = new Set(customers.filter((c) => isChurned(c.status)).map((c) => c.id));
  return [
    ...customers.map((c) => routineSurvey(c, settings.routineMonths, days, routine)),
    ...tickets
      .filter((t) => !churned.has(t.customerId))
      .map((t) => afterTicketSurvey(t, settings, now, timeZone, surveyedTickets)),
  ].filter((s): s is NewSurvey => s !== null);
}

/** An After Ticket survey with its ticket named: the only kind that waits for its ticket. */
export const asksAboutResolution = (survey: {
  readonly reason: string;
  readonly ticketId: string;
}): boolean => survey.reason === 'After Ticket' && survey.ticketId !== '';

/**
 * Why a survey waits to be sent, or null: an After Ticket survey asks how a resolution went, so
 * while its ticket is open again (reopened before the survey went out) it waits, and goes once the
 * ticket is resolved again. A survey staff asked for about a ticket goes when they say.
 * `ticketStatus` is as the Tickets sheet holds it; undefined when no ticket has the ID.
 */
export function surveyWaitsForTicket(
  survey: { readonly id: string; readonly reason: string; readonly ticketId: string },
  ticketStatus: string | undefined,
): string | null {
  if (!asksAboutResolution(survey) || ticketStatus === undefined || isDoneStatus(ticketStatus)) return null;
  return `Ticket ${survey.ticketId} was reopened (${ticketStatus || 'New'}): send survey ${survey.id} once it is resolved again.`;
}

/**
 * The Due date of a survey staff ask for without giving one: after a project delivery, as long
 * after now as an After Ticket survey after its resolution (DOMAIN.md: "within 48 hours after a
 * major service (project delivery, ticket resolved)"); an ad hoc one, today.
 */
export function askedSurveyDue(
  reason: (typeof ASKED_SURVEY_REASONS)[number],
  now: number,
  timeZone: string,
  settings: Pick<SurveySettings, 'afterTicketHours'>,
): string {
  const hours = reason === 'Project Delivery' ? settings.afterTicketHours : 0;
  return dayFromInstant(now + hours * HOUR_MS, timeZone);
}
