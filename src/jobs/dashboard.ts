/**
 * The manager's Dashboard: headline figures, the per-owner table, the weekly problem report, the
 * survey summaries and the charts' data, all in one setValues (writeSections), then the charts
 * updated in place beside them. The daily job rebuilds it; "Refresh dashboard" in the menu does
 * the same from the sheets as they stand, without the rest of the daily work.
 */
import type { BusinessCalendar } from '../domain/calendar';
import { dashboardFigures, ownerFigures } from '../domain/dashboard-figures';
import { isAtRiskLevel } from '../domain/health';
import { messageOf } from '../domain/message-of';
import { calendarOf } from '../domain/settings-calendar';
import { type WeeklyProblems, weeklyProblems } from '../domain/weekly-problems';
import { wallText } from '../domain/zone';
import { isMerged } from '../sheets/cell-values';
import type { Env } from '../sheets/env';
import { withDocumentLock } from '../sheets/lock';
import { loadSettings } from '../sheets/settings-sheet';
import { tellInToast } from '../sheets/toast';
import { type ChartReport, chartPlans, placeCharts } from './charts';
import { type DailyData, readDailyData } from './daily-data';
import { dashboardData, type Fresh } from './dashboard-data';
import { type Section, writeSections } from './dashboard-sections';
import { figuresSection, ownersSection } from './dashboard-view';
import type { JobContext } from './run';
import { refreshSurveys } from './surveys-daily';
import { weeklySections } from './weekly-report';
import { refreshWinBacks } from './win-backs-daily';

export type { Fresh } from './dashboard-data';

export interface DashboardReport {
  readonly weekly: WeeklyProblems;
  readonly charts: ChartReport;
}

/** Writes the Dashboard; `more`: other sections (survey summaries) between the report and the chart data. */
export function writeDashboard(
  ctx: JobContext,
  data: DailyData,
  calendar: BusinessCalendar,
  more: readonly Section[],
  fresh: Fresh = {},
): DashboardReport {
  const { board, problems } = dashboardData(ctx, data, calendar, fresh);
  const figures = dashboardFigures(board);
  const weekly = weeklyProblems(problems, board.now, board.timeZone);
  const plans = chartPlans(board);
  const asOf = `${wallText(board.now, board.timeZone)} (${board.timeZone})`;
  const sections = [
    figuresSection(figures, asOf, {
      careGoal: board.careGoal,
      refreshDays: ctx.settings.followUps.recordRefreshDays,
    }),
    ownersSection(ownerFigures(board), figures),
    ...weeklySections(weekly),
    ...more,
    ...plans.map((p) => p.data),
  ];
  const placements = writeSections(ctx.env, sections);
  const right = Math.max(5, ...placements.map((p) => p.width)) + 2;
  return { weekly, charts: placeCharts(ctx.env, plans, placements, right) };
}

/** The menu's "Refresh dashboard": the daily read and the Dashboard, nothing else written. */
export function refreshDashboardNow(env: Env): { error: string; detail: string } {
  try {
    // A save's wait: the refresh waits out an hourly run rather than ask to be chosen again.
    const detail = withDocumentLock(env, () => {
      const now = env.now();
      const timeZone = env.timeZone();
      const settings = loadSettings(env);
      const ctx: JobContext = { env, settings, now, timeZone, hasTime: () => true };
      const data = readDailyData(ctx);
      const calendar = calendarOf(settings, timeZone);
      // The survey and win-back summaries live on the Dashboard too; computing them writes nothing.
      const surveys = refreshSurveys(ctx, data, calendar);
      const atRisk = data.customers.rows.filter((c) => !isMerged(c) && isAtRiskLevel(c.riskLevel)).length;
      const winBacks = refreshWinBacks(ctx, data, atRisk);
      const report = writeDashboard(ctx, data, calendar, [...surveys.sections, winBacks.section]);
      return `Dashboard refreshed (${report.charts.created + report.charts.updated + report.charts.kept} charts).`;
    });
    tellInToast(env, detail, 'CRM', 5);
    return { error: '', detail };
  } catch (e) {
    const error = messageOf(e);
    env.log(`Refresh dashboard failed: ${error}`);
    tellInToast(env, `The dashboard was not refreshed: ${error}`, 'CRM', 5);
    return { error, detail: '' };
  }
}
