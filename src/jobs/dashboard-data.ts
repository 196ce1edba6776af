/**
 * The Dashboard's input from the daily read (daily-data.ts), plus the few ticket columns that read
 * leaves out (Acknowledged, Paused Minutes, Subject, Description), read once more by ID. The daily
 * job passes what it has just computed (risk levels, follow-up and survey statuses) so the
 * Dashboard shows this run's values, not the ones the sheet held before it.
 */
import type { BusinessCalendar } from '../domain/calendar';
import type { BoardCustomer, BoardInput, BoardTicket } from '../domain/dashboard-figures';
import { needsRefresh } from '../domain/record-refresh';
import { screenSurveys } from '../domain/survey-rows';
import type { ProblemTicket } from '../domain/weekly-problems';
import { enteredNumberOf, isMerged, msOf, refreshedRecordOf, textOf } from '../sheets/cell-values';
import type { Cell } from '../sheets/table';
import { customerOf, type DailyData } from './daily-data';
import type { JobContext } from './run';
import { toSurveyRow } from './surveys-daily';

type Changes = ReadonlyMap<string, Readonly<Record<string, Cell | undefined>>>;

/** This run's computed values, keyed by record ID; absent on an on-demand refresh. */
export interface Fresh {
  readonly customers?: Changes;
  readonly surveys?: Changes;
  /** Surveys scheduled by this run (appended with Status Due). */
  readonly newSurveys?: number;
}

export interface DashboardData {
  readonly board: BoardInput;
  readonly problems: ProblemTicket[];
}

export function dashboardData(
  ctx: JobContext,
  data: DailyData,
  calendar: BusinessCalendar,
  fresh: Fresh = {},
): DashboardData {
  const pick = (changes: Changes | undefined, id: string, key: string, cell: Cell) =>
    changes?.get(id)?.[key] ?? cell;
  // A record merged into another is no customer of its own (until the daily job clears it, it
  // still shows the risk and follow-up it had): counted once, under the record it was merged into.
  const customers: BoardCustomer[] = data.customers.rows
    .filter((c) => !isMerged(c))
    .map((c) => {
      const id = textOf(c.id);
      return {
        id,
        owner: textOf(c.owner),
        riskLevel: textOf(pick(fresh.customers, id, 'riskLevel', c.riskLevel)),
        followUpStatus: textOf(pick(fresh.customers, id, 'followUpStatus', c.followUpStatus)),
        refreshDue: needsRefresh(
          refreshedRecordOf(c),
          ctx.now.getTime(),
          ctx.settings.followUps.recordRefreshDays,
        ),
      };
    });
  // A ticket or interaction typed in under a record merged away is the kept customer's: its tier
  // (a VIP's 7x24 clock) and its owner.
  const customerRows = new Map(data.customers.rows.map((c) => [textOf(c.id), c] as const));
  const customerAt = (id: Cell) => customerRows.get(customerOf(data, textOf(id)));
  const tierOf = (id: Cell) => textOf(customerAt(id)?.tier ?? '');
  const ownerOf = (id: Cell) => textOf(customerAt(id)?.owner ?? '');
  const tickets: BoardTicket[] = data.tickets.rows.map((t) => {
    const id = textOf(t.id);
    return {
      id,
      customerId: textOf(t.customerId),
      owner: textOf(t.owner),
      type: textOf(t.type),
      status: textOf(t.status),
      tier: tierOf(t.customerId),
      submitted: msOf(t.submitted),
      acknowledged: msOf(t.acknowledged),
      resolved: msOf(t.resolved),
      closed: msOf(t.closed),
      pausedMinutes: enteredNumberOf(t.pausedMinutes) ?? 0,
      slaStatus: textOf(t.slaStatus),
      breaches: textOf(t.breaches),
    };
  });
  const surveyRows = data.surveys.rows.map(toSurveyRow);
  const { kept } = screenSurveys(surveyRows, new Set(customerRows.keys()), ctx.now.getTime());
  const surveysDue =
    data.surveys.rows.filter((r) => textOf(pick(fresh.surveys, textOf(r.id), 'status', r.status)) === 'Due')
      .length + (fresh.newSurveys ?? 0);
  return {
    board: {
      now: ctx.now.getTime(),
      timeZone: ctx.timeZone,
      calendar,
      tickets,
      customers,
      surveys: kept,
      surveysDue,
      touches: data.interactions.rows.flatMap((i) => {
        const when = msOf(i.when);
        return when === null ? [] : [{ owner: ownerOf(i.customerId), kind: textOf(i.kind), when }];
      }),
      surveySettings: ctx.settings.surveys,
      careGoal: ctx.settings.interactions.careGoal,
    },
    problems: data.tickets.rows.map((t) => ({
      id: textOf(t.id),
      type: textOf(t.type),
      subject: textOf(t.subject),
      description: textOf(t.description),
      submitted: msOf(t.submitted),
    })),
  };
}
