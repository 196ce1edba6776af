/**
 * The daily work: customers (follow-ups, health, lead score, tier, duplicates), surveys
 * (schedule, lifecycle, summary), alerts and their digests, the Dashboard, and log retention.
 * Everything is read first, computed in memory, then written in a few batches.
 */

import { calendarOf } from '../domain/settings-calendar';
import { raiseAlerts } from '../sheets/alerts';
import { appendRows } from '../sheets/append';
import type { Env } from '../sheets/env';
import { nextIds } from '../sheets/ids';
import { writeComputed } from '../sheets/write-computed';
import { refreshCustomers } from './customers-daily';
import { readDailyData } from './daily-data';
import { writeSections } from './dashboard-sections';
import { readHistory, recordHistory } from './health-history';
import { sendDigests } from './notify';
import type { Outcome } from './outcome';
import { applyRetention } from './retention';
import { runJob } from './run';
import { refreshSurveys } from './surveys-daily';

export function runDaily(env: Env): Outcome {
  return runJob(env, 'daily', (ctx) => {
    const data = readDailyData(ctx);
    const calendar = calendarOf(ctx.settings, ctx.timeZone);
    const history = readHistory(env, ctx.now, ctx.timeZone);
    const customers = refreshCustomers(ctx, data, calendar, history.lastMonth);
    const surveys = refreshSurveys(ctx, data, calendar);

    writeComputed(data.customers, { values: customers.values, notes: customers.notes });
    const recorded = recordHistory(env, history, customers.history, ctx.now);
    writeComputed(data.surveys, { values: surveys.values });
    const surveyIds = nextIds(env, data.surveys.layout, surveys.newRows.length);
    appendRows(
      data.surveys.layout,
      surveys.newRows.map((r, i) => ({ ...r, id: surveyIds[i]! })),
    );
    const alerts = raiseAlerts(env, [...customers.alerts, ...surveys.alerts], ctx.now);
    writeSections(env, surveys.sections);
    const removed = applyRetention(ctx);
    const mail = sendDigests(ctx, calendar);
    const detail = [
      `${data.customers.rows.length} customers scored`,
      `${surveys.newRows.length} surveys scheduled`,
      `${alerts.length} alerts raised`,
      `${mail.sent} emails sent`,
      recorded ? `history recorded for ${recorded}` : '',
      removed ? `${removed} old audit rows removed` : '',
      surveys.leftOut,
      mail.warning,
    ].filter(Boolean);
    return { rows: data.customers.rows.length + data.surveys.rows.length, detail: detail.join('; ') };
  });
}
