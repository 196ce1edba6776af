/**
 * When each customer should next hear from us (DOMAIN.md, "Onboard", "Dig into needs" and the time
 * targets). The plan is the earliest still-pending of: the first call-back after the record was
 * created, the first return visit after First Contact, the first visit after signing, the
 * check-back after a ticket is resolved, the tier's cadence after the last contact, and the next
 * action promised in the latest interaction.
 *
 * Days are 24-hour periods, as for survey reminders. A follow-up planned from a date (First
 * Contact, Contract Start, Next Action Due) falls on a day, not at an hour: it turns Overdue only
 * once that day is over in the spreadsheet's zone, so "call on Friday" is not late on Friday morning.
 * An interaction typed with a date and no time happened some time that day (contactReach).
 */
import { ALERT_LOOKBACK_MS } from './history';
import { type Section, setting, wholeNumber } from './setting-parsers';
import { isLead, TIERS, type Tier } from './values';
import { DAY_MS, HOUR_MS, startOfMinute } from './zone';

export interface FollowUpSettings {
  readonly cadenceDays: Readonly<Record<Tier, number>>;
  readonly callBackHours: number;
  readonly returnVisitWorkingDays: number;
  readonly afterSigningDays: number;
  readonly checkBackHours: number;
  readonly dueSoonDays: number;
  /** Days a customer record may go without being saved (record-refresh.ts). */
  readonly recordRefreshDays: number;
}

const cadenceName = (tier: Tier) => `Follow-up cadence ${tier} (days)`;
const NAMES = {
  callBack: 'Follow-up first call-back (hours)',
  returnVisit: 'Follow-up first return visit (working days)',
  afterSigning: 'Follow-up first visit after signing (days)',
  checkBack: 'Follow-up check-back after a ticket is resolved (hours)',
  dueSoon: 'Follow-up due soon within (days)',
  recordRefresh: 'Follow-up record refresh (days)',
} as const;
const CADENCE_DEFAULTS: Record<Tier, number> = { VIP: 30, Key: 30, Regular: 91 };

export const followUpSettings: Section<FollowUpSettings> = {
  defs: [
    ...TIERS.map((tier) =>
      setting(
        cadenceName(tier),
        String(CADENCE_DEFAULTS[tier]),
        `Contact a ${tier} customer at least this often (counted from Last Contact).`,
        wholeNumber(1, 730, 'days'),
      ),
    ),
    setting(
      NAMES.callBack,
      '24',
      'Call a new customer (Potential, Intent, or no Status yet) back within this many hours of Created.',
      wholeNumber(1, 720, 'hours'),
    ),
    setting(
      NAMES.returnVisit,
      '3',
      'Visit again this many working days after First Contact.',
      wholeNumber(1, 60, 'working days'),
    ),
    setting(
      NAMES.afterSigning,
      '30',
      'Visit a customer this many days after Contract Start.',
      wholeNumber(1, 365, 'days'),
    ),
    setting(
      NAMES.checkBack,
      '48',
      'Check back with the customer this many hours after one of their tickets is resolved (any interaction logged after it counts).',
      wholeNumber(1, 720, 'hours'),
    ),
    setting(
      NAMES.dueSoon,
      '2',
      'Follow-up Status turns Due Soon this many days ahead.',
      wholeNumber(0, 30, 'days'),
    ),
    setting(
      NAMES.recordRefresh,
      '30',
      "Review and update each customer record at least this often (counted from Updated, else Created); the owner's My queue lists the records past it, the Dashboard counts them.",
      wholeNumber(1, 365, 'days'),
    ),
  ],
  build: (r) => ({
    cadenceDays: Object.fromEntries(TIERS.map((t) => [t, r.one<number>(cadenceName(t))])) as Record<
      Tier,
      number
    >,
    callBackHours: r.one<number>(NAMES.callBack),
    returnVisitWorkingDays: r.one<number>(NAMES.returnVisit),
    afterSigningDays: r.one<number>(NAMES.afterSigning),
    checkBackHours: r.one<number>(NAMES.checkBack),
    dueSoonDays: r.one<number>(NAMES.dueSoon),
    recordRefreshDays: r.one<number>(NAMES.recordRefresh),
  }),
};

/**
 * A touch at or after a missed follow-up's due time does what it asked, whatever it counted from:
 * the call-back, the visits, the check-back, the cadence and the promised next action all count as
 * done once a later touch is logged. One from before (a May call logged only now) may still move
 * the plan: the daily run weighs that.
 */
export const meetsFollowUp = (due: number, touch: number): boolean => touch >= due;

