/**
 * The one time-driven trigger an editor add-on may hold per user and document: hourly, calling
 * runScheduledJobs. Installing again leaves exactly one. Who installed it and when is kept so the
 * sidebar can say whose account the schedule runs as (it stops if that person loses access).
 */

import type { Env } from '../sheets/env';
import { who } from '../sheets/env';
import { storedJson } from '../sheets/stored-json';

export const SCHEDULED_HANDLER = 'runScheduledJobs';
const KEY = 'crm.schedule';

export interface ScheduleInfo {
  installedBy: string;
  installedAt: string;
}

export function installTriggers(env: Env): ScheduleInfo {
  const app = env.scriptApp();
  const ours = app.getUserTriggers(env.ss).filter((t) => t.getHandlerFunction() === SCHEDULED_HANDLER);
  for (const extra of ours.slice(1)) app.deleteTrigger(extra);
  if (ours.length === 0) app.newTrigger(SCHEDULED_HANDLER).timeBased().everyHours(1).create();
  const info = { installedBy: who(env), installedAt: env.now().toISOString() };
  env.documentProperties().setProperty(KEY, JSON.stringify(info));
  // Chosen from the menu: Apps Script shows only "Finished script".
  env.ss.toast(
    `The jobs now run every hour as ${info.installedBy}, the daily work once a day; the Dashboard's status line shows each run.`,
    'CRM: schedule installed',
    10,
  );
  return info;
}

export const scheduleInfo = (env: Env) => storedJson<ScheduleInfo | null>(env, KEY, null);
