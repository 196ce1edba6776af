/**
 * The service-level rules for one ticket: when each target is due, which were missed, and how the
 * ticket stands. Targets count on the ticket's clock (7x24 for a VIP customer, business hours for
 * everyone else), and that clock stops while the ticket is Waiting on Customer.
 */
import {
  addBusinessMinutes,
  type BusinessCalendar,
  businessMinutesBetween,
  type Calendar,
  ROUND_THE_CLOCK,
} from './calendar';
import { describeCalendar } from './calendar-text';
import type { SlaPolicy } from './sla-policy';
import { type Checked, checkSlaTicket, type SlaTicket, type SlaTicketRow } from './sla-ticket';
import { isDoneStatus } from './ticket-lifecycle';
import { SLA_TARGETS, type SlaStatus, type SlaTarget } from './values';

export interface SlaContext {
  /** The spreadsheet's business calendar; a VIP customer's tickets run on 7x24 instead. */
  readonly calendar: BusinessCalendar;
  /** The customer's tier as the Customers sheet holds it; only 'VIP' changes the clock. */
  readonly tier: string;
  readonly policy: SlaPolicy;
  readonly now: number;
}

/** Why a due time is what it is, for the note on its cell. */
export interface DueExplanation {
  readonly targetMinutes: number;
  /** "business hours Mon-Fri 09:00-18:00 Asia/Shanghai" or "7x24". */
  readonly calendar: string;
  /** Clock minutes spent on the target until now or until it was met; null when the row does not say when. */
  readonly usedMinutes: number | null;
  /**
   * Clock minutes of the waits on the customer that pushed the due time out; while the ticket
   * still waits, only the waits that ended (the current one is told by `waitingSince`).
   */
  readonly pausedMinutes: number;
  /**
   * While the ticket waits on the customer: when this target's clock stopped (null otherwise). The
   * due time moves on with the wait, so the note names when it stopped, not how long: the note
   * stays true, and is not rewritten, while the ticket waits.
   */
  readonly waitingSince: number | null;
}

/** One thing per target; the plan only for levels that need one, the update only while open. */
export interface PerTarget<T> {
  readonly ack: T;
  readonly plan: T | null;
  readonly update: T | null;
  readonly resolve: T;
}

export interface TicketSla {
  readonly ackDue: number;
  readonly planDue: number | null;
  readonly updateDue: number | null;
  readonly resolveDue: number;
  readonly slaStatus: SlaStatus;
  /** Missed targets, recorded ones included, each once, in the order ack, plan, update, resolve. */
  readonly breaches: readonly SlaTarget[];
  readonly explanations: PerTarget<DueExplanation>;
}

/**
 * A VIP customer is served 7x24 (DOMAIN.md); pauses are measured on the same clock. The calendar
 * may be given as a function, read only for a ticket that needs it.
 */
export function ticketClock(tier: string, calendar: BusinessCalendar | (() => BusinessCalendar)): Calendar {
  if (tier === 'VIP') return ROUND_THE_CLOCK;
  return typeof calendar === 'function' ? calendar() : calendar;
}

/** Met at a time the row does not hold (a plan given, a done ticket without the time stamped). */
const MET_UNTIMED = 'met, time unknown';

/** One target's clock on one ticket. */
interface TargetClock {
  readonly target: SlaTarget;
  readonly minutes: number;
  readonly from: number;
  /** Minutes the clock stood still since `from`, the current wait included. */
  readonly paused: number;
  /** The current wait: when it stopped this clock and its minutes so far (in `paused`). */
  readonly wait: Wait | null;
  /** When the target was met; null while it is pending. */
  readonly met: number | typeof MET_UNTIMED | null;
}

interface Wait {
  readonly since: number;
  readonly minutes: number;
}

const isDone = (ticket: SlaTicket) => isDoneStatus(ticket.status);

/** What the row tells of a ticket's progress, whatever the clock; Status '' counts as New. */
interface Progress {
  readonly status: string;
  readonly acknowledged: number | null;
  readonly lastUpdate: number | null;
}

/** Acknowledged: stamped, or taken past New without the time (a Status typed into the sheet). */
export const ackGiven = (t: Progress): boolean => t.acknowledged !== null || !['New', ''].includes(t.status);

/**
 * The record keeps only the latest update, so the plan counts as given, at a time unknown, once an
 * update follows the acknowledgement (or the ticket is done); a late plan is caught by the runs
 * while it is overdue.
 */
export const planGiven = (t: Progress): boolean =>
  isDoneStatus(t.status) ||
  (t.lastUpdate !== null && t.acknowledged !== null && t.lastUpdate > t.acknowledged);

