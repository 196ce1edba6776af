/**
 * Tickets set Resolved or Closed right in the sheet with no Solution (the sidebar refuses them):
 * one Bad Data alert to the ticket's owner, once per ticket, a day after it was done.
 */
import { alertKeys } from '../domain/alert-keys';
import { owesSolution } from '../domain/ticket-lifecycle';
import { dayFromInstant } from '../domain/zone';
import type { NewAlert } from '../sheets/alerts';
import { resolvedAtOf, textOf } from '../sheets/cell-values';
import type { DailyData } from './daily-data';
import type { JobContext } from './run';

export function missingSolutionAlerts(ctx: JobContext, data: DailyData): NewAlert[] {
  const now = ctx.now.getTime();
  return data.tickets.rows.flatMap((t) => {
    const resolvedAt = resolvedAtOf(t);
    if (!owesSolution({ solution: textOf(t.solution), resolvedAt }, now)) return [];
    const id = textOf(t.id);
    const when = dayFromInstant(resolvedAt!, ctx.timeZone);
    return [
      {
        key: alertKeys.noSolution(id),
        kind: 'Bad Data',
        recordId: id,
        customerId: textOf(t.customerId),
        message: `Ticket ${id} "${textOf(t.subject)}" was set to ${textOf(t.status)} on ${when} without a Solution: write what was done and the result in its Solution cell, then mark this alert Done.`,
        owner: textOf(t.owner),
        escalatedTo: '',
        due: '',
        urgent: false,
      },
    ];
  });
}
