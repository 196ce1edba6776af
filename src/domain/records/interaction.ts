/** One touch with a customer (interaction log, DOMAIN.md). */
import * as z from 'zod/mini';
import { date, line, oneOf, recordId, required, requiredDateTime, text } from '../fields';
import { CHANNELS, INTERACTION_KINDS } from '../values';

/**
 * The next action is due on the day of the touch or after: one dated before it (a year typed
 * wrong) would make the customer's follow-up Overdue at once. Both are wall-clock text of the
 * sheet's zone, so the day of When compares as text. A next action and its due date come as a
 * pair (DOMAIN.md): a promise without a date is never followed up, and a date without a promise
 * makes a follow-up that says nothing of what to do.
 */
export const interactionSchema = z
  .object({
    customerId: recordId('C'),
    when: requiredDateTime(),
    channel: oneOf(CHANNELS),
    kind: oneOf(INTERACTION_KINDS),
    subject: required(),
    details: required(5000),
    participants: line(),
    feedback: text(),
    nextAction: line(),
    nextActionDue: date(),
  })
  .check(
    z.refine((t) => !(t.nextActionDue && t.when && t.nextActionDue < t.when.slice(0, 10)), {
      message: 'This is before the interaction: enter when the next action is due.',
      path: ['nextActionDue'],
    }),
    z.refine((t) => !(t.nextActionDue && !t.nextAction), {
      message: 'Say what is to be done by this date, or clear the date.',
      path: ['nextAction'],
    }),
    z.refine((t) => !(t.nextAction && !t.nextActionDue), {
      message: 'Enter when the next action is due.',
      path: ['nextActionDue'],
    }),
  );

export type InteractionInput = z.input<typeof interactionSchema>;
export type Interaction = z.output<typeof interactionSchema>;
