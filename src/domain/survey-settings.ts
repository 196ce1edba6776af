/** The survey numbers a business may change in the Settings sheet (DOMAIN.md, "Satisfaction surveys"). */
import { decimal, fail, type Parse, type Section, setting, share, wholeNumber } from './setting-parsers';
import {
  SURVEY_REASONS,
  type SurveyReason,
  TICKET_LEVELS,
  TICKET_TYPES,
  type TicketLevel,
  type TicketType,
} from './values';

export interface SurveySettings {
  /** Months after Contract Start at which a routine survey falls due: 3, 6, 12. */
  readonly routineMonths: readonly number[];
  /** A routine survey is added at most this many days after its date, never later. */
  readonly routineLateDays: number;
  readonly afterTicketHours: number;
  /** A resolved ticket of one of these types, or of one of these levels, gets a survey. */
  readonly afterTicketTypes: readonly TicketType[];
  readonly afterTicketLevels: readonly TicketLevel[];
  readonly reminderDays: number;
  readonly closesDays: number;
  /** A dimension averaging under this is flagged. */
  readonly lowScore: number;
  /** A figure resting on fewer responses is marked thin. */
  readonly thinBelow: number;
  readonly planWorkingDays: number;
  /** A department whose tickets resolved in a week were rated Dissatisfied more often alerts its supervisor. */
  readonly badRatingShare: number;
  /** Who the survey emails are from, closing them and named in their subject ('' for no one). */
  readonly signedBy: string;
}

/** The Survey Reason a routine survey at this many months carries. */
export const routineReason = (months: number) => `${months} Months` as SurveyReason;

const items = (v: string) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Only months that have a Survey Reason of their own (the reasons are a fixed dropdown). */
const ROUTINE_MONTHS = SURVEY_REASONS.flatMap((r) => /^(\d+) Months$/.exec(r)?.[1] ?? []).map(Number);
const routineMonths: Parse<number[]> = (v) =>
  items(v).map((m) =>
    ROUTINE_MONTHS.includes(Number(m))
      ? Number(m)
      : fail(`months from ${ROUTINE_MONTHS.join(', ')} separated by commas`),
  );

/** Names from a value set separated by commas; empty means none. */
const someOf =
  <T extends string>(values: readonly T[]): Parse<T[]> =>
  (v) =>
    items(v).map(
      (item) =>
        values.find((x) => x.toLowerCase() === item.toLowerCase()) ??
        fail(`some of ${values.join(', ')} separated by commas, or empty for none`),
    );

const score = decimal(1, 5, 'a score from 1 to 5, like 3.0');

const NAMES = {
  months: 'Survey routine months',
  late: 'Survey routine late by at most (days)',
  hours: 'Survey after ticket within (hours)',
  types: 'Survey after ticket types',
  levels: 'Survey after ticket levels',
  reminder: 'Survey reminder after (days)',
  closes: 'Survey closes after (days)',
  low: 'Survey low score under',
  thin: 'Survey thin sample under (responses)',
  plan: 'Survey improvement plan due (working days)',
  badRatings: 'Survey bad ratings alert above (weekly share)',
  signedBy: 'Survey emails signed',
} as const;

/** A name to sign with: any text of a line's length. */
const signature: Parse<string> = (v) =>
  v.trim().length <= 100 && !/[\r\n]/.test(v.trim())
    ? v.trim()
    : fail('a name on one line of at most 100 characters');

export const surveySettings: Section<SurveySettings> = {
  defs: [
    setting(
      NAMES.months,
      '3, 6, 12',
      'Months after Contract Start when a Won customer is surveyed.',
      routineMonths,
    ),
    setting(
      NAMES.late,
      '30',
      'A routine survey is still added this many days after its date (a Contract Start entered late, days the job did not run); one further past is skipped, so customers of long standing are not all surveyed at once when the add-on starts, and the next one comes on its date.',
      wholeNumber(1, 365, 'days'),
    ),
    setting(
      NAMES.hours,
      '48',
      'An After Ticket survey is due this long after the ticket is resolved; a project delivery survey scheduled without a Due, this long after it is saved.',
      wholeNumber(1, 720, 'hours'),
    ),
    setting(
      NAMES.types,
      'Complaint',
      'Ticket types that get an After Ticket survey (a listed level also qualifies).',
      someOf(TICKET_TYPES),
    ),
    setting(
      NAMES.levels,
      'Major, Critical',
      'Ticket levels that get an After Ticket survey (a listed type also qualifies).',
      someOf(TICKET_LEVELS),
    ),
    setting(
      NAMES.reminder,
      '3',
      'Remind once when a sent survey has no answer this many days after it was sent, at the same time of day.',
      wholeNumber(1, 60, 'days'),
    ),
    setting(
      NAMES.closes,
      '7',
      'An unanswered survey expires this many days after it was sent, at the same time of day.',
      wholeNumber(1, 90, 'days'),
    ),
    setting(NAMES.low, '3.0', 'A dimension averaging under this is flagged for improvement.', score),
    setting(
      NAMES.thin,
      '30',
      'A figure resting on fewer responses is marked as a thin sample.',
      wholeNumber(1, 100_000, 'responses'),
    ),
    setting(
      NAMES.plan,
      '15',
      'An improvement plan for a low dimension is due this many working days out.',
      wholeNumber(1, 250, 'working days'),
    ),
    setting(
      NAMES.badRatings,
      '5%',
      'A department whose tickets resolved in a week were rated Dissatisfied more often than this alerts its supervisor.',
      share,
    ),
    setting(
      NAMES.signedBy,
      '',
      'Your business\'s name (or yours): it closes the survey emails sent from My queue and leads their subject, so the customer knows who asks. Empty: the emails end "Thank you."',
      signature,
    ),
  ],
  build: (r) => ({
    routineMonths: r.one<number[]>(NAMES.months),
    routineLateDays: r.one<number>(NAMES.late),
    afterTicketHours: r.one<number>(NAMES.hours),
    afterTicketTypes: r.one<TicketType[]>(NAMES.types),
    afterTicketLevels: r.one<TicketLevel[]>(NAMES.levels),
    reminderDays: r.one<number>(NAMES.reminder),
    closesDays: r.one<number>(NAMES.closes),
    lowScore: r.one<number>(NAMES.low),
    thinBelow: r.one<number>(NAMES.thin),
    planWorkingDays: r.one<number>(NAMES.plan),
    badRatingShare: r.one<number>(NAMES.badRatings),
    signedBy: r.one<string>(NAMES.signedBy),
  }),
};
