/**
 * The figures of a group of surveys (a month, a quarter, a customer): how many answered, the
 * average per dimension, CSAT, the recommend score, the low dimensions, what the comments keep
 * saying and the negative ones. Rows must have passed screenSurveys; a blank score is a question
 * the customer skipped (a survey asks 3 to 5 dimensions) and counts nowhere.
 */
import { type KeywordCount, topKeywords } from './keywords';
import { SURVEY_DIMENSIONS } from './records/survey';
import { isAwaiting, surveyState } from './survey-lifecycle';
import { type SurveyDimension, type SurveyRow, scoreOf } from './survey-rows';
import type { SurveySettings } from './survey-settings';

/** A number with the count it rests on; thin when that count is under the thin-sample setting. */
export interface Figure {
  /** null when nothing to compute it from. */
  readonly value: number | null;
  readonly count: number;
  readonly thin: boolean;
}

/** Surveys answered in the group, and surveys sent in it (the base of the response rate). */
export interface SurveyGroup {
  readonly responses: readonly SurveyRow[];
  readonly sent: readonly SurveyRow[];
}

export interface NegativeComment {
  readonly surveyId: string;
  readonly customerId: string;
  readonly comments: string;
}

export interface SurveySummary {
  readonly responses: number;
  /** Share (0-1) of the surveys sent that were answered, among those no longer open. */
  readonly responseRate: Figure;
  /** Average score (1-5) per dimension. */
  readonly dimensions: Readonly<Record<SurveyDimension, Figure>>;
  /** Share (0-1) of responses whose own dimension average is 4 or more. */
  readonly csat: Figure;
  /** % promoters (5) minus % detractors (1-3), in points from -100 to 100. */
  readonly recommendScore: Figure;
  /** Dimensions averaging under the low-score setting. */
  readonly lowDimensions: readonly SurveyDimension[];
  readonly keywords: readonly KeywordCount[];
  /** Newest first. */
  readonly negativeComments: readonly NegativeComment[];
}

const TOP_KEYWORDS = 10;
/** A recommend score this low marks a comment negative whatever the dimensions say. */
export const NEGATIVE_RECOMMEND = 2;

const mean = (xs: readonly number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
const share = (xs: readonly boolean[]) => mean(xs.map((x) => (x ? 1 : 0)));
const present = <T>(x: T | null): x is T => x !== null;
/** The counted scores in one column. */
const scores = (rows: readonly SurveyRow[], key: SurveyDimension | 'recommend') =>
  rows.map((r) => scoreOf(r[key])).filter(present);

function figure(value: number | null, count: number, settings: SurveySettings): Figure {
  return { value, count, thin: count < settings.thinBelow };
}

/** The mean of one response's answered dimensions (a loop: it runs for every answer, several times a day). */
export function responseAverage(row: SurveyRow): number | null {
  let sum = 0;
  let count = 0;
  for (const d of SURVEY_DIMENSIONS) {
    const score = scoreOf(row[d]);
    if (score !== null) {
      sum += score;
      count++;
    }
  }
  return count === 0 ? null : sum / count;
}

function recommendScore(rows: readonly SurveyRow[], settings: SurveySettings): Figure {
  const recommend = scores(rows, 'recommend');
  const promoters = share(recommend.map((s) => s === 5));
  const detractors = share(recommend.map((s) => s <= 3));
  const points = promoters === null || detractors === null ? null : (promoters - detractors) * 100;
  return figure(points, recommend.length, settings);
}

/**
 * The share of sent surveys that were answered. One still open (unanswered, not yet closed) has no
 * outcome yet and is left out, so the current month does not look unanswered.
 */
function responseRate(
  sent: readonly SurveyRow[],
  now: number,
  settings: SurveySettings,
  timeZone: string,
): Figure {
  const settled = sent.filter((r) => !isAwaiting(surveyState(r, now, settings, timeZone).status));
  return figure(share(settled.map((r) => r.responded !== null)), settled.length, settings);
}

function isNegative(row: SurveyRow, average: number | null, settings: SurveySettings): boolean {
  const recommend = scoreOf(row.recommend);
  return (
    (average !== null && average < settings.lowScore) ||
    (recommend !== null && recommend <= NEGATIVE_RECOMMEND)
  );
}

/** `averages`: each row's responseAverage, worked out once for CSAT and for this. */
function negativeComments(
  rows: readonly SurveyRow[],
  averages: readonly (number | null)[],
  settings: SurveySettings,
): NegativeComment[] {
  return rows
    .filter((r, i) => r.comments.trim() !== '' && isNegative(r, averages[i]!, settings))
    .sort((a, b) => (b.responded ?? 0) - (a.responded ?? 0))
    .map((r) => ({ surveyId: r.id, customerId: r.customerId, comments: r.comments.trim() }));
}

/** CSAT and the recommend score of a group's answers: all the Dashboard's figures and chart need. */
export function satisfaction(responses: readonly SurveyRow[], settings: SurveySettings) {
  return satisfactionOf(responses, responses.map(responseAverage), settings);
}

function satisfactionOf(
  responses: readonly SurveyRow[],
  rowAverages: readonly (number | null)[],
  settings: SurveySettings,
): Pick<SurveySummary, 'csat' | 'recommendScore'> {
  const averages = rowAverages.filter(present);
  return {
    csat: figure(share(averages.map((a) => a >= 4)), averages.length, settings),
    recommendScore: recommendScore(responses, settings),
  };
}

/** `timeZone`: the spreadsheet's, whose calendar says when a survey closes. */
export function summarizeSurveys(
  group: SurveyGroup,
  now: number,
  settings: SurveySettings,
  timeZone: string,
): SurveySummary {
  const { responses } = group;
  const dimensions = Object.fromEntries(
    SURVEY_DIMENSIONS.map((d) => {
      const answered = scores(responses, d);
      return [d, figure(mean(answered), answered.length, settings)];
    }),
  ) as Record<SurveyDimension, Figure>;
  const averages = responses.map(responseAverage);
  return {
    responses: responses.length,
    responseRate: responseRate(group.sent, now, settings, timeZone),
    dimensions,
    ...satisfactionOf(responses, averages, settings),
    lowDimensions: SURVEY_DIMENSIONS.filter((d) => {
      const average = dimensions[d].value;
      return average !== null && average < settings.lowScore;
    }),
    keywords: topKeywords(
      responses.map((r) => r.comments),
      TOP_KEYWORDS,
    ),
    negativeComments: negativeComments(responses, averages, settings),
  };
}
