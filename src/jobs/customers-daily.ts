/**
 * The daily refresh of the Customers computed columns: follow-up plan, health score with its
 * note, trend, lead score, suggested tier and possible duplicates; the monthly health history;
 * and the alerts for newly at-risk customers and overdue follow-ups.
 */

import { alertKeys } from '../domain/alert-keys';
import type { BusinessCalendar } from '../domain/calendar';
import { findDuplicates } from '../domain/duplicates';
import {
  type FollowUp,
  type FollowUpInteraction,
  nextFollowUp,
  type ResolvedTicket,
} from '../domain/follow-ups';
import { groupBy } from '../domain/group-by';
import { type HealthResult, healthScore, isAtRiskLevel } from '../domain/health';
import { shouldWarn, trend } from '../domain/health-changes';
import type { HealthFacts } from '../domain/health-indicators';
import { scoreNote } from '../domain/health-note';
import { leadScore } from '../domain/lead-score';
import { leadOf } from '../domain/routing';
import { clipped, plural, someOf } from '../domain/some-of';
import { suggestedTier } from '../domain/suggested-tier';
import { type SurveyRow, scoreOf } from '../domain/survey-rows';
import { responseAverage } from '../domain/survey-summary';
import { isDoneStatus } from '../domain/ticket-lifecycle';
import { addWorkingDays } from '../domain/working-days';
import {
  addCalendarDays,
  DAY_MS,
  dayFromInstant,
  dueText,
  HOUR_MS,
  instantFromWall,
  wallFromInstant,
  wallText,
} from '../domain/zone';
import type { NewAlert } from '../sheets/alerts';
import { isMerged, isTypedOther, msOf, numberOf, resolvedAtOf, textOf } from '../sheets/cell-values';
import type { Cell, Row } from '../sheets/table';
import type { CUSTOMERS } from '../sheets/tables';
import { customerOf, type DailyData } from './daily-data';
import type { JobContext } from './run';
import type { ScreenedSurveys } from './surveys-daily';

type CustomerKey = (typeof CUSTOMERS)['columns'][number]['key'];

export interface CustomerRefresh {
  values: Map<string, Partial<Record<CustomerKey, Cell>>>;
  notes: Map<string, Partial<Record<CustomerKey, string>>>;
  history: Array<{ customerId: string; score: number; riskLevel: string }>;
  alerts: NewAlert[];
  /** Words for the interactions counted for nobody ('' when there are none). */
  unmatched: string;
}

