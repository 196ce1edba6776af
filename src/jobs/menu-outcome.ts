/**
 * A job run from the menu says how it went: Apps Script itself shows only "Finished script", and
 * the Dashboard's status line is on another sheet. The scheduled trigger has nobody watching, so
 * it shows nothing (a toast is one more call every hour).
 */
import type { Env } from '../sheets/env';
import { tellInToast } from '../sheets/toast';
import { type Outcome, wasSkipped } from './outcome';

const TITLES = { hourly: 'CRM: hourly jobs', daily: 'CRM: daily jobs' } as const;

export function showOutcome(env: Env, outcome: Outcome): Outcome {
  const seconds = Math.max(1, Math.round(outcome.ms / 1000));
  const text = wasSkipped(outcome)
    ? 'Another run was busy with the sheet, so nothing ran. Try again in a minute.'
    : outcome.error
      ? `Stopped: ${outcome.error}`
      : `Done in ${seconds} s${outcome.detail ? `: ${outcome.detail}` : ''}.`;
  tellInToast(env, text, TITLES[outcome.job]);
  return outcome;
}
