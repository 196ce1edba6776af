/**
 * The daily survey work: schedule the surveys that fall due, move each through its lifecycle
 * (Reminder Due, Closes, Status), flag hand-entered rows that cannot count, and summarise the
 * answers per month and quarter on the Dashboard, raising improvement alerts for low dimensions.
 */
import { alertKeys } from '../domain/alert-keys';
import type { BusinessCalendar } from '../domain/calendar';
import { percentDecimals } from '../domain/percent-format';
import { recentMonths } from '../domain/periods';
import { SURVEY_DIMENSIONS } from '../domain/records/survey';
import { leadOf } from '../domain/routing';
import { clipped } from '../domain/some-of';
import { groupSurveys } from '../domain/survey-groups';
import { improvementActions } from '../domain/survey-improvements';
import { surveyState } from '../domain/survey-lifecycle';
import {
  DIMENSION_LABELS,
  type LeftOutRow,
  leftOutNote,
  type SurveyRow,
  screenSurveys,
} from '../domain/survey-rows';
import { routineReason, type SurveySettings } from '../domain/survey-settings';
import type { SurveySummary } from '../domain/survey-summary';
import { NEGATIVE_RECOMMEND, summarizeSurveys } from '../domain/survey-summary';
import { repeatedRoutine, surveysDue } from '../domain/surveys';
import { isChurned } from '../domain/values';
import { addWorkingDays } from '../domain/working-days';
import { dayFromInstant, wallText } from '../domain/zone';
import type { NewAlert } from '../sheets/alerts';
import { isMerged, msOf, textOf } from '../sheets/cell-values';
import type { Cell } from '../sheets/table';
import type { SURVEYS } from '../sheets/tables';
import { customerOf, type DailyData } from './daily-data';
import type { Section } from './dashboard-sections';
import type { JobContext } from './run';

type SurveyKey = (typeof SURVEYS)['columns'][number]['key'];

export interface SurveyRefresh {
  newRows: Array<Partial<Record<SurveyKey, Cell>>>;
  values: Map<string, Partial<Record<SurveyKey, Cell>>>;
  alerts: NewAlert[];
  sections: Section[];
  leftOut: string;
}

/** The Surveys rows, and which of them the figures count (the rest, with why, for their Problems). */
export interface ScreenedSurveys {
  readonly rows: readonly SurveyRow[];
  readonly kept: readonly SurveyRow[];
  readonly leftOut: readonly LeftOutRow[];
}

/** Screened once per run: the survey summaries and the health score count the same answers. */
export function screenedSurveys(ctx: JobContext, data: DailyData): ScreenedSurveys {
  const rows = data.surveys.rows.map(toSurveyRow);
  const known = new Set(data.customers.rows.map((c) => textOf(c.id)));
  return { rows, ...screenSurveys(rows, known, ctx.now.getTime()) };
}

