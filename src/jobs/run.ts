/**
 * The frame around every scheduled job: the document lock with a bounded wait (a run that finds
 * it held steps aside cleanly), settings validated afresh, a time budget under Apps Script's
 * 6-minute limit, and an outcome recorded whatever happens.
 */
import type { Settings } from '../domain/settings';
import type { Env } from '../sheets/env';
import { loadSettings } from '../sheets/settings-sheet';
import { type JobName, type Outcome, recordOutcome } from './outcome';

/** Stop starting new work after this long; Apps Script kills a run at 6 minutes. */
const BUDGET_MS = 4.5 * 60 * 1000;
const LOCK_WAIT_MS = 30_000;

export interface JobContext {
  readonly env: Env;
  readonly settings: Settings;
  readonly now: Date;
  readonly timeZone: string;
  /** True while there is time to start another chunk of work. */
  readonly hasTime: () => boolean;
}

export interface JobReport {
  readonly rows: number;
  readonly detail: string;
}

export function runJob(env: Env, job: JobName, work: (ctx: JobContext) => JobReport): Outcome {
  const started = env.now();
  const lock = env.documentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    env.log(`${job} jobs skipped: another run holds the document lock.`);
    return {
      job,
      at: started.toISOString(),
      ms: 0,
      rows: 0,
      error: '',
      detail: 'skipped: another run was busy',
    };
  }
  let outcome: Outcome;
  try {
    const timeZone = env.ss.getSpreadsheetTimeZone();
    const settings = loadSettings(env);
    const hasTime = () => env.now().getTime() - started.getTime() < BUDGET_MS;
    const report = work({ env, settings, now: started, timeZone, hasTime });
    outcome = finish(env, job, started, report.rows, '', report.detail);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    env.log(`${job} jobs failed: ${message}`);
    outcome = finish(env, job, started, 0, message, '');
  } finally {
    try {
      env.flush();
    } finally {
      lock.releaseLock();
    }
  }
  return outcome;
}

function finish(env: Env, job: JobName, started: Date, rows: number, error: string, detail: string): Outcome {
  const outcome = {
    job,
    at: started.toISOString(),
    ms: env.now().getTime() - started.getTime(),
    rows,
    error,
    detail,
  };
  try {
    recordOutcome(env, outcome);
  } catch (e) {
    env.log(`Could not record the ${job} outcome: ${e instanceof Error ? e.message : String(e)}`);
  }
  return outcome;
}
