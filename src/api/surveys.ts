/**
 * Sidebar calls for surveys: ask for one (after a project delivery, or ad hoc), mark one sent
 * (optionally emailing it) and record the answers.
 */

import * as z from 'zod/mini';
import { alertKeys } from '../domain/alert-keys';
import { isEmailAddress } from '../domain/email-address';
import { recordId } from '../domain/fields';
import { surveyAnswersSchema, surveySchema } from '../domain/records/survey';
import { surveyEmail } from '../domain/survey-email';
import { askedSurveyDue, asksAboutResolution, surveyWaitsForTicket } from '../domain/surveys';
import { churnedRefusal, isChurned } from '../domain/values';
import { instantFromWall, isAhead, startOfMinute, wallText } from '../domain/zone';
import { msOf, textOf } from '../sheets/cell-values';
import { relocated } from '../sheets/checked-write';
import type { Env } from '../sheets/env';
import { locate } from '../sheets/layout';
import { notFound } from '../sheets/record-row';
import { loadSection } from '../sheets/settings-sheet';
import type { Cell } from '../sheets/table';
import { CUSTOMERS, SURVEYS, TICKETS } from '../sheets/tables';
import { keyed, settleAlerts } from './alerts';
import type { Saved, Submit } from './contract';
import { createRecord, given, parse, updateRecord, withNote } from './records';
import { FieldError, guard, ok, type Result } from './result';

/**
 * Staff schedule a survey the daily job does not; it comes to the customer's owner in My
 * queue like the others. Due left empty is worked out from the reason (askedSurveyDue).
 */
export function scheduleSurvey(env: Env, submit: Submit<unknown>): Result<Saved> {
  const parsed = parse(surveySchema, submit?.record);
  if (!parsed.ok) return parsed;
  const survey = parsed.value;
  const due = guard(() =>
    ok(
      survey.due ||
        askedSurveyDue(survey.reason, env.now().getTime(), env.timeZone(), loadSection(env, 'surveys')),
    ),
  );
  if (!due.ok) return due;
  return createRecord(
    env,
    SURVEYS,
    { ...survey, due: due.value },
    submit.requestId,
    () => ({ status: 'Due' }),
    (customer) => notChurned(survey.customerId, customer),
  );
}

/** A customer who left is asked nothing more: the daily job would close the survey unsent. */
function notChurned(
  customerId: string,
  customer: Readonly<Record<string, Cell>> | undefined,
  field: 'customerId' | 'id' = 'customerId',
): void {
  if (customer && isChurned(textOf(customer.status))) throw new FieldError(field, churnedRefusal(customerId));
}

export function recordSurvey(env: Env, submit: Submit<unknown>): Result<Saved> {
  const parsed = parse(surveyAnswersSchema, submit?.record);
  if (!parsed.ok) return parsed;
  const { id, ...answers } = parsed.value;
  const tz = env.timeZone();
  const saved = updateRecord(env, SURVEYS, id, (current, now) => {
    // Left out: as recorded, or now for the first answers; emptied: now.
    const kept = answers.responded === undefined ? msOf(current.responded) : null;
    const typed = answers.responded ? instantFromWall(answers.responded, tz) : null;
    // A year typed wrong: the survey job would leave the answers out of every figure.
    if (typed !== null && isAhead(typed, now.getTime()))
      throw new FieldError('responded', 'This is in the future: enter when the customer answered.');
    const sent = msOf(current.sent);
    // A time typed has whole minutes: one in the minute the survey was sent means just after it.
    const sameMinute = typed !== null && sent !== null && typed < sent && typed >= startOfMinute(sent);
    const responded = sameMinute ? sent : (typed ?? kept ?? now.getTime());
    if (sent !== null && responded < sent && responded !== kept) {
      const when = wallText(sent, tz);
      throw new FieldError('responded', `The answers cannot come before the survey was sent (${when}).`);
    }
    return { ...given(answers), responded: new Date(responded), status: 'Responded' };
  });
  // Nobody needs reminding about answers that are in.
  return withNote(saved, () => settleAlerts(env, keyed(alertKeys.surveyReminder(id))));
}

