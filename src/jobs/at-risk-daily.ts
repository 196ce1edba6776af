/**
 * A missed at-risk analysis (DOMAIN.md: the analysis starts within 24 hours of the warning, and a
 * missed target is escalated to the supervisor). An At Risk alert still Open after its Due raises
 * one Follow-up Overdue alert for the same owner, escalated to the Service Supervisor (the first
 * manager when there is none). Marking the At Risk alert Done as the analysis starts prevents it.
 * The hourly job checks, so the escalation comes within the hour after the due time, not at the
 * next daily run (a day late); the daily job checks too.
 */
import { leadOf } from '../domain/routing';
import { HOUR_MS, instantFromWallMs, wallText } from '../domain/zone';
import { type AlertKey, type AlertsTable, type NewAlert, raisedKeys } from '../sheets/alerts';
import { msOf, textOf } from '../sheets/cell-values';
import { fillIn } from '../sheets/fill-in';
import type { Row } from '../sheets/table';
import { AT_RISK_KEY } from './customers-daily';
import { lastOutcomes } from './outcome';
import type { JobContext } from './run';

type Warning = Row<AlertKey>;

/**
 * `goneOf`: of the customers named, those with nothing left to analyse (merged into another, or
 * Churned since the warning: the customer has left), asked for only when an analysis was missed.
 * `worthReading` picks the open warnings whose cells are read (mayBeDue for the hourly job).
 */
export function missedAnalyses(
  ctx: JobContext,
  alerts: AlertsTable,
  goneOf: (customerIds: ReadonlySet<string>) => ReadonlySet<string>,
  worthReading: (warning: Warning) => boolean = () => true,
): NewAlert[] {
  const now = ctx.now.getTime();
  const escalated = raisedKeys(alerts);
  const missed = openWarnings(alerts, (a) => !escalated.has(missedKey(a)) && worthReading(a)).filter(
    (a) => (msOf(a.due) ?? now) < now,
  );
  if (missed.length === 0) return [];
  const gone = goneOf(new Set(missed.map(warnedAbout)));
  const lead = leadOf(ctx.settings.people, 'Service Supervisor');
  return missed.flatMap((a) => {
    // A warning about a record merged since (its alert moved to the kept customer) is about a
    // record no longer scored: the kept one is scored afresh and warned about on its own.
    if (gone.has(warnedAbout(a))) return [];
    const customerId = textOf(a.customerId);
    const due = msOf(a.due)!;
    const when = wallText(due, ctx.timeZone);
    return [
      {
        key: missedKey(a),
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

const missedKey = (warning: Warning) => `analysis-missed:${textOf(warning.id)}`;

/** The customer an At Risk warning was raised about, from its key (at-risk:<customer>:<day>). */
const warnedAbout = (warning: Warning) =>
  textOf(warning.key).slice(AT_RISK_KEY.length, textOf(warning.key).lastIndexOf(':'));

/**
 * Whether a warning may be due by now, from its key alone: raised on the day its key names, it is
 * due no sooner than that day's start plus the analysis hours. The hourly job reads only these, so
 * the warnings of the day's run cost it nothing; the daily job reads them all (the hours may have
 * been set longer since a warning was raised).
 */
export function mayBeDue(ctx: JobContext): (warning: Warning) => boolean {
  const soonest = ctx.now.getTime() - ctx.settings.health.analysisHours * HOUR_MS;
  return (warning) => {
    const day = textOf(warning.key).slice(textOf(warning.key).lastIndexOf(':') + 1);
    const start = Date.parse(`${day}T00:00:00Z`);
    return Number.isNaN(start) || instantFromWallMs(start, ctx.timeZone) < soonest;
  };
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
    openWarnings(alerts, () => true)
      .filter((a) => (msOf(a.raised) ?? Number.POSITIVE_INFINITY) >= lastRun)
      .map(warnedAbout),
  );
  return warnings.filter((w) => w.kind !== 'At Risk' || !warned.has(w.customerId));
}

/**
 * The At Risk alerts still Open (their key says what they are: at-risk:<customer>:<day>) that
 * `also` picks, with the cells the checks above read: only these rows are read further.
 */
function openWarnings(alerts: AlertsTable, also: (warning: Warning) => boolean): Warning[] {
  return fillIn(
    alerts,
    alerts.rows.filter((a) => a.status === 'Open' && textOf(a.key).startsWith(AT_RISK_KEY) && also(a)),
    ['customerId', 'owner', 'due', 'raised'],
  );
}