export function refreshCustomers(
  ctx: JobContext,
  data: DailyData,
  calendar: BusinessCalendar,
  lastMonth: ReadonlyMap<string, number>,
  { kept }: ScreenedSurveys,
): CustomerRefresh {
  const { settings, timeZone } = ctx;
  const now = ctx.now.getTime();
  const followUpCalendar = {
    wall: (ms: number) => wallFromInstant(ms, timeZone),
    addWorkingDays: (ms: number, days: number) => addWorkingDays(calendar, ms, days),
    addDays: (ms: number, days: number) => addCalendarDays(ms, days, timeZone),
    startOfDay: (ms: number) => instantFromWall(dayFromInstant(ms, timeZone), timeZone),
  };
  // A row typed in under a record merged away counts for the customer it was merged into.
  const touches = groupBy(data.interactions.rows, (r) => customerOf(data, textOf(r.customerId)));
  const tickets = groupBy(data.tickets.rows, (r) => customerOf(data, textOf(r.customerId)));
  // Only answers the survey summaries count (surveys-daily.ts screenedSurveys).
  const surveys = groupBy(kept, (r) => customerOf(data, r.customerId));
  const duplicates = duplicateNames(data);
  const out: CustomerRefresh = {
    values: new Map(),
    notes: new Map(),
    history: [],
    alerts: [],
    unmatched: unmatchedWords(touches, data.customers.byId),
  };
  for (const row of data.customers.rows) {
    const id = textOf(row.id);
    const theirTickets = tickets.get(id) ?? [];
    const customer = {
      status: textOf(row.status),
      tier: textOf(row.tier),
      created: msOf(row.created),
      firstContact: msOf(row.firstContact),
      contractStart: msOf(row.contractStart),
      resolvedTickets: resolvedTickets(theirTickets),
    };
    // A duplicate merged into another record is not a customer of its own: no health or lead
    // score, no suggested tier, not followed up (its interactions moved to the record it was
    // merged into, and those typed in under its ID since count there too).
    const mergedInto = textOf(row.mergedInto);
    const theirTouches = touches.get(id) ?? [];
    const touchesInTime = dated(theirTouches);
    const planned = nextFollowUp(customer, touchesInTime, settings.followUps, now, followUpCalendar);
    const plan: FollowUp = mergedInto
      ? { ...planned, nextFollowUp: null, status: '', basis: '', about: '' }
      : planned;
    const facts = healthFacts(ctx, row, touchesInTime, theirTickets, surveys.get(id) ?? [], plan.lastContact);
    const health = mergedInto
      ? notScored(`merged into ${mergedInto}: not scored`)
      : healthScore(customer, facts, settings.health, now);
    const lead = leadScore(
      {
        size: textOf(row.size),
        needType: textOf(row.needType),
        needKeywords: textOf(row.needKeywords),
        priority: textOf(row.priority),
        expectedStart: msOf(row.expectedStart),
      },
      settings.leads,
      now,
      timeZone,
    );
    const suggestion = suggestedTier(
      numberOf(row.contractValue),
      textOf(row.tier),
      plan.lastContact,
      touchesInTime.map((t) => t.when),
      settings.tiers,
      now,
    );
    out.values.set(id, {
      lastContact: plan.lastContact === null ? '' : new Date(plan.lastContact),
      nextFollowUp: plan.nextFollowUp === null ? '' : new Date(plan.nextFollowUp),
      followUpStatus: plan.status,
      healthScore: health.score ?? '',
      riskLevel: health.level ?? '',
      riskReasons: health.score === null ? (health.reason ?? '') : health.reasons.join('; '),
      healthTrend: trend(lastMonth.get(id) ?? null, health.score).words,
      leadScore: mergedInto ? '' : lead.score,
      suggestedTier: mergedInto || suggestion === textOf(row.tier) ? '' : suggestion,
      duplicateOf: duplicates.get(id) ?? '',
    });
    out.notes.set(id, { healthScore: health.score === null ? '' : scoreNote(health) });
    if (health.score !== null)
      out.history.push({ customerId: id, score: health.score, riskLevel: health.level ?? '' });
    // Worked out only for a customer who gets an alert: a few of 10,000.
    const notCounted = () =>
      notDatedWords(theirTouches) + datesAsTextWords(row, theirTouches, plan.lastContact, timeZone);
    out.alerts.push(...customerAlerts(ctx, row, health, plan, notCounted));
  }
  return out;
}

type Rows<D extends Exclude<keyof DailyData, 'customerNow'>> = DailyData[D]['rows'];

/**
 * Interactions whose Customer ID is no customer's (a company's name typed there, as an old sheet
 * had it, or an ID in other capitals) count for nobody: said, most common first, for a person to
 * put right.
 */
function unmatchedWords(
  touches: ReadonlyMap<string, readonly unknown[]>,
  known: ReadonlyMap<string, unknown>,
): string {
  const unmatched = [...touches]
    .filter(([id]) => !known.has(id))
    .map(([id, rows]) => ({ id, count: rows.length }))
    .sort((a, b) => b.count - a.count);
  if (unmatched.length === 0) return '';
  const total = unmatched.reduce((n, u) => n + u.count, 0);
  const named = someOf(
    unmatched.map((u) => `"${clipped(u.id, 40)}" ${u.count}`),
    5,
  );
  return `${plural(total, 'interaction')} not counted: their Customer ID is not in Customers (${named}); type the customer's ID there`;
}

/**
 * A customer's interactions for the follow-up plan. One typed without a When has no place in
 * time: left out, it neither makes the last contact 1970 nor a follow-up due in 1970.
 */
function dated(touches: Rows<'interactions'>): FollowUpInteraction[] {
  // Loops, not flatMap: they run for each of 200,000 interactions and 100,000 tickets a day, and
  // flatMap makes an array for every row.
  const out: FollowUpInteraction[] = [];
  for (const t of touches) {
    const when = msOf(t.when);
    if (when !== null)
      out.push({ when, nextAction: textOf(t.nextAction), nextActionDue: msOf(t.nextActionDue) });
  }
  return out;
}

