/**
 * Apps Script mails nobody when a trigger fails, so every run writes its outcome where the
 * manager looks: the top of the Dashboard, and document properties for the sidebar's warning.
 */
import { type CellCount, roomWarning } from '../domain/room';
import { wallText } from '../domain/zone';
import { dashboardSheet } from '../sheets/dashboard-sheet';
import type { Env } from '../sheets/env';
import { NOT_SET_UP } from '../sheets/layout';
import { storedJson } from '../sheets/stored-json';
import { STATUS_TITLE } from '../sheets/tables';

const JOBS = ['hourly', 'daily'] as const;
export type JobName = (typeof JOBS)[number];

export interface Outcome {
  job: JobName;
  /** ISO instant the run started. */
  at: string;
  ms: number;
  rows: number;
  /** What went wrong, in words a manager understands; '' when all went well. */
  error: string;
  /** Extra facts for the status line (e.g. "3 alerts raised"). */
  detail: string;
  /** The workbook's cells as last counted (the daily run's, kept until it counts again). */
  cells?: CellCount;
}

const KEY = 'crm.lastRuns';
/** Kept apart from KEY: a skipped run holds no lock, so it must not rewrite the outcomes. */
const SKIPS = 'crm.skippedRuns';
export const SKIPPED = 'skipped: another run was busy';
/** A run that stepped aside for a busy one: it did nothing. */
export const wasSkipped = (outcome: Outcome) => outcome.detail === SKIPPED;

const parsed = <T>(env: Env, key: string) => storedJson<Partial<Record<JobName, T>>>(env, key, {});

export const lastOutcomes = (env: Env) => parsed<Outcome>(env, KEY);

/** When each job last stepped aside for a busy run (ISO instants). */
export const lastSkips = (env: Env) => parsed<string>(env, SKIPS);

const RUNNING = 'crm.runningSince';
/** Apps Script stops any run at 6 minutes. */
const KILL_MS = 6 * 60 * 1000;

/**
 * Marks a run as started; `finished` clears it. A mark still there later means Apps Script
 * stopped the run (its 6-minute limit), leaving no chance to say so: the next run and the
 * sidebar say it instead.
 */
export function markRunning(env: Env, job: JobName, at: Date): string {
  const props = env.documentProperties();
  const unfinished = parsed<string>(env, RUNNING);
  props.setProperty(RUNNING, JSON.stringify({ ...unfinished, [job]: at.toISOString() }));
  const before = unfinished[job];
  return before ? unfinishedText(job, before, env.timeZone()) : '';
}

/** The running marks without this job's, to store under RUNNING when it finishes. */
function withoutMark(env: Env, job: JobName): string {
  const { [job]: _done, ...others } = parsed<string>(env, RUNNING);
  return JSON.stringify(others);
}

/** Runs that started over 6 minutes before `now` and never finished, in words. */
export function unfinishedRuns(env: Env, now: Date): string[] {
  const zone = env.timeZone();
  return Object.entries(parsed<string>(env, RUNNING))
    .filter(([, at]) => now.getTime() - Date.parse(at) > KILL_MS)
    .map(([job, at]) => unfinishedText(job as JobName, at, zone));
}

const unfinishedText = (job: JobName, at: string, zone: string) =>
  `the ${job} run started ${wallText(Date.parse(at), zone)} did not finish (Apps Script stops a run at its 6-minute time limit); the next run picks up its work`;

export function recordSkip(env: Env, job: JobName, at: Date): void {
  env.documentProperties().setProperty(SKIPS, JSON.stringify({ ...lastSkips(env), [job]: at.toISOString() }));
}

/** The status line's words for a run, and for a skip that came after it. */
function resultText(o: Outcome, skippedAt: string | undefined, timeZone: () => string): string {
  const result = o.error ? `FAILED: ${o.error}` : `OK ${o.detail}`.trim();
  const stepped =
    skippedAt && skippedAt > o.at
      ? `a run at ${wallText(Date.parse(skippedAt), timeZone())} stepped aside because another run was busy; the next one catches up`
      : '';
  return [result, stepped, roomWarning(o.cells)].filter(Boolean).join(' · ');
}

/** Records how a run ended and clears its running mark, in one write of the properties. */
export function recordOutcome(env: Env, outcome: Outcome): void {
  const before = lastOutcomes(env);
  // A run that did not count (a failure, the days between counts) keeps the last count.
  const cells = outcome.cells ?? before[outcome.job]?.cells;
  const all = { ...before, [outcome.job]: cells ? { ...outcome, cells } : outcome };
  env.documentProperties().setProperties({
    [KEY]: JSON.stringify(all),
    [RUNNING]: withoutMark(env, outcome.job),
  });
  writeStatusBlock(env, all);
}

/**
 * Set up was chosen: a run that stopped because the CRM was not set up yet (the menu or a schedule
 * tried first) is no news any more, and the Dashboard and the sidebar stop reporting it.
 */
export function forgetNotSetUp(env: Env): void {
  const all = lastOutcomes(env);
  const stale = JOBS.filter((job) => all[job]?.error.startsWith(NOT_SET_UP));
  if (stale.length === 0) return;
  for (const job of stale) delete all[job];
  env.documentProperties().setProperty(KEY, JSON.stringify(all));
  writeStatusBlock(env, all);
}

const LABELS: Record<JobName, string> = { hourly: 'Hourly jobs (SLA)', daily: 'Daily jobs' };
export const STATUS_HEADER = ['Job', 'Last run', 'Took (s)', 'Rows', 'Result'];

/** Rows 1-4 of the Dashboard: a title, the header and one line per job. */
function writeStatusBlock(env: Env, all: Partial<Record<JobName, Outcome>>): void {
  const sheet = dashboardSheet(env);
  const skips = lastSkips(env);
  // Asked only to date a skip: most runs write the block without the extra call.
  const zone = () => env.timeZone();
  const lines = JOBS.map((job) => {
    const o = all[job];
    if (!o) return [LABELS[job], 'never', '', '', 'Not run yet'];
    return [LABELS[job], new Date(o.at), o.ms / 1000, o.rows, resultText(o, skips[job], zone)];
  });
  sheet.getRange(1, 1, 4, 5).setValues([[STATUS_TITLE, '', '', '', ''], STATUS_HEADER, ...lines]);
}
