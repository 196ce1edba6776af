/**
 * Win-back tracking in the daily job: a check that passed with no outcome raises one alert for
 * its owner, and the Dashboard shows the at-risk count, the open win-backs past their Expected
 * Completion and the customers saved and lost this quarter.
 */
import { alertKeys } from '../domain/alert-keys';
import { isOpenWinBack } from '../domain/records/win-back';
import { leadOf } from '../domain/routing';
import { someOf } from '../domain/some-of';
import { periodOf } from '../domain/survey-groups';
import { reactionCheckDue, reactionChecks } from '../domain/win-back-checks';
import { dayFromInstant } from '../domain/zone';
import type { NewAlert } from '../sheets/alerts';
import { msOf, textOf } from '../sheets/cell-values';
import { readTable } from '../sheets/table';
import { WIN_BACKS } from '../sheets/tables';
import { customerOf, type DailyData } from './daily-data';
import type { Section } from './dashboard-sections';
import type { JobContext } from './run';

const OUTCOMES = ['Won Back', 'Lost'];

type WinBackRow = ReturnType<typeof readWinBacks>['rows'][number];

const readWinBacks = (ctx: JobContext) =>
  readTable(ctx.env.ss, WIN_BACKS, {
    keys: ['customerId', 'started', 'owner', 'checkBy', 'expectedCompletion', 'outcome', 'outcomeAt'],
  });

export function refreshWinBacks(
  ctx: JobContext,
  data: Pick<DailyData, 'customerNow'>,
  atRisk: number,
): { alerts: NewAlert[]; section: Section } {
  const { rows } = readWinBacks(ctx);
  const now = ctx.now.getTime();
  // A win-back typed in under a record merged away is the kept customer's.
  const customer = (r: WinBackRow) => customerOf(data, textOf(r.customerId));
  const openRows = rows.filter((r) => isOpenWinBack(textOf(r.outcome)));
  // Overdue once the day itself has passed: a win-back is not late on the morning it should be done.
  const today = dayFromInstant(now, ctx.timeZone);
  const overdue = openRows.filter((r) => {
    const expected = msOf(r.expectedCompletion);
    return expected !== null && dayFromInstant(expected, ctx.timeZone) < today;
  }).length;
  const quarter = periodOf(now, 'quarter', ctx.timeZone);
  const outcomes = quarterOutcomes(ctx, rows, customer, quarter);
  // An outcome typed into the sheet gets no date stamped: its quarter is unknown, so it is named.
  const undated = rows.filter(
    (r) => OUTCOMES.includes(textOf(r.outcome)) && msOf(r.outcomeAt) === null,
  ).length;
  return {
    alerts: checkAlerts(ctx, openRows, customer),
    section: {
      title: `Churn and win-back (${quarter})`,
      header: [
        'At-risk customers',
        'Win-backs open',
        'Win-backs overdue',
        'Saved this quarter',
        'Lost this quarter',
      ],
      rows: [[atRisk, openRows.length, overdue, outcomes.get('Won Back') ?? 0, outcomes.get('Lost') ?? 0]],
      footer: [
        'At-risk customers: as above. Win-backs open: Win-backs rows with Outcome Open or empty. Win-backs overdue: open ones whose Expected Completion day has passed. Saved / Lost this quarter: customers whose latest outcome with an Outcome Date in the quarter is Won Back / Lost (one lost, then won back, is counted once, as saved).',
        ...(undated > 0
          ? [
              `Outcome Won Back or Lost without an Outcome Date: ${undated}, counted in no quarter; add the date.`,
            ]
          : []),
      ],
    },
  };
}

/** The reaction checks that passed with no outcome: one alert per customer (reactionChecks). */
function checkAlerts(
  ctx: JobContext,
  openRows: readonly WinBackRow[],
  customer: (r: WinBackRow) => string,
): NewAlert[] {
  const days = ctx.settings.health.winBackCheckDays;
  const open = openRows.map((row) => {
    // A row typed in with only its start is checked when the sidebar would have set it.
    const started = msOf(row.started);
    const checkBy =
      msOf(row.checkBy) ?? (started === null ? null : reactionCheckDue(started, days, ctx.timeZone));
    return { row, id: textOf(row.id), customerId: customer(row), checkBy };
  });
  return reactionChecks(open, ctx.now.getTime()).map(({ check, alsoOpen }) => ({
    key: alertKeys.winBackCheck(check.id),
    kind: 'Follow-up Overdue',
    recordId: check.id,
    customerId: check.customerId,
    message: `Win-back ${check.id}: check how ${check.customerId} reacted to the measures and record the outcome.${alsoOpenWords(alsoOpen, check.customerId)}`,
    owner: textOf(check.row.owner),
    // The reaction check missed: escalated, as every missed target is (DOMAIN.md).
    escalatedTo: leadOf(ctx.settings.people, 'Sales'),
    due: new Date(check.checkBy!),
    urgent: false,
  }));
}

/** Customers by their latest outcome of the quarter: one lost, then won back, counts once, as saved. */
function quarterOutcomes(
  ctx: JobContext,
  rows: readonly WinBackRow[],
  customer: (r: WinBackRow) => string,
  quarter: string,
): Map<string, number> {
  const latest = new Map<string, { at: number; outcome: string }>();
  for (const r of rows) {
    const outcome = textOf(r.outcome);
    const at = msOf(r.outcomeAt);
    if (!OUTCOMES.includes(outcome) || at === null || periodOf(at, 'quarter', ctx.timeZone) !== quarter)
      continue;
    const who = customer(r) || textOf(r.id);
    if ((latest.get(who)?.at ?? Number.NEGATIVE_INFINITY) <= at) latest.set(who, { at, outcome });
  }
  const counts = new Map<string, number>();
  for (const { outcome } of latest.values()) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  return counts;
}

/** " Win-back W-00002 is open for C-0001 too: record its outcome as well." ('' when none). */
function alsoOpenWords(ids: readonly string[], customerId: string): string {
  if (ids.length === 0) return '';
  const one = ids.length === 1;
  return ` Win-back${one ? '' : 's'} ${someOf(ids, 5)} ${one ? 'is' : 'are'} open for ${customerId} too: record ${one ? 'its outcome' : 'their outcomes'} as well.`;
}
