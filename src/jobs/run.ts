/**
 * The frame around every scheduled job: the document lock with a bounded wait (a run that finds
 * it held steps aside cleanly), settings validated afresh, a time budget under Apps Script's
 * 6-minute limit, and an outcome recorded whatever happens.
 */
import { messageOf } from '../domain/message-of';
import type { CellCount } from '../domain/room';
import type { Settings } from '../domain/settings';
import { isSpreadsheetFull, spreadsheetFull } from '../sheets/cell-limit';
import type { Env } from '../sheets/env';
import { heldProperties } from '../sheets/held-properties';
import { isPastTheEdge } from '../sheets/past-the-edge';
import { loadSettings } from '../sheets/settings-sheet';
import { type JobName, markRunning, type Outcome, recordOutcome, recordSkip, SKIPPED } from './outcome';

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
  readonly cells?: CellCount;
}

export function runJob(shared: Env, job: JobName, work: (ctx: JobContext) => JobReport): Outcome {
  const started = shared.now();
  const env = { ...shared, documentProperties: heldProperties(shared.documentProperties) };
  let lock: GoogleAppsScript.Lock.Lock;
  try {
    lock = env.documentLock();
    if (!lock.tryLock(LOCK_WAIT_MS)) return skipped(env, job, started);
  } catch (e) {
    // LockService itself failed (it can throw "too many LockService operations"): say so.
    return finish(env, job, started, 0, `could not take the document lock: ${reasonOf(e)}`, '');
  }
  let outcome: Outcome;
  try {
    const unfinished = markRunning(env, job, started);
    const timeZone = env.timeZone();
    const settings = loadSettings(env);
    const hasTime = () => env.now().getTime() - started.getTime() < BUDGET_MS;
    const report = work({ env, settings, now: started, timeZone, hasTime });
    const detail = [report.detail, unfinished].filter(Boolean).join('; ');
    outcome = finish(env, job, started, report.rows, '', detail, report.cells);
  } catch (e) {
    const message = reasonOf(e);
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

/** A failure in words a person understands. */
function reasonOf(e: unknown): string {
  const message = messageOf(e);
  if (isSpreadsheetFull(message))
    return spreadsheetFull('the job could not add the rows it needed (the next run tries again)');
  return isPastTheEdge(message)
    ? 'rows were deleted from a sheet while the job was working on it; nothing is lost, and the next run will try again'
    : message;
}

/**
 * Another run holds the lock: step aside without touching the sheet (the busy run writes the
 * status block), noting the skip where the status block and the sidebar pick it up.
 */
function skipped(env: Env, job: JobName, started: Date): Outcome {
  env.log(`${job} jobs skipped: another run holds the document lock.`);
  try {
    recordSkip(env, job, started);
  } catch (e) {
    env.log(`Could not note the skipped ${job} run: ${reasonOf(e)}`);
  }
  return { job, at: started.toISOString(), ms: 0, rows: 0, error: '', detail: SKIPPED };
}

function finish(
  env: Env,
  job: JobName,
  started: Date,
  rows: number,
  error: string,
  detail: string,
  cells?: CellCount,
): Outcome {
  const outcome = {
    job,
    at: started.toISOString(),
    ms: env.now().getTime() - started.getTime(),
    rows,
    error,
    detail,
    ...(cells ? { cells } : {}),
  };
  try {
    recordOutcome(env, outcome);
  } catch (e) {
    env.log(`Could not record the ${job} outcome: ${reasonOf(e)}`);
  }
  return outcome;
}
