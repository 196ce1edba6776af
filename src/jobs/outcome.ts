/**
 * Apps Script mails nobody when a trigger fails, so every run writes its outcome where the
 * manager looks: the top of the Dashboard, and document properties for the sidebar's warning.
 */
import type { Env } from '../sheets/env';
import { DASHBOARD_SHEET } from '../sheets/tables';

export type JobName = 'hourly' | 'daily';

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
}

const KEY = 'crm.lastRuns';

export function lastOutcomes(env: Env): Partial<Record<JobName, Outcome>> {
  try {
    return JSON.parse(env.documentProperties().getProperty(KEY) ?? '{}') as Partial<Record<JobName, Outcome>>;
  } catch {
    return {};
  }
}

export function recordOutcome(env: Env, outcome: Outcome): void {
  const all = { ...lastOutcomes(env), [outcome.job]: outcome };
  env.documentProperties().setProperty(KEY, JSON.stringify(all));
  writeStatusBlock(env, all);
}

const LABELS: Record<JobName, string> = { hourly: 'Hourly jobs (SLA)', daily: 'Daily jobs' };
export const STATUS_HEADER = ['Job', 'Last run', 'Took (s)', 'Rows', 'Result'];

/** Rows 1-4 of the Dashboard: a title, the header and one line per job. */
function writeStatusBlock(env: Env, all: Partial<Record<JobName, Outcome>>): void {
  const sheet = env.ss.getSheetByName(DASHBOARD_SHEET) ?? env.ss.insertSheet(DASHBOARD_SHEET, 0);
  const lines = (['hourly', 'daily'] as const).map((job) => {
    const o = all[job];
    if (!o) return [LABELS[job], 'never', '', '', 'Not run yet'];
    return [
      LABELS[job],
      new Date(o.at),
      o.ms / 1000,
      o.rows,
      o.error ? `FAILED: ${o.error}` : `OK ${o.detail}`.trim(),
    ];
  });
  sheet.getRange(1, 1, 4, 5).setValues([['Schedule status', '', '', '', ''], STATUS_HEADER, ...lines]);
}