export function refreshSurveys(
  ctx: JobContext,
  data: DailyData,
  calendar: BusinessCalendar,
  { rows, kept, leftOut }: ScreenedSurveys = screenedSurveys(ctx, data),
): SurveyRefresh {
  const { timeZone, settings } = ctx;
  const now = ctx.now.getTime();
  const problems = new Map(leftOut.map((r) => [r.id, r.problems.join('; ')] as const));
  const owners = new Map(data.customers.rows.map((c) => [textOf(c.id), textOf(c.owner)] as const));
  const churned = new Set(
    data.customers.rows.filter((c) => isChurned(textOf(c.status))).map((c) => textOf(c.id)),
  );
  const out: SurveyRefresh = {
    newRows: scheduled(ctx, data, rows),
    values: new Map(),
    alerts: [],
    sections: [],
    leftOut: '',
  };
  // A survey typed in under a record merged away is the kept customer's: one of its routine
  // surveys asks the same as the kept customer's own.
  const repeated = repeatedRoutine(
    rows.map((row) => ({ ...row, customerId: customerOf(data, row.customerId) })),
    settings.surveys.routineMonths.map(routineReason),
  );
  for (const row of rows) {
    const first = repeated.get(row.id);
    const customer = customerOf(data, row.customerId);
    // The fields the lifecycle reads, not a copy of the whole row: this runs for every survey.
    const state = surveyState(
      {
        sent: row.sent,
        responded: row.responded,
        shown: row.shown,
        churned: churned.has(customer),
        repeated: first !== undefined,
      },
      now,
      settings.surveys,
      timeZone,
    );
    const repeat =
      first === undefined || state.status !== 'Expired'
        ? []
        : [`a second ${row.reason} survey of ${customer}: ${first} asks the same, so this one closes unsent`];
    out.values.set(row.id, {
      status: state.status,
      reminderDue: state.reminderDue === null ? '' : new Date(state.reminderDue),
      closes: state.closes === null ? '' : new Date(state.closes),
      problems: [problems.get(row.id) ?? '', ...repeat].filter(Boolean).join('; '),
    });
    if (state.needsReminder) {
      out.alerts.push({
        key: alertKeys.surveyReminder(row.id),
        kind: 'Survey Reminder',
        recordId: row.id,
        customerId: row.customerId,
        message: `Survey ${row.id} (${row.reason}) has no answer yet: remind the customer. It closes ${show(state.closes, timeZone)}.`,
        owner: owners.get(customer) ?? '',
        escalatedTo: '',
        due: state.closes === null ? '' : new Date(state.closes),
        urgent: false,
      });
    }
  }
  out.leftOut = leftOutNote(leftOut);
  const summarize = (by: 'month' | 'quarter') =>
    [...groupSurveys(kept, by, timeZone)].map(
      ([period, group]) => [period, summarizeSurveys(group, now, settings.surveys, timeZone)] as const,
    );
  const months = summarize('month');
  const quarters = summarize('quarter');
  out.sections.push(
    summarySection('Satisfaction by month', months, out.leftOut, settings.surveys),
    summarySection('Satisfaction by quarter', quarters, '', settings.surveys),
  );
  const owner = leadOf(settings.people, 'Service Supervisor');
  // Months only: a quarter's average is its months' averages weighted by answers, so a low quarter
  // always has a low month, whose alert already asks for the plan. Alerting the quarter too
  // raised a second alert for the same answers (issue 7: one improvement alert per low dimension).
  // This month and the last, by the calendar: the last two months with answers could be long
  // past, and their alerts would come back each time the done ones are archived.
  const current = recentMonths(now, timeZone, 2);
  for (const [period, summary] of months.filter(([month]) => current.includes(month))) {
    for (const action of improvementActions(period, summary, now, settings.surveys, (ms, d) =>
      addWorkingDays(calendar, ms, d),
    )) {
      out.alerts.push({
        key: action.key,
        kind: 'Low Score',
        recordId: period,
        customerId: '',
        message: action.message,
        owner,
        escalatedTo: '',
        due: new Date(action.due),
        urgent: false,
      });
    }
  }
  return out;
}

const show = (ms: number | null, tz: string) => (ms === null ? '' : wallText(ms, tz));

export function toSurveyRow(r: DailyData['surveys']['rows'][number]): SurveyRow {
  return {
    id: textOf(r.id),
    customerId: textOf(r.customerId),
    reason: textOf(r.reason),
    ticketId: textOf(r.ticketId),
    sent: msOf(r.sent),
    responded: msOf(r.responded),
    shown: textOf(r.status),
    responseSpeed: r.responseSpeed,
    resolution: r.resolution,
    professionalism: r.professionalism,
    productFit: r.productFit,
    proactiveCare: r.proactiveCare,
    recommend: r.recommend,
    comments: textOf(r.comments),
  };
}

