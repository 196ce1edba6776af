/**
 * The manager's headline figures, each simple enough to check by hand against the sheets:
 * counts of rows with a given status, shares of two counts, medians of business hours.
 * Months and quarters are the spreadsheet's calendar; a ticket's clock is 7x24 for a VIP
 * customer and business hours otherwise (ticketClock, as the SLA columns use).
 */

import { type BusinessCalendar, businessMinutesBetween } from './calendar';
import { emailKey } from './duplicates';
import { isAtRiskLevel } from './health';
import { monthSpan, previousPeriod } from './periods';
import { ticketClock } from './sla';
import { isUntimed, pausedMinutesProblem } from './sla-ticket';
import { type CareShare, type CareTouch, careShares } from './specific-records';
import { groupSurveys, periodOf } from './survey-groups';
import type { SurveyRow } from './survey-rows';
import type { SurveySettings } from './survey-settings';
import { type Figure, satisfaction } from './survey-summary';
import { isDoneStatus, resolvedAt } from './ticket-lifecycle';

/** A Tickets row as the Dashboard reads it; instants are epoch ms, null when empty. */
export interface BoardTicket {
  readonly id: string;
  readonly customerId: string;
  readonly owner: string;
  readonly type: string;
  readonly status: string;
  /** The customer's tier ('VIP' runs the clock 7x24). */
  readonly tier: string;
  readonly submitted: number | null;
  readonly acknowledged: number | null;
  readonly resolved: number | null;
  readonly closed: number | null;
  /** As entered: NaN for text, which leaves the ticket out of the resolve median. */
  readonly pausedMinutes: number;
  /** As written: 'Check this row: …' when the hourly job could not time the ticket. */
  readonly slaStatus: string;
  /** The Breaches column as written: 'ack, resolve', '' when none. */
  readonly breaches: string;
}

export interface BoardCustomer {
  readonly id: string;
  readonly owner: string;
  readonly riskLevel: string;
  readonly followUpStatus: string;
  /** Past the monthly record refresh (record-refresh.ts). */
  readonly refreshDue: boolean;
}

export interface BoardInput {
  readonly now: number;
  readonly timeZone: string;
  readonly calendar: BusinessCalendar;
  readonly tickets: readonly BoardTicket[];
  readonly customers: readonly BoardCustomer[];
  /** Survey rows whose answers count (screenSurveys' kept rows). */
  readonly surveys: readonly SurveyRow[];
  /** Surveys whose Status is Due (to be sent). */
  readonly surveysDue: number;
  /** Interactions, each with its customer's Owner. */
  readonly touches: readonly CareTouch[];
  readonly surveySettings: SurveySettings;
  readonly careGoal: number;
}

/** `part` of `whole`; share null when whole is 0. */
export interface Ratio {
  readonly part: number;
  readonly whole: number;
  readonly share: number | null;
}

/** The median in hours (null without data) and how many tickets it is taken over. */
export interface Median {
  readonly hours: number | null;
  readonly count: number;
}

/** A figure for the current period and the one before. */
export interface Pair<T> {
  readonly current: T;
  readonly previous: T;
}

/** Tickets resolved without a breach of those resolved; `unchecked`: left out, SLA Status 'Check this row'. */
export interface SlaMet extends Ratio {
  readonly unchecked: number;
}

export interface DashboardFigures {
  readonly month: Pair<string>;
  readonly quarter: Pair<string>;
  readonly openTickets: number;
  readonly breachedNow: number;
  readonly slaMet: Pair<SlaMet>;
  readonly ackHours: Pair<Median>;
  readonly resolveHours: Pair<Median>;
  readonly atRisk: number;
  readonly overdueFollowUps: number;
  readonly recordsToRefresh: number;
  readonly surveysDue: number;
  readonly csat: Pair<Figure>;
  readonly recommend: Pair<Figure>;
  readonly care: Pair<CareShare>;
}

export interface OwnerFigures {
  /** '' when the rows name nobody. */
  readonly owner: string;
  readonly openTickets: number;
  readonly breachedNow: number;
  readonly overdueFollowUps: number;
  readonly atRisk: number;
  readonly recordsToRefresh: number;
  /** Care touches of this owner's customers this quarter. */
  readonly care: CareShare;
}

export const isOpen = (t: BoardTicket): boolean => !isDoneStatus(t.status);
export const hasBreach = (t: BoardTicket): boolean => t.breaches.split(/[,\s]+/).some((b) => b !== '');
export const isAtRiskCustomer = (c: BoardCustomer): boolean => isAtRiskLevel(c.riskLevel);

export function ratio(part: number, whole: number): Ratio {
  return { part, whole, share: whole === 0 ? null : part / whole };
}

/**
 * Of resolved tickets, those met: a ticket the hourly job could not time (Resolved typed before
 * Submitted, say) has no breaches worked out, so its empty Breaches says nothing and it is left out.
 */
