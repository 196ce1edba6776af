/**
 * The eight health indicators: what each reads from a customer's facts, when it has no data, its
 * 0-100 sub-score and its plain words ("no contact for 97 days").
 *
 * When an indicator has no data, and why:
 * - recency: no interaction was ever logged.
 * - frequency: no interaction was ever logged; or the relationship is younger than the window (a
 *   customer met last week cannot have had 90 days of touches, so a brand-new customer is scored
 *   on recency alone); or the tier has no cadence, or a cadence more than twice the window (it
 *   expects no touch in it).
 * - satisfaction, recommend: no survey answered (or that question skipped).
 * - open tickets, SLA breaches, complaints: the customer never raised a ticket. Zero open tickets
 *   from a customer who has never needed help is no news rather than good news; once a ticket
 *   exists, zero is evidence that problems get closed. Keying on "ever" (not on the window) also
 *   keeps the score monotonic: a complaint leaving the window can only raise it.
 * - renewal intent: Renewal Intent is blank.
 */
import type { Curve, HealthSettings, IndicatorKey } from './health-settings';
import { plural } from './some-of';
import type { RENEWAL_INTENTS } from './values';
import { DAY_MS } from './zone';

/** Times are epoch ms. */
export interface HealthCustomer {
  readonly status: string;
  /** The relationship starts at the earliest of these that is set. */
  readonly created: number | null;
  readonly firstContact: number | null;
  readonly contractStart: number | null;
}

/** What the job counts from the other tables for one customer; "window" is Health: window (days). */
export interface HealthFacts {
  /** The latest logged interaction; null when none was ever logged. */
  readonly lastInteractionAt: number | null;
  readonly interactionsInWindow: number;
  /** The tier's follow-up cadence; null when Tier is blank. */
  readonly cadenceDays: number | null;
  /** The average of the dimension scores of the latest answered survey (1-5). */
  readonly latestSatisfaction: number | null;
  /** The Recommend score of the latest survey that answered it (1-5). */
  readonly latestRecommend: number | null;
  /** Tickets the customer ever raised, in any status. */
  readonly ticketsEver: number;
  readonly openTickets: number;
  /** Missed SLA targets (each listed breach) on the customer's tickets in the window. */
  readonly breachesInWindow: number;
  /** Complaint tickets submitted in the window. */
  readonly complaintsInWindow: number;
  readonly renewalIntent: (typeof RENEWAL_INTENTS)[number] | '';
}

/** An indicator's reading, before weighting. */
export interface Reading {
  /** The fact as scored and shown, e.g. 97 (days), 2.3 (survey), 'No'. */
  readonly value: number | string;
  /** 0-100, unrounded. */
  readonly subScore: number;
  readonly words: string;
}

interface Inputs {
  readonly customer: HealthCustomer;
  readonly facts: HealthFacts;
  readonly settings: HealthSettings;
  readonly now: number;
}

export const INDICATOR_LABELS: Record<IndicatorKey, string> = {
  recency: 'Recency',
  frequency: 'Frequency',
  satisfaction: 'Satisfaction',
  recommend: 'Recommend',
  openTickets: 'Open tickets',
  breaches: 'SLA breaches',
  complaints: 'Complaints',
  renewal: 'Renewal intent',
};

/** Lower is better: 100 up to `full`, 0 from `zero`. Never divides by zero, whatever the settings. */
const falling = (v: number, { full, zero }: Curve) =>
  v <= full ? 100 : v >= zero ? 0 : (100 * (zero - v)) / (zero - full);
/** Higher is better: the falling curve mirrored. */
const rising = (v: number, { full, zero }: Curve) => falling(-v, { full: -full, zero: -zero });

/** Survey scores are shown, and so scored, to one decimal, so the note can be checked by hand. */
const tenths = (v: number) => Math.round(v * 10) / 10;

function relationshipStart({ created, firstContact, contractStart }: HealthCustomer): number | null {
  const known = [created, firstContact, contractStart].filter((t): t is number => t !== null);
  return known.length === 0 ? null : Math.min(...known);
}

function recency({ facts, settings, now }: Inputs): Reading | null {
  if (facts.lastInteractionAt === null) return null;
  // Whole 24-hour periods, zone-free: 0 is the last 24 hours, which may reach into yesterday.
  const days = Math.max(0, Math.floor((now - facts.lastInteractionAt) / DAY_MS));
  const words = days === 0 ? 'contacted within the last 24 hours' : `no contact for ${plural(days, 'day')}`;
  return { value: days, subScore: falling(days, settings.curves.recency), words };
}

function frequency({ customer, facts, settings, now }: Inputs): Reading | null {
  const { windowDays } = settings;
  // A whole number, so the words say "expected 3"; 90 / 91 (Regular) expects 1.
  const expected = facts.cadenceDays ? Math.round(windowDays / facts.cadenceDays) : 0;
  const start = relationshipStart(customer);
  const windowLived = start !== null && now - start >= windowDays * DAY_MS;
  if (facts.lastInteractionAt === null || !windowLived || expected === 0) return null;
  const touches = facts.interactionsInWindow;
  return {
    value: touches,
    subScore: rising((100 * touches) / expected, settings.curves.frequency),
    words: `${plural(touches, 'touch', 'touches')} in ${windowDays} days, expected ${expected}`,
  };
}

function surveyScore(score: number | null, curve: Curve, label: string): Reading | null {
  if (score === null) return null;
  const value = tenths(score);
  return { value, subScore: rising(value, curve), words: `${label} ${value.toFixed(1)}/5` };
}

/** The three ticket indicators: a count in a falling curve, or no data without a ticket ever. */
function ticketCount(facts: HealthFacts, n: number, curve: Curve, words: string): Reading | null {
  return facts.ticketsEver > 0 ? { value: n, subScore: falling(n, curve), words } : null;
}

const RENEWAL_POINTS = { Yes: 100, No: 0 } as const;

export const READINGS: Record<IndicatorKey, (inputs: Inputs) => Reading | null> = {
  recency,
  frequency,
  satisfaction: ({ facts, settings }) =>
    surveyScore(facts.latestSatisfaction, settings.curves.satisfaction, 'latest survey'),
  recommend: ({ facts, settings }) =>
    surveyScore(facts.latestRecommend, settings.curves.recommend, 'would recommend'),
  openTickets: ({ facts, settings }) =>
    ticketCount(
      facts,
      facts.openTickets,
      settings.curves.openTickets,
      plural(facts.openTickets, 'open ticket'),
    ),
  breaches: ({ facts, settings }) =>
    ticketCount(
      facts,
      facts.breachesInWindow,
      settings.curves.breaches,
      `${plural(facts.breachesInWindow, 'SLA breach', 'SLA breaches')} in ${settings.windowDays} days`,
    ),
  complaints: ({ facts, settings }) =>
    ticketCount(
      facts,
      facts.complaintsInWindow,
      settings.curves.complaints,
      `${plural(facts.complaintsInWindow, 'complaint')} in ${settings.windowDays} days`,
    ),
  renewal: ({ facts, settings }) =>
    facts.renewalIntent === ''
      ? null
      : {
          value: facts.renewalIntent,
          subScore:
            facts.renewalIntent === 'Unsure' ? settings.unsureScore : RENEWAL_POINTS[facts.renewalIntent],
          words: `renewal intent: ${facts.renewalIntent}`,
        },
};