/** Times are epoch ms; a date field is the start of its day in the spreadsheet's zone. */
export interface FollowUpCustomer {
  readonly status: string;
  /** '' counts as Regular. */
  readonly tier: string;
  readonly created: number | null;
  readonly firstContact: number | null;
  readonly contractStart: number | null;
  /** The customer's resolved tickets: when each was resolved (Closed when Resolved is empty). */
  readonly resolvedTickets?: readonly ResolvedTicket[];
}

export interface ResolvedTicket {
  readonly id: string;
  readonly at: number;
}

export interface FollowUpInteraction {
  readonly when: number;
  readonly nextAction: string;
  readonly nextActionDue: number | null;
}

/** The spreadsheet's calendar; the job builds it from zone.ts and calendar.ts. */
export interface FollowUpCalendar {
  /** 'YYYY-MM-DDTHH:MM' in the spreadsheet's zone. */
  readonly wall: (ms: number) => string;
  /** `days` working days after `ms` on the business calendar. */
  readonly addWorkingDays: (ms: number, days: number) => number;
  /** `days` calendar days after `ms`, at the same wall-clock time in the spreadsheet's zone. */
  readonly addDays: (ms: number, days: number) => number;
  /** Midnight of the day of `ms` in the spreadsheet's zone. */
  readonly startOfDay: (ms: number) => number;
}

export type FollowUpStatus = 'OK' | 'Due Soon' | 'Overdue' | '';

export interface FollowUp {
  readonly lastContact: number | null;
  readonly nextFollowUp: number | null;
  readonly status: FollowUpStatus;
  /** Why Next Follow-up is what it is, e.g. 'first call-back (created 2026-11-22 10:00)'. */
  readonly basis: string;
  /**
   * Which follow-up it is, by what it is counted from, not by its due time ('cadence:<ms of the
   * last contact>'): a new Tier or a changed setting moves the due time of the same missed
   * follow-up, which is still one miss ('' when none).
   */
  readonly about: string;
}

interface Planned {
  readonly due: number;
  readonly onDay: boolean;
  readonly basis: string;
  readonly about: string;
}

/** What the rules below need to know about one customer's history. */
interface History {
  readonly customer: FollowUpCustomer;
  readonly touches: readonly FollowUpInteraction[];
  readonly lastContact: number | null;
  /** The latest moment the customer may have been in touch (contactReach). */
  readonly inTouchUntil: number | null;
  /** Last Contact was typed as a date alone ("2026-11-20"): midnight, meaning some time that day. */
  readonly dateOnly: boolean;
  readonly settings: FollowUpSettings;
  readonly calendar: FollowUpCalendar;
  readonly now: number;
}

const dayOf = (h: History, ms: number) => h.calendar.wall(ms).slice(0, 10);
const stamp = (h: History, ms: number) => h.calendar.wall(ms).replace('T', ' ');
/**
 * Someone was in touch on a later day than `ms` (the latest touch tells). A touch on the day of
 * First Contact or signing is that event itself, not the visit after it.
 */
const touchedAfterDay = (h: History, ms: number) =>
  h.lastContact !== null && dayOf(h, h.lastContact) > dayOf(h, ms);

/**
 * How far Last Contact reaches. A When typed as a date alone ("2026-11-20") is kept as midnight in
 * the spreadsheet's zone, yet means some time that day: when a touch on Last Contact's day was
 * typed so, the customer may have been in touch until that day's end, so the call-back on the day
 * the record was made, or the check-back on the day a ticket was resolved, typed that way is done.
 */
function contactReach(
  touches: readonly FollowUpInteraction[],
  lastContact: number | null,
  calendar: FollowUpCalendar,
): Pick<History, 'inTouchUntil' | 'dateOnly'> {
  if (lastContact === null) return { inTouchUntil: null, dateOnly: false };
  const dayStart = calendar.startOfDay(lastContact);
  const inTouchUntil = touches.some((t) => t.when === dayStart)
    ? calendar.addDays(dayStart, 1) - 1
    : lastContact;
  return { inTouchUntil, dateOnly: lastContact === dayStart };
}

function callBack(h: History): Planned | null {
  const { status, created } = h.customer;
  if (!isLead(status) || created === null) return null;
  // A call logged for the minute the record was made is after it, not before.
  if (h.inTouchUntil !== null && h.inTouchUntil >= startOfMinute(created)) return null;
  const due = created + h.settings.callBackHours * HOUR_MS;
  return {
    due,
    onDay: false,
    basis: `first call-back (created ${stamp(h, created)})`,
    about: `call-back:${created}`,
  };
}

function returnVisit(h: History): Planned | null {
  const { firstContact } = h.customer;
  if (firstContact === null || touchedAfterDay(h, firstContact)) return null;
  const due = h.calendar.addWorkingDays(firstContact, h.settings.returnVisitWorkingDays);
  return {
    due,
    onDay: true,
    basis: `first return visit (first contact ${dayOf(h, firstContact)})`,
    about: `return-visit:${firstContact}`,
  };
}