/**
 * The interactions `dated` leaves out for a When typed that Sheets did not take for a date
 * ("2026.11.20", words), said in the alerts they may have caused: the owner then corrects the
 * date rather than calling a customer they have just called. ('' when there are none.)
 */
function notDatedWords(touches: Rows<'interactions'>): string {
  const typed: string[] = [];
  for (const t of touches) if (isTypedOther(t.when)) typed.push(quoted(t.when));
  if (typed.length === 0) return '';
  return ` Not counted: ${plural(typed.length, 'interaction')} whose When is not a date (${someOf(typed, 3)}); type ${typed.length === 1 ? 'it' : 'them'} like 2026-11-20 10:00.`;
}

/**
 * The dates the plan and the lead score go by, typed that Sheets did not take for dates, said in
 * the same alerts: Contract Start (the visit after signing), Expected Start (the lead score's
 * urgency) and the Next Action Due still open, the latest interaction's (an earlier one's next
 * action is done, whatever its date). ('' when there are none.)
 */
function datesAsTextWords(
  customer: Row<CustomerKey>,
  touches: Rows<'interactions'>,
  lastContact: number | null,
  timeZone: string,
): string {
  const typed: string[] = [];
  if (isTypedOther(customer.contractStart)) typed.push(`Contract Start ${quoted(customer.contractStart)}`);
  if (isTypedOther(customer.expectedStart)) typed.push(`Expected Start ${quoted(customer.expectedStart)}`);
  for (const t of touches) {
    if (lastContact === null || msOf(t.when) !== lastContact || !isTypedOther(t.nextActionDue)) continue;
    const when = wallText(lastContact, timeZone);
    typed.push(`Next Action Due ${quoted(t.nextActionDue)} of the interaction of ${when}`);
  }
  if (typed.length === 0) return '';
  const one = typed.length === 1;
  return ` Not counted, not ${one ? 'a date' : 'dates'}: ${someOf(typed, 3)}; type ${one ? 'it' : 'them'} like 2026-11-20.`;
}

const quoted = (cell: Cell) => `"${textOf(cell)}"`;

/** When each of a customer's done tickets was resolved (Closed when Resolved is empty). */
function resolvedTickets(tickets: Rows<'tickets'>): ResolvedTicket[] {
  const out: ResolvedTicket[] = [];
  for (const t of tickets) {
    const at = resolvedAtOf(t);
    if (at !== null) out.push({ id: textOf(t.id), at });
  }
  return out;
}