export function slaMet(resolved: readonly BoardTicket[]): SlaMet {
  const timed = resolved.filter((t) => !isUntimed(t.slaStatus));
  return {
    ...ratio(timed.filter((t) => !hasBreach(t)).length, timed.length),
    unchecked: resolved.length - timed.length,
  };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const hoursMedian = (minutes: readonly number[]): Median => {
  const m = median(minutes);
  return { hours: m === null ? null : m / 60, count: minutes.length };
};

/** Business minutes from Submitted to Acknowledged on the ticket's clock. */
export function ackMinutes(t: BoardTicket, calendar: BusinessCalendar): number | null {
  if (t.submitted === null || t.acknowledged === null || t.acknowledged < t.submitted) return null;
  return businessMinutesBetween(ticketClock(t.tier, calendar), t.submitted, t.acknowledged);
}

/**
 * Business minutes from Submitted to resolution on the ticket's clock, less Paused Minutes; none
 * while Paused Minutes cannot be counted (the hourly job asks for that row to be checked).
 */
export function resolveMinutes(t: BoardTicket, calendar: BusinessCalendar): number | null {
  const done = resolvedAt(t);
  if (t.submitted === null || done === null || done < t.submitted) return null;
  if (pausedMinutesProblem(t.pausedMinutes) !== null) return null;
  const worked = businessMinutesBetween(ticketClock(t.tier, calendar), t.submitted, done);
  return Math.max(0, worked - t.pausedMinutes);
}

function monthFigures(input: BoardInput, month: string) {
  // Two numbers compared per ticket, not a month worked out (a time zone lookup) each time.
  const { start, end } = monthSpan(month, input.timeZone);
  const inMonth = (ms: number | null) => ms !== null && ms >= start && ms < end;
  const resolved = input.tickets.filter((t) => inMonth(resolvedAt(t)));
  const present = (x: number | null): x is number => x !== null;
  return {
    slaMet: slaMet(resolved),
    ack: hoursMedian(
      input.tickets
        .filter((t) => inMonth(t.acknowledged))
        .map((t) => ackMinutes(t, input.calendar))
        .filter(present),
    ),
    resolve: hoursMedian(resolved.map((t) => resolveMinutes(t, input.calendar)).filter(present)),
  };
}

/** Each owner's care share by quarter, worked out once per board (it goes over every interaction). */
const shares = new WeakMap<BoardInput, ReturnType<typeof careShares>>();
function sharesOf(input: BoardInput): ReturnType<typeof careShares> {
  let found = shares.get(input);
  if (!found) {
    found = careShares(input.touches, (ms) => periodOf(ms, 'quarter', input.timeZone), input.careGoal);
    shares.set(input, found);
  }
  return found;
}

function careOf(shares: ReturnType<typeof careShares>, quarter: string, goal: number): CareShare {
  const mine = shares.filter((s) => s.quarter === quarter);
  const care = mine.reduce((n, s) => n + s.care, 0);
  const total = mine.reduce((n, s) => n + s.total, 0);
  const share = total === 0 ? 0 : care / total;
  return { care, total, share, goalMet: total > 0 && share >= goal };
}

export function dashboardFigures(input: BoardInput): DashboardFigures {
  const { now, timeZone } = input;
  const month = { current: periodOf(now, 'month', timeZone), previous: '' };
  month.previous = previousPeriod(month.current);
  const quarter = { current: periodOf(now, 'quarter', timeZone), previous: '' };
  quarter.previous = previousPeriod(quarter.current);
  const thisMonth = monthFigures(input, month.current);
  const lastMonth = monthFigures(input, month.previous);
  const quarters = groupSurveys(input.surveys, 'quarter', timeZone);
  const summary = (q: string) => satisfaction(quarters.get(q)?.responses ?? [], input.surveySettings);
  const [current, previous] = [summary(quarter.current), summary(quarter.previous)];
  const shares = sharesOf(input);
  const open = input.tickets.filter(isOpen);
  return {
    month,
    quarter,
    openTickets: open.length,
    breachedNow: open.filter(hasBreach).length,
    slaMet: { current: thisMonth.slaMet, previous: lastMonth.slaMet },
    ackHours: { current: thisMonth.ack, previous: lastMonth.ack },
    resolveHours: { current: thisMonth.resolve, previous: lastMonth.resolve },
    atRisk: input.customers.filter(isAtRiskCustomer).length,
    overdueFollowUps: input.customers.filter((c) => c.followUpStatus === 'Overdue').length,
    recordsToRefresh: input.customers.filter((c) => c.refreshDue).length,
    surveysDue: input.surveysDue,
    csat: { current: current.csat, previous: previous.csat },
    recommend: { current: current.recommendScore, previous: previous.recommendScore },
    care: {
      current: careOf(shares, quarter.current, input.careGoal),
      previous: careOf(shares, quarter.previous, input.careGoal),
    },
  };
}

/**
 * One row per person named as a ticket's or a customer's Owner, by name; nobody ('') last. An
 * address is one person in any letter case ("Li@x.com", "li@x.com"), as My queue and the mails
 * take it: the row shows the spelling met first.
 */
export function ownerFigures(input: BoardInput): OwnerFigures[] {
  const quarter = periodOf(input.now, 'quarter', input.timeZone);
  const spelled = new Map<string, string>();
  // Each row's owner folded once: the table goes over every customer.
  const byOwner = <T extends { readonly owner: string }>(rows: readonly T[]): Map<string, T[]> => {
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const key = emailKey(row.owner);
      if (!spelled.has(key)) spelled.set(key, row.owner);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return groups;
  };
  const open = byOwner(input.tickets.filter(isOpen));
  const customers = byOwner(input.customers);
  const shares = byOwner(sharesOf(input).filter((s) => s.quarter === quarter));
  return [...spelled]
    .sort(([, a], [, b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map(([key, owner]) => {
      const tickets = open.get(key) ?? [];
      const mine = customers.get(key) ?? [];
      return {
        owner,
        openTickets: tickets.length,
        breachedNow: tickets.filter(hasBreach).length,
        overdueFollowUps: mine.filter((c) => c.followUpStatus === 'Overdue').length,
        atRisk: mine.filter(isAtRiskCustomer).length,
        recordsToRefresh: mine.filter((c) => c.refreshDue).length,
        care: careOf(shares.get(key) ?? [], quarter, input.careGoal),
      };
    });
}
