/** Winning back a churned or at-risk customer (DOMAIN.md, "Warn of churn and win customers back"). */
import * as z from 'zod/mini';
import { date, email, oneOf, recordId, required } from '../fields';

export const CHURN_CAUSES = [
  'Service below expectations',
  'Competitor price',
  'Budget',
  'No longer needs',
  'Other',
] as const;
export const WIN_BACK_OUTCOMES = ['Open', 'Won Back', 'Lost'] as const;

/** A win-back typed into the sheet with its Outcome left empty has none yet: it is open. */
export const isOpenWinBack = (outcome: string): boolean => outcome === '' || outcome === 'Open';

/**
 * Why the customer is leaving, what will be done and by when; the reaction check falls due the
 * days set in Settings later.
 */
export const winBackSchema = z.object({
  customerId: recordId('C'),
  cause: oneOf(CHURN_CAUSES),
  measures: required(2000),
  expectedCompletion: date(),
  owner: email(),
});

/**
 * The measures are done on the day the win-back starts or later: a day before it (a year typed
 * wrong) would count as overdue from the start. Both are days of the sheet's zone, so they
 * compare as text. '' when the day is fine.
 */
export const expectedCompletionRefusal = (expected: string, startDay: string): string =>
  expected !== '' && expected < startDay
    ? `This is before the win-back starts (today, ${startDay}): enter the day the measures should be done.`
    : '';

export const winBackOutcomeSchema = z.object({
  id: recordId('W'),
  outcome: oneOf(WIN_BACK_OUTCOMES),
  measures: z.optional(required(2000)),
});

export type WinBackInput = z.input<typeof winBackSchema>;
export type WinBackOutcomeInput = z.input<typeof winBackOutcomeSchema>;