function healthFacts(
  ctx: JobContext,
  customer: Row<CustomerKey>,
  touches: readonly FollowUpInteraction[],
  tickets: Rows<'tickets'>,
  surveys: readonly SurveyRow[],
  lastContact: number | null,
): HealthFacts {
  const now = ctx.now.getTime();
  const since = now - ctx.settings.health.windowDays * DAY_MS;
  const recent = (ms: number | null) => ms !== null && ms >= since && ms <= now;
  // Only answers the survey summaries count: a row with a score that is not a whole number from
  // 1 to 5 (a 9 from a 0-10 habit makes its 5s mean 5/10 too), or answered before it was sent or
  // dated ahead (a year typed wrong would be the latest for years), is named in its Problems and
  // left out whole (`surveys` are the rows kept). Oldest answer first; two answered at the same
  // time (a date typed without the hour) in ID order, so the latest is the same whatever order the
  // sheet's rows are in.
  const answered = surveys
    .filter((s) => s.responded !== null)
    .sort((a, b) => (a.responded ?? 0) - (b.responded ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const latestScored = latest(answered, (s) => responseAverage(s) !== null);
  const latestRecommend = latest(answered, (s) => scoreOf(s.recommend) !== null);
  const cadence = ctx.settings.followUps.cadenceDays;
  const tier = textOf(customer.tier);
  // One pass over the customer's tickets (100,000 a day in all), not one for each count.
  let openTickets = 0;
  let breachesInWindow = 0;
  let complaintsInWindow = 0;
  for (const t of tickets) {
    if (!isDoneStatus(textOf(t.status))) openTickets++;
    if (!recent(msOf(t.submitted))) continue;
    breachesInWindow += textOf(t.breaches)
      .split(',')
      .filter((b) => b.trim() !== '').length;
    if (t.type === 'Complaint') complaintsInWindow++;
  }
  return {
    lastInteractionAt: lastContact,
    interactionsInWindow: touches.filter((t) => recent(t.when)).length,
    cadenceDays: tier === 'VIP' || tier === 'Key' || tier === 'Regular' ? cadence[tier] : null,
    latestSatisfaction: latestScored ? responseAverage(latestScored) : null,
    latestRecommend: latestRecommend ? scoreOf(latestRecommend.recommend) : null,
    ticketsEver: tickets.length,
    openTickets,
    breachesInWindow,
    complaintsInWindow,
    renewalIntent: (['Yes', 'Unsure', 'No'] as const).find((v) => v === textOf(customer.renewalIntent)) ?? '',
  };
}

/** The last of `rows` (oldest first) that `counts` holds for: the latest such. */
function latest<T>(rows: readonly T[], counts: (row: T) => boolean): T | undefined {
  for (let i = rows.length - 1; i >= 0; i--) if (counts(rows[i]!)) return rows[i];
  return undefined;
}

const notScored = (reason: string): HealthResult => ({
  score: null,
  reason,
  level: null,
  indicators: [],
  leftOut: [],
  unweighted: [],
  reasons: [],
});

/** Merged records are left out: they were duplicates already dealt with. */
function duplicateNames(data: DailyData): Map<string, string> {
  const candidates = data.customers.rows
    .filter((r) => !isMerged(r))
    .map((r) => ({
      id: textOf(r.id),
      name: textOf(r.name),
      email: textOf(r.email),
      phone: textOf(r.phone),
    }));
  // A customer may be in several groups (an email shared with one, a phone with another): each
  // group adds to its cell rather than replacing what an earlier group wrote.
  const parts = new Map<string, string[]>();
  for (const group of findDuplicates(candidates)) {
    for (const id of group.ids) {
      const others = someOf(
        group.ids.filter((o) => o !== id),
        20,
      );
      parts.set(id, [...(parts.get(id) ?? []), `${others} (${group.reasons.join(', ')})`]);
    }
  }
  return new Map([...parts].map(([id, list]) => [id, list.join('; ')]));
}

/** How an At Risk alert's key begins (at-risk-daily.ts finds the open ones by it). */
export const AT_RISK_KEY = 'at-risk:';

function customerAlerts(
  ctx: JobContext,
  row: Row<CustomerKey>,
  health: HealthResult,
  followUp: FollowUp,
  /** What of the customer's record counts for nothing, for a date typed wrong ('' if nothing). */
  notCounted: () => string,
): NewAlert[] {
  const id = textOf(row.id);
  const owner = textOf(row.owner);
  const base = { recordId: id, customerId: id, owner, escalatedTo: '', urgent: false };
  const alerts: NewAlert[] = [];
  const wasAtRisk = isAtRiskLevel(row.riskLevel);
  const hours = ctx.settings.health.analysisHours;
  if (shouldWarn(wasAtRisk, health.score, ctx.settings.health).warn) {
    alerts.push({
      ...base,
      key: `${AT_RISK_KEY}${id}:${dayFromInstant(ctx.now.getTime(), ctx.timeZone)}`,
      kind: 'At Risk',
      message: `${textOf(row.name)} is at risk (health ${health.score}): ${health.reasons.join('; ')}. Start the analysis within ${hours} hours.${notCounted()}`,
      due: new Date(ctx.now.getTime() + hours * HOUR_MS),
    });
  }
  const due = followUp.nextFollowUp;
  if (followUp.status === 'Overdue' && due !== null) {
    alerts.push({
      ...base,
      // A missed target goes to the supervisor too (DOMAIN.md): a follow-up is the Sales team's.
      escalatedTo: leadOf(ctx.settings.people, 'Sales'),
      // One alert for one missed follow-up, however its due time moves (a new Tier, a setting).
      key: alertKeys.followUp(id, followUp.about),
      // Raised before the key named the follow-up: its key named the due time.
      formerKey: alertKeys.followUp(id, String(due)),
      kind: 'Follow-up Overdue',
      message: `Follow-up with ${textOf(row.name)} was due ${dueText(due, ctx.timeZone)}: ${followUp.basis}.${notCounted()}`,
      due: new Date(due),
    });
  }
  return alerts;
}