function targetClocks(
  ticket: SlaTicket,
  clock: Calendar,
  policy: SlaPolicy,
  now: number,
): PerTarget<TargetClock> {
  const { submitted, acknowledged, lastUpdate, waitingSince, status } = ticket;
  const targets = policy.targets[ticket.level];
  const done = isDone(ticket);
  // The current wait is not in Paused Minutes yet: it is added when the ticket moves on.
  const waitSince = (from: number): Wait | null => {
    if (status !== 'Waiting on Customer' || waitingSince === null) return null;
    const since = Math.max(from, waitingSince);
    return { since, minutes: Math.max(0, businessMinutesBetween(clock, since, now)) };
  };
  const lastTouch = Math.max(submitted, acknowledged ?? submitted, lastUpdate ?? submitted);
  // The plan's and the resolve's clocks run from submission, the update's from the last touch.
  const ticketWait = waitSince(submitted);
  const updateWait = waitSince(lastTouch);
  return {
    ack: {
      target: 'ack',
      minutes: targets.ack,
      from: submitted,
      paused: 0,
      wait: null,
      met: acknowledged ?? (ackGiven(ticket) ? MET_UNTIMED : null),
    },
    plan:
      targets.plan === null
        ? null
        : {
            target: 'plan',
            minutes: targets.plan,
            from: submitted,
            // Every wait so far fell before the plan: once given, this clock is not read again.
            paused: ticket.pausedMinutes + (ticketWait?.minutes ?? 0),
            wait: ticketWait,
            met: planGiven(ticket) ? MET_UNTIMED : null,
          },
    update: done
      ? null
      : {
          target: 'update',
          minutes: policy.updateMinutes,
          from: lastTouch,
          paused: updateWait?.minutes ?? 0,
          wait: updateWait,
          met: null,
        },
    resolve: {
      target: 'resolve',
      minutes: targets.resolve,
      from: submitted,
      paused: ticket.pausedMinutes + (ticketWait?.minutes ?? 0),
      wait: ticketWait,
      met: done ? (ticket.resolved ?? ticket.closed ?? MET_UNTIMED) : null,
    },
  };
}

/** What judging a target needs besides the target itself. */
interface Judging {
  readonly clock: Calendar;
  /** The clock described once per ticket, for every note. */
  readonly clockText: string;
  readonly policy: SlaPolicy;
  readonly now: number;
}

type Verdict = 'missed' | 'at risk' | 'fine';

/**
 * Missed once time on the ticket's clock has passed beyond the due time, met or not: a target due
 * at a close (Friday 18:00) and met at the next opening (Monday 09:00) is met, and is not missed
 * over the weekend while it waits for that opening.
 */
function verdictOf(c: TargetClock, due: number, { clock, policy, now }: Judging): Verdict {
  if (c.met === MET_UNTIMED) return 'fine';
  if (businessMinutesBetween(clock, due, c.met ?? now) > 0) return 'missed';
  if (c.met !== null) return 'fine';
  return businessMinutesBetween(clock, now, due) < policy.atRiskShare * c.minutes ? 'at risk' : 'fine';
}

interface Judged {
  readonly target: SlaTarget;
  readonly due: number;
  readonly verdict: Verdict;
  readonly explanation: DueExplanation;
}

function judge(c: TargetClock, judging: Judging): Judged {
  const due = addBusinessMinutes(judging.clock, c.from, c.minutes + c.paused);
  const until = c.met ?? judging.now;
  const used =
    until === MET_UNTIMED
      ? null
      : Math.max(0, businessMinutesBetween(judging.clock, c.from, until) - c.paused);
  return {
    target: c.target,
    due,
    verdict: verdictOf(c, due, judging),
    explanation: {
      targetMinutes: c.minutes,
      calendar: judging.clockText,
      usedMinutes: used,
      pausedMinutes: c.paused - (c.wait?.minutes ?? 0),
      waitingSince: c.wait?.since ?? null,
    },
  };
}

function mapTargets<A, B>(each: PerTarget<A>, f: (a: A) => B): PerTarget<B> {
  return {
    ack: f(each.ack),
    plan: each.plan === null ? null : f(each.plan),
    update: each.update === null ? null : f(each.update),
    resolve: f(each.resolve),
  };
}

function statusOf(breaches: readonly SlaTarget[], done: boolean, judged: readonly Judged[]): SlaStatus {
  if (breaches.length > 0) return 'Breached';
  if (done) return 'Met';
  return judged.some((j) => j.verdict === 'at risk') ? 'At Risk' : 'On Track';
}

/**
 * The SLA columns for one Tickets row at `now`, or the row's problems ("Submitted is not a date")
 * so the job can name the row and go on with the rest.
 */
export function ticketSla(row: SlaTicketRow, context: SlaContext): Checked<TicketSla> {
  return slaOnClock(row, ticketClock(context.tier, context.calendar), context.policy, context.now);
}

/** ticketSla on a clock already known (the sidebar's saves get it from ticketClocks). */
export function slaOnClock(
  row: SlaTicketRow,
  clock: Calendar,
  policy: SlaPolicy,
  now: number,
): Checked<TicketSla> {
  const checked = checkSlaTicket(row, now);
  if (!checked.ok) return checked;
  const ticket = checked.value;
  const judging = { clock, clockText: describeCalendar(clock), policy, now };
  const judged = mapTargets(targetClocks(ticket, clock, policy, now), (c) => judge(c, judging));
  const all = [judged.ack, judged.plan, judged.update, judged.resolve].filter((j) => j !== null);
  const missed = new Set([
    ...ticket.breaches,
    ...all.filter((j) => j.verdict === 'missed').map((j) => j.target),
  ]);
  const breaches = SLA_TARGETS.filter((t) => missed.has(t));
  return {
    ok: true,
    value: {
      ackDue: judged.ack.due,
      planDue: judged.plan?.due ?? null,
      updateDue: judged.update?.due ?? null,
      resolveDue: judged.resolve.due,
      slaStatus: statusOf(breaches, isDone(ticket), all),
      breaches,
      explanations: mapTargets(judged, (j) => j.explanation),
    },
  };
}
