/**
 * The weekly bad-ratings alert: each daily run looks at the last two complete weeks (Monday to
 * Sunday); a department whose rated tickets were Dissatisfied more often than the setting gets one
 * Low Score alert for its supervisor (the first manager when it has none), once per week.
 */
import { badRatingsOver } from '../domain/bad-ratings';
import { weekOf } from '../domain/periods';
import { departmentOf, leadOf } from '../domain/routing';
import { someOf } from '../domain/some-of';
import type { NewAlert } from '../sheets/alerts';
import { resolvedAtOf, textOf } from '../sheets/cell-values';
import type { DailyData } from './daily-data';
import type { JobContext } from './run';

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/**
 * The week before last too: a week no daily run looked back on (the schedule stopped for a week)
 * still gets its alert. Older weeks are history (ALERT_LOOKBACK_MS).
 */
const WEEKS_BACK = [-2, -1];

export function badRatingAlerts(ctx: JobContext, data: DailyData): NewAlert[] {
  const limit = ctx.settings.surveys.badRatingShare;
  const tickets = data.tickets.rows.map((t) => ({
    id: textOf(t.id),
    department: departmentOf(textOf(t.department), textOf(t.type)),
    rating: textOf(t.rating),
    // A ticket reopened since is not resolved, whatever stamp it still carries (as on the Dashboard).
    resolved: resolvedAtOf(t),
  }));
  return WEEKS_BACK.map((offset) => weekOf(ctx.now.getTime(), ctx.timeZone, offset)).flatMap((week) =>
    badRatingsOver(tickets, week, limit).map(({ department, rated, bad }) => ({
      key: `bad-ratings:${department}:${week.monday}`,
      kind: 'Low Score',
      recordId: week.monday,
      customerId: '',
      message:
        `${department || 'Tickets without a department'}: ${bad.length} of ${rated} rated tickets resolved ` +
        `${week.monday} to ${week.sunday} were rated Dissatisfied (${percent(bad.length / rated)}, over the ` +
        `${percent(limit)} alert level): ${someOf(bad, 20)}.`,
      owner: leadOf(ctx.settings.people, department),
      escalatedTo: '',
      due: '',
      urgent: false,
    })),
  );
}