function visitAfterSigning(h: History): Planned | null {
  const { contractStart } = h.customer;
  if (contractStart === null || touchedAfterDay(h, contractStart)) return null;
  const due = h.calendar.addDays(contractStart, h.settings.afterSigningDays);
  return {
    due,
    onDay: true,
    basis: `first visit after signing (contract start ${dayOf(h, contractStart)})`,
    about: `after-signing:${contractStart}`,
  };
}

/** After each ticket resolved since the last contact; the earliest is the one that is late first. */
function checkBack(h: History): Planned | null {
  const [first] = (h.customer.resolvedTickets ?? [])
    .filter(
      (t) =>
        t.at <= h.now &&
        // Older is history (ALERT_LOOKBACK_MS): the cadence takes over.
        t.at > h.now - ALERT_LOOKBACK_MS &&
        (h.inTouchUntil === null || h.inTouchUntil < t.at),
    )
    .sort((a, b) => a.at - b.at);
  if (!first) return null;
  return {
    due: first.at + h.settings.checkBackHours * HOUR_MS,
    onDay: false,
    basis: `check-back after ticket ${first.id} was resolved (${stamp(h, first.at)})`,
    about: `check-back:${first.id}:${first.at}`,
  };
}

/** Counted from the last contact, or from Created for a customer nobody has been in touch with yet. */
function cadence(h: History): Planned | null {
  const tier = (TIERS as readonly string[]).includes(h.customer.tier) ? (h.customer.tier as Tier) : 'Regular';
  const days = h.settings.cadenceDays[tier];
  const from = h.lastContact ?? h.customer.created;
  if (from === null) return null;
  const since = h.lastContact === null ? 'created' : 'last contact';
  const shown = h.dateOnly ? dayOf(h, from) : stamp(h, from);
  return {
    due: from + days * DAY_MS,
    onDay: false,
    basis: `${tier} cadence ${days} days (${since} ${shown})`,
    about: `cadence:${from}`,
  };
}

/**
 * A next action counts as done once a later interaction is logged: whoever logs that touch
 * records the new next action, so only the latest interaction's promise is still open.
 */
function nextActions(h: History): Planned[] {
  return h.touches
    .filter((t) => t.when === h.lastContact && t.nextActionDue !== null)
    .map((t) => ({
      due: t.nextActionDue!,
      onDay: true,
      basis: `next action "${t.nextAction}" (due ${dayOf(h, t.nextActionDue!)})`,
      about: `next-action:${t.when}`,
    }));
}

function statusOf(h: History, planned: Planned, now: number): FollowUpStatus {
  const late = planned.onDay ? dayOf(h, now) > dayOf(h, planned.due) : now > planned.due;
  if (late) return 'Overdue';
  return planned.due - now <= h.settings.dueSoonDays * DAY_MS ? 'Due Soon' : 'OK';
}

const URGENCY: Record<FollowUpStatus, number> = { Overdue: 0, 'Due Soon': 1, OK: 2, '': 3 };

/**
 * `interactions` are this customer's; one dated after `now` (a meeting logged ahead) has not
 * happened yet and is ignored. Churned customers get no follow-up.
 */
export function nextFollowUp(
  customer: FollowUpCustomer,
  interactions: readonly FollowUpInteraction[],
  settings: FollowUpSettings,
  now: number,
  calendar: FollowUpCalendar,
): FollowUp {
  const touches = interactions.filter((t) => t.when <= now);
  const lastContact = touches.reduce<number | null>((last, t) => Math.max(last ?? t.when, t.when), null);
  const none: FollowUp = { lastContact, nextFollowUp: null, status: '', basis: '', about: '' };
  if (customer.status === 'Churned') return none;
  const h: History = {
    customer,
    touches,
    lastContact,
    ...contactReach(touches, lastContact, calendar),
    settings,
    calendar,
    now,
  };
  // Earliest first, except that an overdue hour beats a day that is not over yet.
  const [first] = [
    callBack(h),
    returnVisit(h),
    visitAfterSigning(h),
    checkBack(h),
    cadence(h),
    ...nextActions(h),
  ]
    .filter((p): p is Planned => p !== null)
    .map((p) => ({ ...p, status: statusOf(h, p, now) }))
    .sort((a, b) => URGENCY[a.status] - URGENCY[b.status] || a.due - b.due);
  if (!first) return none;
  return {
    lastContact,
    nextFollowUp: first.due,
    status: first.status,
    basis: first.basis,
    about: first.about,
  };
}
