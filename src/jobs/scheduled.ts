/**
 * What the one hourly trigger calls: the hourly work every time, the daily work on the first run
 * at or after the daily hour (remembered in document properties, so a second run that day skips it).
 */
import { dailyDue } from '../domain/schedule';
import { wallFromInstant } from '../domain/zone';
import type { Env } from '../sheets/env';
import { loadSettings } from '../sheets/settings-sheet';
import { runDaily } from './daily';
import { runHourly } from './hourly';
import type { Outcome } from './outcome';

const LAST_DAILY = 'crm.lastDailyDate';

export function runScheduled(env: Env): Outcome[] {
  const outcomes = [runHourly(env)];
  const tz = env.timeZone();
  const wall = wallFromInstant(env.now().getTime(), tz);
  const today = wall.slice(0, 10);
  const hour = Number(wall.slice(11, 13));
  const props = env.documentProperties();
  let dailyHour: number;
  try {
    dailyHour = loadSettings(env).housekeeping.dailyHour;
  } catch {
    return outcomes; // the hourly outcome already names the broken setting
  }
  if (dailyDue(today, hour, dailyHour, props.getProperty(LAST_DAILY))) {
    const daily = runDaily(env);
    if (!daily.error && !daily.detail.startsWith('skipped')) props.setProperty(LAST_DAILY, today);
    outcomes.push(daily);
  }
  return outcomes;
}
