/**
 * A missed at-risk analysis (DOMAIN.md: the analysis starts within 24 hours of the warning, and a
 * missed target is escalated to the supervisor). An At Risk alert still Open after its Due raises
 * one Follow-up Overdue alert for the same owner, escalated to the Service Supervisor (the first
 * manager when there is none). Marking the At Risk alert Done as the analysis starts prevents it.
 */
import { leadOf } from '../domain/routing';
import { wallFromInstant } from '../domain/zone';
import type { AlertsTable, NewAlert } from '../sheets/alerts';
import { isMerged, msOf, textOf } from '../sheets/cell-values';
import { fillIn } from '../sheets/fill-in';
import { AT_RISK_KEY } from './customers-daily';
import type { DailyData } from './daily-data';
import { lastOutcomes } from './outcome';
import type { JobContext } from './run';

export function missedAnalyses(ctx: JobContext, alerts: AlertsTable, data: DailyData): NewAlert[] {
  const now = ctx.now.getTime();
  // A customer merged into another is no customer of its own: nothing left to analyse.
  const merged = new Set(data.customers.rows.filter(isMerged).map((r) => textOf(r.id)));
  const lead = leadOf(ctx.settings.people, 'Service Supervisor');
  return openWarnings(alerts).flatMap((a) => {
    const due = msOf(a.due);
    const customerId = textOf(a.customerId);
    if (due === null || due >= now || merged.has(customerId)) return [];
    const when = wallFromInstant(due, ctx.timeZone).replace('T', ' ');
    return [
      {
        key: `analysis-missed:${textOf(a.id)}`,
        kind: 'Follow-up Overdue',
        recordId: customerId,
        customerId,
        message: `The analysis of at-risk customer ${customerId} (alert ${textOf(a.id)}) was due ${when} and has not started: mark that alert Done when it does.`,
        owner: textOf(a.owner),
        escalatedTo: lead,
        due: new Date(due),
        urgent: false,
      },
    ];
  });
}

/**
 * A fall into risk is warned about once. A run that died after raising the warning, before it
 * wrote the Risk Level the warning came from, decides the same on the next run, which may fall on
 * another day (a new key): an At Risk alert still Open for the customer, raised by the last daily
 * run or after it (a run Apps Script stopped records no outcome), says it was given. One raised
 * before the last run is about an earlier fall: the Risk Level that run wrote says the customer
 * recovered since, and a new fall is news (README, "Warning and trend").
 */
export function notWarnedYet(
  ctx: JobContext,
  warnings: readonly NewAlert[],
  alerts: AlertsTable,
): NewAlert[] {
  const last = lastOutcomes(ctx.env).daily;
  const lastRun = last ? Date.parse(last.at) : Number.NEGATIVE_INFINITY;
  const warned = new Set(
    openWarnings(alerts)
      .filter((a) => (msOf(a.raised) ?? Number.POSITIVE_INFINITY) >= lastRun)
      .map((a) => textOf(a.key).slice(AT_RISK_KEY.length, textOf(a.key).lastIndexOf(':'))),
  );
  return warnings.filter((w) => w.kind !== 'At Risk' || !warned.has(w.customerId));
}

/**
 * The At Risk alerts still Open (their key says what they are: at-risk:<customer>:<day>), with the
 * cells the checks above read: only these rows are read further.
 */
const openWarnings = (alerts: AlertsTable) =>
  fillIn(
    alerts,
    alerts.rows.filter((a) => a.status === 'Open' && textOf(a.key).startsWith(AT_RISK_KEY)),
    ['customerId', 'owner', 'due', 'raised'],
  );
