/** A satisfaction survey and its answers (DOMAIN.md, "Measure satisfaction"). */
import * as z from 'zod/mini';
import {
  date,
  dateTime,
  keptUnlessGiven,
  maybeRecordId,
  oneOf,
  recordId,
  text,
  wholeNumber,
} from '../fields';
import type { SurveyReason } from '../values';

export const SURVEY_DIMENSIONS = [
  'responseSpeed',
  'resolution',
  'professionalism',
  'productFit',
  'proactiveCare',
] as const;

const score = () => wholeNumber(1, 5);

/** The surveys staff ask for; the daily job schedules the routine and After Ticket ones. */
export const ASKED_SURVEY_REASONS = ['Project Delivery', 'Ad Hoc'] as const satisfies readonly SurveyReason[];

/** A survey staff ask for. Due left empty: see askedSurveyDue. */
export const surveySchema = z.object({
  customerId: recordId('C'),
  reason: oneOf(ASKED_SURVEY_REASONS),
  ticketId: maybeRecordId('T'),
  due: date(),
});

/**
 * The customer's answers; Responded must not be before Sent (checked where Sent is known). An
 * answer left out stays as it is, so answers can be added to in more than one sitting.
 */
export const surveyAnswersSchema = z.object({
  id: recordId('S'),
  ...keptUnlessGiven({
    responded: dateTime(),
    responseSpeed: score(),
    resolution: score(),
    professionalism: score(),
    productFit: score(),
    proactiveCare: score(),
    recommend: score(),
    comments: text(),
  }),
});

export type SurveyInput = z.input<typeof surveySchema>;
export type SurveyAnswers = z.output<typeof surveyAnswersSchema>;
export type SurveyAnswersInput = z.input<typeof surveyAnswersSchema>;
