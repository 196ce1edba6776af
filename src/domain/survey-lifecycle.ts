/**
 * Where a sent survey stands: staff stamp Sent, the customer's answer stamps Responded, and the
 * clock does the rest; a survey a person closed by hand stays closed, and one not yet sent when its
 * customer churns, or that repeats a routine survey the customer has (after a merge), closes unsent. One reminder falls due Reminder Due after sending; an unanswered
 * survey expires at Closes. Days are calendar days of the spreadsheet's zone from the moment it was
 * sent, at the same time of day: a change of clocks in between would otherwise move them by an
 * hour, across a daily run.
 */
import type { SurveySettings } from './survey-settings';
import type { SurveyStatus } from './values';
import { addCalendarDays } from './zone';

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
  survey: {
    readonly sent: number | null;
    readonly responded: number | null;
    readonly shown?: string;
    /** The customer's Status is Churned. */
    readonly churned?: boolean;
    /** A routine survey the customer has another of (repeatedRoutine). */
    readonly repeated?: boolean;
  },
  now: number,
  settings: Pick<SurveySettings, 'reminderDays' | 'closesDays'>,
  timeZone: string,
): SurveyState {
  const state = byClock(survey, now, settings, timeZone);
  const shown = survey.shown?.trim();
  // A survey a person closed (the customer declined it, say) stays closed: no reminder, and the job
  // never sets Status back to Due or Sent. An answer recorded later still makes it Responded.
  const closedByHand = CLOSED.find((c) => c === shown);
  if (closedByHand && state.status !== 'Responded')
    return { ...state, status: closedByHand, needsReminder: false };
  // Status is an entered column: one a person marked Sent (it went by post, say) without a Sent
  // time stays as they put it. Its reminder and closing wait for that time: the clock knows no other.
  const sentByHand = AWAITING.find((c) => c === shown);
  if (sentByHand && state.status === 'Due') return { ...state, status: sentByHand };
  // A customer who left is asked nothing more, and nothing twice: a survey not yet sent closes
  // unsent, so it is offered for sending nowhere (My queue, "Surveys due"). One already out runs its
  // course; an answer counts.
  if ((survey.churned || survey.repeated) && state.status === 'Due') return { ...state, status: 'Expired' };
  return state;
}

const CLOSED = ['Responded', 'Expired'] as const satisfies readonly SurveyStatus[];
/** Sent and still awaiting the customer's answer. */
export const AWAITING = ['Sent', 'Reminded'] as const satisfies readonly SurveyStatus[];
export const isAwaiting = (status: string): boolean => AWAITING.some((s) => s === status);

function byClock(
  { sent, responded }: { readonly sent: number | null; readonly responded: number | null },
  now: number,
  settings: Pick<SurveySettings, 'reminderDays' | 'closesDays'>,
  timeZone: string,
): SurveyState {
  // An answer counts even without a Sent stamp (a survey handed over on paper).
  if (sent === null) {
    return {
      reminderDue: null,
      closes: null,
      status: responded === null ? 'Due' : 'Responded',
      needsReminder: false,
    };
  }
  const reminderDue = addCalendarDays(sent, settings.reminderDays, timeZone);
  const closes = addCalendarDays(sent, settings.closesDays, timeZone);
  // 'Reminded' from the run that raises the reminder on: the alert and the status appear together.
  const status: SurveyStatus =
    responded !== null ? 'Responded' : now >= closes ? 'Expired' : now >= reminderDue ? 'Reminded' : 'Sent';
  return { reminderDue, closes, status, needsReminder: status === 'Reminded' };
}