const markSentSchema = z.object({ id: recordId('S'), sendEmail: z._default(z.boolean(), false) });

/**
 * Staff mark a survey sent; when they choose, the add-on first emails the questions to the
 * customer's contact (skipped with a clear message when there is no email or no quota left).
 */
export function markSurveySent(env: Env, submit: Submit<unknown>): Result<Saved> {
  const parsed = parse(markSentSchema, submit?.record);
  if (!parsed.ok) return parsed;
  const { id, sendEmail } = parsed.value;
  let emailedTo = '';
  const marked = updateRecord(
    env,
    SURVEYS,
    id,
    (current, now) => {
      if (current.sent instanceof Date) throw new FieldError('id', `Survey ${id} was already sent.`);
      // Status is a person's column: a survey closed by hand (declined: Expired) or marked Sent after
      // going another way is not sent again.
      const shown = textOf(current.status);
      if (shown !== '' && shown !== 'Due')
        throw new FieldError(
          'id',
          `Survey ${id} is ${shown} in the Surveys sheet: set its Status back to Due to send it.`,
        );
      const customerId = textOf(current.customerId);
      // One read of the customer: churned since the daily run (My queue no longer offers the survey,
      // but a form left open may), and whom an email goes to.
      const customers = locate(env.ss, CUSTOMERS, ['status', 'name', 'contact', 'email']);
      const customer = relocated(customers, customerId)?.record;
      notChurned(customerId, customer, 'id');
      notWaitingForTicket(env, id, current);
      if (sendEmail) emailedTo = emailSurvey(env, id, customerId, customer);
      return { sent: now, status: 'Sent' };
    },
    () => (emailedTo ? `emailed to ${emailedTo}` : ''),
  );
  // The email went, and cannot be taken back: a retry must not send it twice.
  if (marked.ok || !emailedTo || marked.kind === 'partly') return marked;
  return {
    ok: false,
    kind: 'partly',
    message: `The survey went by email to ${emailedTo}, but ${id} could not be marked sent (${marked.message}). Use "Mark sent" rather than "Email" to finish, so the customer is not emailed twice.`,
  };
}

/** Refuses an After Ticket survey whose ticket was reopened since: My queue no longer offers it, a form left open may. */
function notWaitingForTicket(env: Env, id: string, survey: Readonly<Record<string, Cell>>): void {
  const asked = { id, reason: textOf(survey.reason), ticketId: textOf(survey.ticketId) };
  if (!asksAboutResolution(asked)) return;
  const ticket = relocated(locate(env.ss, TICKETS, ['status']), asked.ticketId)?.record;
  const waits = surveyWaitsForTicket(asked, ticket && textOf(ticket.status));
  if (waits) throw new FieldError('id', waits);
}

/** Emails the survey's questions to the customer's contact; returns the address. */
function emailSurvey(
  env: Env,
  surveyId: string,
  customerId: string,
  customer: Readonly<Record<string, Cell>> | undefined,
): string {
  if (!customer) throw notFound(CUSTOMERS.name, customerId);
  const to = textOf(customer.email);
  if (!to)
    throw new FieldError(
      'sendEmail',
      `${customerId} has no email address: add one, or send the survey another way.`,
    );
  // Typed into the sheet, it was never checked: MailApp would refuse it as "Invalid email".
  if (!isEmailAddress(to))
    throw new FieldError(
      'sendEmail',
      `${customerId}'s email address "${to}" is not one an email can go to: correct it in the Customers sheet, or send the survey another way.`,
    );
  const mail = env.mail();
  if (mail.getRemainingDailyQuota() < 1) {
    throw new FieldError(
      'sendEmail',
      "Today's Google email quota is used up: send the survey tomorrow or another way.",
    );
  }
  const { signedBy } = loadSection(env, 'surveys');
  const email = surveyEmail(textOf(customer.contact), textOf(customer.name), surveyId, signedBy);
  mail.sendEmail({ to, subject: email.subject, body: email.body, htmlBody: email.htmlBody });
  return to;
}
