/**
 * The daily work: customers (follow-ups, health, lead score, tier, duplicates), surveys
 * (schedule, lifecycle, summary), alerts and their digests, the Dashboard, and log retention.
 * Everything is read first, computed in memory, then written in a few batches.
 */

import { isAtRiskLevel } from '../domain/health';
import { messageOf } from '../domain/message-of';
import { calendarOf } from '../domain/settings-calendar';
import { counted } from '../domain/some-of';
import { raiseAlerts, readAlerts } from '../sheets/alerts';
import { appendRows } from '../sheets/append';
import { goneIds } from '../sheets/cell-values';
import type { Env } from '../sheets/env';
import { highestId, nextIds } from '../sheets/ids';
import { writeComputed } from '../sheets/write-computed';
import { archiveDoneAlerts } from './alerts-housekeeping';
import { missedAnalyses, notWarnedYet } from './at-risk-daily';
import { refreshCustomers } from './customers-daily';
import { customerOf, readDailyData } from './daily-data';
import { writeDashboard } from './dashboard';
import { readHistory, recordHistory } from './health-history';
import { sendDigests } from './notify';
import type { Outcome } from './outcome';
import { badRatingAlerts } from './ratings-daily';
import { applyRetention, trimHealthHistory } from './retention';
import { weeklyCellCount } from './room';
import { type JobContext, type JobReport, runJob } from './run';
import { missingSolutionAlerts } from './solutions-daily';
import { refreshSurveys, screenedSurveys } from './surveys-daily';
import { mailWeeklyReport } from './weekly-report';
import { refreshWinBacks } from './win-backs-daily';

export function runDaily(shared: Env): Outcome {
  return runJob(shared, 'daily', (ctx) => {
    const progress = { mailing: false };
    try {
      return dailyWork(ctx, progress);
    } catch (error) {
      // Once the job's own mailing began, what it sent is on record: mailing again could repeat it.
      if (!progress.mailing) mailAfterFailure(ctx);
      throw error;
    }
  });
}

/**
 * The hourly work of the same run left its alert emails to this job (scheduled.ts): a failure
 * here (a column deleted from Surveys, say) must not keep a breach from the supervisor. What was
 * already mailed is stamped Mailed, so nothing goes twice.
 */
function mailAfterFailure(ctx: JobContext): void {
  try {
    sendDigests(ctx, calendarOf(ctx.settings, ctx.timeZone), readAlerts(ctx.env));
  } catch (error) {
    ctx.env.log(`daily jobs could not mail the alerts either: ${messageOf(error)}`);
  }
}

function dailyWork(ctx: JobContext, progress: { mailing: boolean }): JobReport {
  const { env } = ctx;
  const data = readDailyData(ctx);
  const calendar = calendarOf(ctx.settings, ctx.timeZone);
  const history = readHistory(env, ctx.now, ctx.timeZone, (id) => customerOf(data, id));
  const screened = screenedSurveys(ctx, data);
  const customers = refreshCustomers(ctx, data, calendar, history.lastMonth, screened);
  const surveys = refreshSurveys(ctx, data, calendar, screened);

  const atRisk = [...customers.values.values()].filter((v) => isAtRiskLevel(v.riskLevel)).length;
  const winBacks = refreshWinBacks(ctx, data, atRisk);
  // Alerts before the cells they are decided from (a score falling below the line): if the run
  // dies in between, the next run decides the same and the alert key keeps it to one row.
  // Done At too: the archive picks old done alerts from this read (archiveDoneAlerts).
  const alertsTable = readAlerts(env, ['doneAt']);
  const alerts = raiseAlerts(
    env,
    alertsTable,
    [
      ...notWarnedYet(ctx, customers.alerts, alertsTable),
      ...missedAnalyses(ctx, alertsTable, () => goneIds(data.customers.rows)),
      ...surveys.alerts,
      ...winBacks.alerts,
      ...badRatingAlerts(ctx, data),
      ...missingSolutionAlerts(ctx, data),
    ],
    ctx.now,
  );
  writeComputed(data.customers, { values: customers.values, notes: customers.notes });
  const recorded = recordHistory(env, history, customers.history, ctx.now);
  writeComputed(data.surveys, { values: surveys.values });
  if (surveys.newRows.length > 0) {
    // After any ID a person typed into the sheet: a second row with it would hide ours from the next run.
    const typed = highestId(data.surveys.layout.def, data.surveys.positions.ids);
    const surveyIds = nextIds(env, data.surveys.layout, surveys.newRows.length, typed);
    appendRows(
      data.surveys.layout,
      surveys.newRows.map((r, i) => ({ ...r, id: surveyIds[i]! })),
    );
  }
  const board = writeDashboard(ctx, data, calendar, [...surveys.sections, winBacks.section], {
    customers: customers.values,
    surveys: surveys.values,
    newSurveys: surveys.newRows.length,
  });
  const removed = applyRetention(ctx);
  const trimmed = trimHealthHistory(ctx, history, recorded);
  progress.mailing = true;
  const mail = sendDigests(ctx, calendar, alertsTable);
  const weekly = mailWeeklyReport(ctx, board.weekly);
  const archive = archiveDoneAlerts(ctx, alertsTable);
  // Last, so the count sees the rows this run added and removed.
  const cells = weeklyCellCount(ctx);
  const detail = [
    // Churned customers and those with nothing to score yet have no score: the count says so.
    `${counted(data.customers.rows.length, 'customer')} checked, ${customers.history.length} scored`,
    `${counted(surveys.newRows.length, 'survey')} scheduled`,
    `${counted(alerts.length, 'alert')} raised`,
    `${counted(mail.sent, 'email')} sent`,
    recorded ? `history recorded for ${recorded}` : '',
    removed ? `${counted(removed, 'old audit row')} removed` : '',
    trimmed ? `${counted(trimmed, 'old health history row')} removed` : '',
    surveys.leftOut,
    customers.unmatched,
    mail.warning,
    weekly.note,
    archive.archived ? `${counted(archive.archived, 'done alert')} archived` : '',
    archive.note,
  ].filter(Boolean);
  return { rows: data.customers.rows.length + data.surveys.rows.length, detail: detail.join('; '), cells };
}
