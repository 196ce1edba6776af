/**
 * The monthly health history: one row per scored customer a month, appended by the month's first
 * daily run that scores it (a customer entered or first scored mid-month gets its row then, so
 * next month's trend has a score to compare with), and last month's score is what the Customers
 * sheet's trend compares with.
 */
import { previousPeriod } from '../domain/periods';
import { periodOf } from '../domain/survey-groups';
import { appendRows } from '../sheets/append';
import { numberOf, textOf } from '../sheets/cell-values';
import type { Env } from '../sheets/env';
import { nextIds } from '../sheets/ids';
import { readTable, type Snapshot } from '../sheets/table';
import { HEALTH_HISTORY } from '../sheets/tables';

type HistoryKey = (typeof HEALTH_HISTORY)['columns'][number]['key'];

export interface HealthHistory {
  readonly table: Snapshot<HistoryKey>;
  readonly month: string;
  /**
   * Each customer's score last month (none when last month has no row for it). A customer with no
   * row of its own takes one written under a record since merged into it (the first such row): the
   * rows stay under the ID they were written for.
   */
  readonly lastMonth: Map<string, number>;
  /** The customers with a row for this month already, under the ID it was written for. */
  readonly recordedThisMonth: ReadonlySet<string>;
}

/** `customerOf`: the customer a row under an ID counts for now (daily-data's customerOf). */
export function readHistory(
  env: Env,
  now: Date,
  timeZone: string,
  customerOf: (customerId: string) => string,
): HealthHistory {
  const table = readTable(env.ss, HEALTH_HISTORY, { keys: ['month', 'customerId', 'score'] });
  const month = periodOf(now.getTime(), 'month', timeZone);
  const previous = previousPeriod(month);
  const lastMonth = new Map<string, number>();
  const merged = new Map<string, number>();
  const recordedThisMonth = new Set<string>();
  for (const row of table.rows) {
    const m = textOf(row.month);
    const score = numberOf(row.score);
    if (m === month) recordedThisMonth.add(textOf(row.customerId));
    // README: the change since last month's score, blank when last month has none.
    if (m !== previous || score === null) continue;
    const id = textOf(row.customerId);
    const customer = customerOf(id);
    if (customer === id) lastMonth.set(id, score);
    else if (!merged.has(customer)) merged.set(customer, score);
  }
  for (const [customer, score] of merged) if (!lastMonth.has(customer)) lastMonth.set(customer, score);
  return { table, month, lastMonth, recordedThisMonth };
}

export function recordHistory(
  env: Env,
  history: HealthHistory,
  rows: ReadonlyArray<{ customerId: string; score: number; riskLevel: string }>,
  now: Date,
): number {
  const unrecorded = rows.filter((r) => !history.recordedThisMonth.has(r.customerId));
  if (unrecorded.length === 0) return 0;
  const ids = nextIds(env, history.table.layout, unrecorded.length);
  appendRows(
    history.table.layout,
    unrecorded.map((r, i) => ({
      id: ids[i]!,
      month: history.month,
      customerId: r.customerId,
      score: r.score,
      riskLevel: r.riskLevel,
      recorded: now,
    })),
  );
  return rows.length;
}