function scheduled(
  ctx: JobContext,
  data: DailyData,
  rows: readonly SurveyRow[],
): Array<Partial<Record<SurveyKey, Cell>>> {
  const { timeZone } = ctx;
  // A record merged into another has no routine surveys of its own: its history sits under the kept ID.
  const customers = data.customers.rows
    .filter((c) => !isMerged(c))
    .map((c) => ({
      id: textOf(c.id),
      status: textOf(c.status),
      contractStart:
        c.contractStart instanceof Date ? dayFromInstant(c.contractStart.getTime(), timeZone) : '',
    }));
  const tickets = data.tickets.rows.flatMap((t) => {
    // A ticket of no customer in Customers (or of a chain of merges that loops) asks no one.
    const customerId = data.customerNow.get(textOf(t.customerId));
    return customerId === undefined
      ? []
      : [
          {
            id: textOf(t.id),
            customerId,
            type: textOf(t.type),
            level: textOf(t.level),
            status: textOf(t.status),
            resolved: msOf(t.resolved),
            closed: msOf(t.closed),
          },
        ];
  });
  return surveysDue(customers, tickets, rows, ctx.settings.surveys, ctx.now.getTime(), timeZone).map((s) => ({
    customerId: s.customerId,
    reason: s.reason,
    ticketId: s.ticketId,
    due: s.due,
    status: 'Due',
  }));
}

type Fig = { value: number | null; thin: boolean };
const thin = (f: Fig) => (f.thin ? ' (thin)' : '');
/** toFixed without the sign it leaves on a value that rounds to zero from below ("-0"). */
const fixed = (value: number, digits: number) => value.toFixed(digits).replace(/^-(?=[0.]+$)/, '');
const decimal = (f: Fig, digits: number) => (f.value === null ? '' : `${fixed(f.value, digits)}${thin(f)}`);
const percent = (f: Fig) =>
  f.value === null ? '' : `${fixed(f.value * 100, percentDecimals(f.value))}%${thin(f)}`;

/** Characters of each negative comment shown: five fit a cell (50,000) with room to spare. */
const COMMENT_SHOWN = 2_000;
const COMMENTS_SHOWN = 5;

function summarySection(
  title: string,
  periods: ReadonlyArray<readonly [string, SurveySummary]>,
  note: string,
  { thinBelow, lowScore }: SurveySettings,
): Section {
  return {
    title,
    note: `Scores 1-5. CSAT: share of answers averaging 4 or more. Recommend: % of 5s minus % of 1-3s. "(thin)": under ${thinBelow} answers.${note ? ` ${note}` : ''}`,
    footer: [
      'Answers: surveys answered (Responded) in the period. Response rate: of the surveys Sent in the period and no longer awaiting an answer (Status not Sent or Reminded), the share answered. Each dimension: the average of its scores.',
      `Low: dimensions averaging under ${lowScore}. Top words: the words used most in the comments. Negative comments: the latest ${COMMENTS_SHOWN} comments of answers averaging under ${lowScore} or with Recommend ${NEGATIVE_RECOMMEND} or less.`,
    ],
    header: [
      'Period',
      'Answers',
      'Response rate',
      ...SURVEY_DIMENSIONS.map((d) => DIMENSION_LABELS[d]),
      'CSAT',
      'Recommend',
      'Low',
      'Top words',
      'Negative comments',
    ],
    rows: periods.map(([period, s]) => [
      period,
      s.responses,
      percent(s.responseRate),
      ...SURVEY_DIMENSIONS.map((d) => decimal(s.dimensions[d], 2)),
      percent(s.csat),
      decimal(s.recommendScore, 0),
      s.lowDimensions.map((d) => DIMENSION_LABELS[d]).join(', '),
      s.keywords.map((k) => `${k.keyword} (${k.count})`).join(', '),
      s.negativeComments
        .slice(0, COMMENTS_SHOWN)
        .map((c) => `${c.customerId}: ${clipped(c.comments, COMMENT_SHOWN)}`)
        .join(' | '),
    ]),
  };
}
