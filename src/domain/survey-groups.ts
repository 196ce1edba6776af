/**
 * Surveys grouped for the summary. A month or quarter is the spreadsheet's calendar, whatever zone
 * the script runs in. An answer counts in the period it was given; a survey counts towards the
 * response rate of the period it was sent in.
 */
import type { SurveyRow } from './survey-rows';
import type { SurveyGroup } from './survey-summary';
import { DAY_MS, wallMsFromInstant } from './zone';

/** 'YYYY-MM' and 'YYYY-Qn' of each wall day (days since 1970) asked for. */
const periodsOfDay = new Map<number, { month: string; quarter: string }>();

export type Grouping = 'month' | 'quarter' | 'customer';

/** '2026-03' for a month, '2026-Q1' for a quarter, in the spreadsheet's zone. */
export function periodOf(ms: number, by: 'month' | 'quarter', timeZone: string): string {
  // The dashboard asks for the period of 200,000 interactions and more: each wall day's are kept.
  const day = Math.floor(wallMsFromInstant(ms, timeZone) / DAY_MS);
  let periods = periodsOfDay.get(day);
  if (periods === undefined) {
    const month = new Date(day * DAY_MS).toISOString().slice(0, 7);
    periods = { month, quarter: `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5)) / 3)}` };
    periodsOfDay.set(day, periods);
  }
  return periods[by];
}

/** Groups in key order (oldest period first; customers by ID). */
export function groupSurveys(
  rows: readonly SurveyRow[],
  by: Grouping,
  timeZone: string,
): Map<string, SurveyGroup> {
  const keyOf = (row: SurveyRow, ms: number) =>
    by === 'customer' ? row.customerId : periodOf(ms, by, timeZone);
  const groups = new Map<string, { responses: SurveyRow[]; sent: SurveyRow[] }>();
  const group = (key: string) => {
    const found = groups.get(key) ?? { responses: [], sent: [] };
    groups.set(key, found);
    return found;
  };
  for (const row of rows) {
    if (row.responded !== null) group(keyOf(row, row.responded)).responses.push(row);
    if (row.sent !== null) group(keyOf(row, row.sent)).sent.push(row);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
