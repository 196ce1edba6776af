/**
 * Apps Script mails nobody when a trigger's run fails, and while the hourly run fails no ticket is
 * held to its targets and no alert goes out. So a scheduled run that fails tells the Managers (or,
 * when Settings names none or cannot be read, the person the schedule runs as), at most once a day
 * per job: a setting typed wrong fails every hour until someone fixes it.
 */
import { sameOnce } from '../domain/digest';
import { isEmailAddress } from '../domain/email-address';
import { messageOf } from '../domain/message-of';
import { DAY_MS, wallText } from '../domain/zone';
import type { Env } from '../sheets/env';
import { loadSection } from '../sheets/settings-sheet';
import { storedJson } from '../sheets/stored-json';
import type { JobName, Outcome } from './outcome';
import { scheduleInfo } from './triggers';

const KEY = 'crm.failureMailed';

const WHAT_STOPS: Record<JobName, string> = {
  hourly: 'tickets are not held to their time targets and no alerts are sent',
  daily: 'health scores, follow-ups, surveys and the Dashboard are not brought up to date',
};

/** Mails about a failed outcome unless this job's failure was mailed in the last 24 hours. */
export function tellOfFailure(env: Env, outcome: Outcome): void {
  if (!outcome.error) return;
  const at = Date.parse(outcome.at);
  const mailed = storedJson<Partial<Record<JobName, string>>>(env, KEY, {});
  const last = mailed[outcome.job];
  if (last && at - Date.parse(last) < DAY_MS) return;
  const to = recipients(env);
  if (to.length === 0) {
    env.log(`The ${outcome.job} jobs failed and no one could be told: Settings names no Managers.`);
    return;
  }
  try {
    env.mail().sendEmail({ to: to.join(','), ...failureMail(env, outcome), name: 'CRM' });
    env.documentProperties().setProperty(KEY, JSON.stringify({ ...mailed, [outcome.job]: outcome.at }));
  } catch (e) {
    // No quota left, or an address Google refuses: the Dashboard still says it.
    env.log(`Could not mail that the ${outcome.job} jobs failed: ${messageOf(e)}`);
  }
}

/** The Managers; the person the schedule runs as when there are none or Settings is broken. */
function recipients(env: Env): string[] {
  let managers: readonly string[] = [];
  try {
    managers = loadSection(env, 'people').managers;
  } catch {
    // The broken setting may be this one: the schedule's owner can fix it.
  }
  const valid = sameOnce(managers.filter(isEmailAddress));
  if (valid.length > 0) return valid;
  const owner = scheduleInfo(env)?.installedBy ?? '';
  return isEmailAddress(owner) ? [owner] : [];
}

function failureMail(env: Env, outcome: Outcome): { subject: string; body: string } {
  const when = wallText(Date.parse(outcome.at), env.timeZone());
  return {
    subject: `CRM: the ${outcome.job} jobs did not run`,
    body: [
      `The ${outcome.job} jobs of the CRM spreadsheet stopped at ${when} (${env.timeZone()}):`,
      '',
      outcome.error,
      '',
      `Until this is put right, ${WHAT_STOPS[outcome.job]}. Nothing typed in the sheet is lost. ` +
        'The jobs try again every hour; the top of the Dashboard shows how the last run went. ' +
        'While the problem lasts you get this email once a day.',
      '',
      `Open the spreadsheet: ${env.ss.getUrl()}`,
    ].join('\n'),
  };
}
