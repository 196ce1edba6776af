/**
 * Win-back tracking in the daily job: a check that passed with no outcome raises one alert for
 * its owner, and the Dashboard shows the at-risk count, the open win-backs past their Expected
 * Completion and the customers saved and lost this quarter.
 */
import { isOpenWinBack } from '../domain/records/win-back';
import { leadOf } from '../domain/routing';
import { someOf } from '../domain/some-of';
import { periodOf } from '../domain/survey-groups';
import { reactionChecks } from '../domain/win-back-checks';
import { addCalendarDays, wallFromInstant } from '../domain/zone';
import type { NewAlert } from '../sheets/alerts';
import { msOf, textOf } from '../sheets/cell-values';
import { readTable } from '../sheets/table';
import { WIN_BACKS } from '../sheets/tables';
import { customerOf, type DailyData } from './daily-data';
import type { Section } from './dashboard-sections';
import type { JobContext } from './run';

const OUTCOMES = ['Won Back', 'Lost'];

export function refreshWinBacks(
  ctx: JobContext,
  data: Pick<DailyData, 'customerNow'>,
  atRisk: number,
): { alerts: NewAlert[]; section: Section } {
  const table = readTable(ctx.env.ss, WIN_BACKS, {
    keys: ['customerId', 'started', 'owner', 'checkBy', 'expectedCompletion', 'outcome', 'outcomeAt'],
  });
  const now = ctx.now.getTime();
  // A win-back typed in under a record merged away is the kept customer's.
  const customer = (r: (typeof table.rows)[number]) => customerOf(data, textOf(r.customerId));
  const openRows = table.rows.filter((r) => isOpenWinBack(textOf(r.outcome)));
  // A row typed in with only its start is checked when the sidebar would have set it (win-backs.ts).
  const checkByOf = (r: (typeof openRows)[number]): number | null => {
    const started = msOf(r.started);
    return (
      msOf(r.checkBy) ??
      (started === null ? null : addCalendarDays(started, ctx.settings.health.winBackCheckDays, ctx.timeZone))
    );
  };
  // Overdue once the day itself has passed: a win-back is not late on the morning it should be done.
  const dayOf = (ms: number) => wallFromInstant(ms, ctx.timeZone).slice(0, 10);
  const overdue = openRows.filter((r) => {
    const expected = msOf(r.expectedCompletion);
    return expected !== null && dayOf(expected) < dayOf(now);
  }).length;
  const quarter = periodOf(now, 'quarter', ctx.timeZone);
  const inQuarter = (ms: number | null) => ms !== null && periodOf(ms, 'quarter', ctx.timeZone) === quarter;
  const open = openRows.map((row) => ({
    row,
    id: textOf(row.id),
    customerId: customer(row),
    checkBy: checkByOf(row),
  }));
  const alerts: NewAlert[] = reactionChecks(open, now).map(({ check, alsoOpen }) => {
    return {
      key: `win-back-check:${check.id}`,
      kind: 'Follow-up Overdue',
      recordId: check.id,
      customerId: check.customerId,
      message: `Win-back ${check.id}: check how ${check.customerId} reacted to the measures and record the outcome.${alsoOpenWords(alsoOpen, check.customerId)}`,
      owner: textOf(check.row.owner),
      // The reaction check missed: escalated, as every missed target is (DOMAIN.md).
      escalatedTo: leadOf(ctx.settings.people, 'Sales'),
      due: new Date(check.checkBy!),
      urgent: false,
    };
  });
  // Each customer once, by the latest outcome of the quarter: one lost, then won back, is saved.
  const latest = new Map<string, { at: number; outcome: string }>();
  for (const r of table.rows) {
    const outcome = textOf(r.outcome);
    const at = msOf(r.outcomeAt);
    if (!OUTCOMES.includes(outcome) || at === null || !inQuarter(at)) continue;
    const who = customer(r) || textOf(r.id);
    if ((latest.get(who)?.at ?? Number.NEGATIVE_INFINITY) <= at) latest.set(who, { at, outcome });
  }
  const count = (outcome: string) => [...latest.values()].filter((c) => c.outcome === outcome).length;
  // An outcome typed into the sheet gets no date stamped: its quarter is unknown, so it is named.
  const undated = table.rows.filter(
    (r) => OUTCOMES.includes(textOf(r.outcome)) && msOf(r.outcomeAt) === null,
  ).length;
  return {
    alerts,
    section: {
      title: `Churn and win-back (${quarter})`,
      header: [
        'At-risk customers',
        'Win-backs open',
        'Win-backs overdue',
        'Saved this quarter',
        'Lost this quarter',
      ],
      rows: [[atRisk, openRows.length, overdue, count('Won Back'), count('Lost')]],
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

/** " Win-back W-00002 is open for C-0001 too: record its outcome as well." ('' when none). */
function alsoOpenWords(ids: readonly string[], customerId: string): string {
  if (ids.length === 0) return '';
  const one = ids.length === 1;
  return ` Win-back${one ? '' : 's'} ${someOf(ids, 5)} ${one ? 'is' : 'are'} open for ${customerId} too: record ${one ? 'its outcome' : 'their outcomes'} as well.`;
}
