/**
 * A missed at-risk analysis (DOMAIN.md: the analysis starts within 24 hours of the warning, and a
 * missed target is escalated to the supervisor). An At Risk alert still Open after its Due raises
 * one Follow-up Overdue alert for the same owner, escalated to the Service Supervisor (the first
 * manager when there is none). Marking the At Risk alert Done as the analysis starts prevents it.
 */
import { leadOf } from '../domain/routing';
import { wallFromInstant } from '../domain/zone';
import type { AlertsTable, NewAlert } from '../sheets/alerts';
import { msOf, textOf } from '../sheets/cell-values';
import { fillIn } from '../sheets/fill-in';
import { AT_RISK_KEY } from './customers-daily';
import type { JobContext } from './run';

export function missedAnalyses(ctx: JobContext, alerts: AlertsTable): NewAlert[] {
  const now = ctx.now.getTime();
  const lead = leadOf(ctx.settings.people, 'Service Supervisor');
  // Only the open warnings are read further (their key says what they are).
  const open = alerts.rows.filter((a) => a.status === 'Open' && textOf(a.key).startsWith(AT_RISK_KEY));
  return fillIn(alerts, open, ['customerId', 'owner', 'due']).flatMap((a) => {
    const due = msOf(a.due);
    if (due === null || due >= now) return [];
    const customerId = textOf(a.customerId);
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
