/**
 * What the one hourly trigger calls: the hourly work every time, the daily work on the first run
 * at or after the daily hour (remembered in document properties, so a second run that day skips it).
 */
import { dailyDue } from '../domain/schedule';
import { instantFromWall } from '../domain/zone';
import type { Env } from '../sheets/env';
import { loadSettings } from '../sheets/settings-sheet';
import { runDaily } from './daily';
import { tellOfFailure } from './failure-mail';
import { runHourly } from './hourly';
import { type Outcome, wasSkipped } from './outcome';
import { retiredTrigger } from './triggers';

/** When the daily work last finished its run (an ISO instant). */
const LAST_DAILY = 'crm.lastDailyRun';
/** Its date, as earlier versions kept it: read until the next daily run writes LAST_DAILY. */
const LAST_DAILY_DATE = 'crm.lastDailyDate';

/** `triggerUid`: the trigger that fired (from its event), if any. */
export function runScheduled(env: Env, triggerUid?: unknown): Outcome[] {
  if (retiredTrigger(env, triggerUid)) return [];
  const now = env.now();
  const dailyToo = dailyIsDue(env, now.getTime());
  // One digest per person per run: when the daily work follows, it mails the hourly's alerts too.
  const outcomes = [runHourly(env, { mail: !dailyToo })];
  if (dailyToo) {
    const daily = runDaily(env);
    if (!daily.error && !wasSkipped(daily)) {
      env.documentProperties().setProperty(LAST_DAILY, now.toISOString());
    }
    outcomes.push(daily);
  }
  for (const outcome of outcomes) tellOfFailure(env, outcome);
  return outcomes;
}

/** False when the settings cannot be read: the hourly outcome names the broken setting. */
function dailyIsDue(env: Env, now: number): boolean {
  let dailyHour: number;
  try {
    dailyHour = loadSettings(env).housekeeping.dailyHour;
  } catch {
    return false;
  }
  return dailyDue(now, env.timeZone(), dailyHour, lastDaily(env));
}

function lastDaily(env: Env): number | null {
  const props = env.documentProperties();
  const at = props.getProperty(LAST_DAILY);
  if (at) return Date.parse(at);
  const date = props.getProperty(LAST_DAILY_DATE);
  return date ? instantFromWall(date, env.timeZone()) : null;
}
