/**
 * A Surveys row as the survey rules read it, and the checks a hand-entered row must pass before
 * its answers count. The sidebar rejects bad answers outright; a person typing straight into the
 * sheet is not stopped, so the daily job names such rows and leaves them out of the figures.
 */
import { SURVEY_DIMENSIONS } from './records/survey';
import { someOf } from './some-of';
import { isAhead } from './zone';

export type SurveyDimension = (typeof SURVEY_DIMENSIONS)[number];

/** The sheet's header for each dimension, used in messages. */
export const DIMENSION_LABELS: Readonly<Record<SurveyDimension, string>> = {
  responseSpeed: 'Response Speed',
  resolution: 'Resolution',
  professionalism: 'Professionalism',
  productFit: 'Product Fit',
  proactiveCare: 'Proactive Care',
};

/**
 * Times are epoch ms (null when empty). Scores are the cells as read: '' when blank, and anything
 * a person typed, until surveyRowProblems has passed the row.
 */
export interface SurveyRow extends Readonly<Record<SurveyDimension, unknown>> {
  readonly id: string;
  readonly customerId: string;
  readonly reason: string;
  readonly ticketId: string;
  readonly sent: number | null;
  readonly responded: number | null;
  /** Status as the sheet shows it. */
  readonly shown: string;
  readonly recommend: unknown;
  readonly comments: string;
}

/** A score that counts: a whole number from 1 to 5. */
export const scoreOf = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5 ? value : null;

const SCORED: readonly [keyof SurveyRow, string][] = [
  ...SURVEY_DIMENSIONS.map((d): [SurveyDimension, string] => [d, DIMENSION_LABELS[d]]),
  ['recommend', 'Recommend'],
];

function customerProblems(customerId: string, known: ReadonlySet<string>): string[] {
  if (customerId === '') return ['Customer ID is empty'];
  return known.has(customerId) ? [] : [`customer ${customerId} is not in Customers`];
}

/** What is wrong with a row, in words a person can act on; empty when nothing is. */
export function surveyRowProblems(
  row: SurveyRow,
  knownCustomerIds: ReadonlySet<string>,
  now: number,
): string[] {
  const badScores = SCORED.filter(([key]) => row[key] !== '' && scoreOf(row[key]) === null).map(
    ([key, label]) => `${label} is "${String(row[key])}", not a whole number from 1 to 5`,
  );
  return [
    ...badScores,
    ...customerProblems(row.customerId, knownCustomerIds),
    // An answer counts in the month it was given: without that time it would count nowhere, unsaid.
    ...(row.responded === null && SCORED.some(([key]) => row[key] !== '')
      ? ['answers are in but Responded is empty: enter when the customer answered']
      : []),
    ...(row.sent !== null && row.responded !== null && row.responded < row.sent
      ? ['Responded is before Sent']
      : []),
    // A year typed wrong would make it the customer's latest answer for years, or hold the survey
    // Sent for a year, with no reminder and no closing.
    ...(row.sent !== null && isAhead(row.sent, now) ? ['Sent is in the future'] : []),
    ...(row.responded !== null && isAhead(row.responded, now) ? ['Responded is in the future'] : []),
  ];
}

export interface LeftOutRow {
  readonly id: string;
  readonly problems: readonly string[];
}

/** Splits rows into those whose answers count and those left out, with the reasons. */
export function screenSurveys(
  rows: readonly SurveyRow[],
  knownCustomerIds: ReadonlySet<string>,
  now: number,
): { kept: SurveyRow[]; leftOut: LeftOutRow[] } {
  const kept: SurveyRow[] = [];
  const leftOut: LeftOutRow[] = [];
  for (const row of rows) {
    const problems = surveyRowProblems(row, knownCustomerIds, now);
    if (problems.length === 0) kept.push(row);
    else leftOut.push({ id: row.id, problems });
  }
  return { kept, leftOut };
}

/** "2 rows left out: S-00003 (Recommend is "6", …); S-00007 (…)", or '' when none were. */
export function leftOutNote(leftOut: readonly LeftOutRow[]): string {
  if (leftOut.length === 0) return '';
  const rows = leftOut.length === 1 ? '1 row' : `${leftOut.length} rows`;
  return `${rows} left out: ${someOf(
    leftOut.map((r) => `${r.id} (${r.problems.join('; ')})`),
    10,
    '; ',
  )}`;
}
