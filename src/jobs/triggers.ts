/**
 * The one time-driven trigger an editor add-on may hold per user and document: hourly, calling
 * runScheduledJobs. Installing again leaves exactly one. Who installed it and when is kept so the
 * sidebar can say whose account the schedule runs as (it stops if that person loses access).
 *
 * Triggers belong to the person who made them, and nobody can see or remove another person's. So
 * when a second person installs the schedule, the first one's trigger would go on running too, and
 * the jobs would run twice an hour. The document remembers which trigger is the schedule; any other
 * of ours that fires removes itself instead of running (its event names it: `triggerUid`,
 * https://developers.google.com/apps-script/guides/triggers/events#time-driven_events).
 */

import type { Env } from '../sheets/env';
import { who } from '../sheets/env';
import { NOT_SET_UP, neverSetUp } from '../sheets/layout';
import { storedJson } from '../sheets/stored-json';
import { tellInToast } from '../sheets/toast';

export const SCHEDULED_HANDLER = 'runScheduledJobs';
const KEY = 'crm.schedule';

export interface ScheduleInfo {
  installedBy: string;
  installedAt: string;
  /** The trigger that is the schedule (absent in what earlier versions kept: any trigger runs). */
  triggerId?: string;
}

export function installTriggers(env: Env): ScheduleInfo {
  const app = env.scriptApp();
  const ours = app.getUserTriggers(env.ss).filter((t) => t.getHandlerFunction() === SCHEDULED_HANDLER);
  for (const extra of ours.slice(1)) app.deleteTrigger(extra);
  const trigger = ours[0] ?? app.newTrigger(SCHEDULED_HANDLER).timeBased().everyHours(1).create();
  const before = scheduleInfo(env)?.installedBy;
  const info = {
    installedBy: who(env),
    installedAt: env.now().toISOString(),
    triggerId: trigger.getUniqueId(),
  };
  env.documentProperties().setProperty(KEY, JSON.stringify(info));
  const instead = before && before !== info.installedBy ? ` (instead of ${before})` : '';
  // Installed first, Set up forgotten: every run would stop on the missing sheets.
  const first = neverSetUp(env.ss) ? ` ${NOT_SET_UP}; until then each run stops.` : '';
  // Chosen from the menu: Apps Script shows only "Finished script".
  tellInToast(
    env,
    `The jobs now run every hour as ${info.installedBy}${instead}, the daily work once a day; the Dashboard's status line shows each run.${first}`,
    'CRM: schedule installed',
  );
  return info;
}

export const scheduleInfo = (env: Env) => storedJson<ScheduleInfo | null>(env, KEY, null);

/**
 * True when the trigger that fired is not the schedule any more (someone installed it since): it
 * is removed, so it never runs again. A run with no trigger behind it (from the editor) is no leftover.
 */
export function retiredTrigger(env: Env, triggerUid: unknown): boolean {
  const info = scheduleInfo(env);
  const fired = triggerUid == null ? null : String(triggerUid);
  if (!info?.triggerId || fired === null || fired === info.triggerId) return false;
  const app = env.scriptApp();
  for (const trigger of app.getUserTriggers(env.ss)) {
    if (trigger.getUniqueId() === fired) app.deleteTrigger(trigger);
  }
  env.log(
    `This trigger stopped: the schedule now runs as ${info.installedBy} (installed ${info.installedAt}).`,
  );
  return true;
}
