/**
 * What the one hourly trigger calls: the hourly work every time, the daily work on the first run
 * at or after the daily hour (remembered in document properties, so a second run that day skips it).
 */
import { dailyDue } from '../domain/schedule';
import { wallFromInstant } from '../domain/zone';
import type { Env } from '../sheets/env';
import { loadSettings } from '../sheets/settings-sheet';
import { runDaily } from './daily';
import { tellOfFailure } from './failure-mail';
import { runHourly } from './hourly';
import type { Outcome } from './outcome';

const LAST_DAILY = 'crm.lastDailyDate';

export function runScheduled(env: Env): Outcome[] {
  const wall = wallFromInstant(env.now().getTime(), env.timeZone());
  const today = wall.slice(0, 10);
  const dailyToo = dailyIsDue(env, today, Number(wall.slice(11, 13)));
  // One digest per person per run: when the daily work follows, it mails the hourly's alerts too.
  const outcomes = [runHourly(env, { mail: !dailyToo })];
  if (dailyToo) {
    const daily = runDaily(env);
    if (!daily.error && !daily.detail.startsWith('skipped')) {
      env.documentProperties().setProperty(LAST_DAILY, today);
    }
    outcomes.push(daily);
  }
  for (const outcome of outcomes) tellOfFailure(env, outcome);
  return outcomes;
}

/** False when the settings cannot be read: the hourly outcome names the broken setting. */
function dailyIsDue(env: Env, today: string, hour: number): boolean {
  let dailyHour: number;
  try {
    dailyHour = loadSettings(env).housekeeping.dailyHour;
  } catch {
    return false;
  }
  return dailyDue(today, hour, dailyHour, env.documentProperties().getProperty(LAST_DAILY));
}
