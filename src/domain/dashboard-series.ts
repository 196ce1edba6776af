/**
 * The numbers behind the Dashboard's charts: tickets opened and resolved per week, SLA met % per
 * week, CSAT per month and customers per risk level. Each is a small table a person can check.
 */
import { type BoardCustomer, type BoardInput, type BoardTicket, slaMet } from './dashboard-figures';
import { inWeek, recentMonths, recentWeeks } from './periods';
import { groupSurveys } from './survey-groups';
import { satisfaction } from './survey-summary';
import { resolvedAt } from './ticket-lifecycle';
import { RISK_LEVELS } from './values';

export const CHART_WEEKS = 8;
export const CHART_MONTHS = 6;

export interface WeekTickets {
  /** The Monday, '2026-11-16'. */
  readonly week: string;
  readonly opened: number;
  readonly resolved: number;
  /** Of the tickets resolved that week, the share (0-100) without a breach (slaMet); null when none. */
  readonly slaMetPercent: number | null;
}

export interface MonthCsat {
  readonly month: string;
  /** CSAT (0-100) of the answers given that month; null when none. */
  readonly csatPercent: number | null;
  readonly answers: number;
}

export const NOT_SCORED = 'Not scored';

const share = (r: { share: number | null }) => (r.share === null ? null : Math.round(r.share * 100));

/** The last CHART_WEEKS weeks, the current (partial) one last. */
export function ticketsPerWeek(
  tickets: readonly BoardTicket[],
  now: number,
  timeZone: string,
  weeks = CHART_WEEKS,
): WeekTickets[] {
  return recentWeeks(now, timeZone, weeks).map((week) => {
    const resolved = tickets.filter((t) => inWeek(week, resolvedAt(t)));
    return {
      week: week.monday,
      opened: tickets.filter((t) => inWeek(week, t.submitted)).length,
      resolved: resolved.length,
      slaMetPercent: share(slaMet(resolved)),
    };
  });
}

export function csatPerMonth(input: BoardInput, months = CHART_MONTHS): MonthCsat[] {
  const groups = groupSurveys(input.surveys, 'month', input.timeZone);
  return recentMonths(input.now, input.timeZone, months).map((month) => {
    const { csat } = satisfaction(groups.get(month)?.responses ?? [], input.surveySettings);
    return {
      month,
      csatPercent: csat.value === null ? null : Math.round(csat.value * 100),
      answers: csat.count,
    };
  });
}

/** High, Medium, Low, then the customers without a score. */
export function customersPerRisk(customers: readonly BoardCustomer[]): Array<[string, number]> {
  const count = (level: string) => customers.filter((c) => c.riskLevel === level).length;
  const scored = RISK_LEVELS.map((level): [string, number] => [level, count(level)]);
  const unscored = customers.length - scored.reduce((n, [, c]) => n + c, 0);
  return [...scored, [NOT_SCORED, unscored]];
}
