/**
 * The customer's expected resolution time (a ticket's Expected By, DOMAIN.md) against its SLA
 * targets: when the customer expects it sooner than a target, theirs is the time to work to, since
 * a ticket that meets its SLA but not what the customer was told still lets them down. It raises
 * no alert of its own: the SLA alerts already cover missed targets.
 */
import { dayAndTimeText } from './calendar-text';
import { isDoneStatus } from './ticket-lifecycle';

export interface Expectation {
  /** As typed; '' counts as New. */
  readonly status: string;
  /** Epoch ms; null when empty or typed as words that are not a date. */
  readonly expectedBy: number | null;
}

/**
 * The customer's Expected By when the ticket is held to it before `due` (an SLA target; null when
 * none is pending), else null. A ticket done is no longer held to anything, and one Waiting on
 * Customer is not held to it either: the customer is the one to answer.
 */
export function expectedFirst(t: Expectation, due: number | null): number | null {
  if (t.expectedBy === null || isDoneStatus(t.status) || t.status === 'Waiting on Customer') return null;
  return due === null || t.expectedBy < due ? t.expectedBy : null;
}

/** Where an open ticket stands in My queue: at the earlier of its nearest pending target and the customer's time. */
export const queueAt = (t: Expectation, nearestDue: number | null): number =>
  expectedFirst(t, nearestDue) ?? nearestDue ?? Number.POSITIVE_INFINITY;

/** "customer expects it by 2026-11-24 15:00", or "expected" once that time has passed. */
export const expectationWords = (expectedBy: number, now: number, when: string): string =>
  `customer ${now > expectedBy ? 'expected' : 'expects'} it by ${when}`;

/**
 * What a person saving a ticket is told when the customer expects it before its resolve target,
 * or null: both times with their weekdays, since the earlier one is the one to plan for.
 */
export function earlierThanResolve(
  t: Expectation,
  resolveDue: number | null,
  now: number,
  timeZone: string,
): string | null {
  if (resolveDue === null) return null;
  const expected = expectedFirst(t, resolveDue);
  if (expected === null) return null;
  const words = expectationWords(expected, now, dayAndTimeText(expected, timeZone));
  const target = `before its resolve target (${dayAndTimeText(resolveDue, timeZone)})`;
  return now > expected
    ? `The ${words}, ${target}: agree a new time with the customer.`
    : `The ${words}, ${target}: plan for the earlier time, or agree a new one with the customer.`;
}
