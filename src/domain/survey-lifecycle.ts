/**
 * Where a sent survey stands: staff stamp Sent, the customer's answer stamps Responded, and the
 * clock does the rest. One reminder falls due Reminder Due after sending; an unanswered survey
 * expires at Closes. Days are 24-hour periods from the moment it was sent.
 */
import type { SurveySettings } from './survey-settings';
import type { SurveyStatus } from './values';
import { DAY_MS } from './zone';

export interface SurveyState {
  /** Epoch ms; null until the survey is sent. */
  readonly reminderDue: number | null;
  readonly closes: number | null;
  readonly status: SurveyStatus;
  /**
   * The one reminder alert should exist: reminder time passed, no answer, not yet closed. The job
   * raises it keyed by survey ID, so raising it on every run still makes one alert.
   */
  readonly needsReminder: boolean;
}

export function surveyState(
  survey: { readonly sent: number | null; readonly responded: number | null },
  now: number,
  settings: Pick<SurveySettings, 'reminderDays' | 'closesDays'>,
): SurveyState {
  const { sent, responded } = survey;
  // An answer counts even without a Sent stamp (a survey handed over on paper).
  if (sent === null) {
    return {
      reminderDue: null,
      closes: null,
      status: responded === null ? 'Due' : 'Responded',
      needsReminder: false,
    };
  }
  const reminderDue = sent + settings.reminderDays * DAY_MS;
  const closes = sent + settings.closesDays * DAY_MS;
  // 'Reminded' from the run that raises the reminder on: the alert and the status appear together.
  const status: SurveyStatus =
    responded !== null ? 'Responded' : now >= closes ? 'Expired' : now >= reminderDue ? 'Reminded' : 'Sent';
  return { reminderDue, closes, status, needsReminder: status === 'Reminded' };
}
