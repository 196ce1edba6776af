/** One touch with a customer (interaction log, DOMAIN.md). */
import * as z from 'zod/mini';
import { date, line, oneOf, recordId, required, requiredDateTime, text } from '../fields';
import { CHANNELS, INTERACTION_KINDS } from '../values';

export const interactionSchema = z.object({
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
});

export type InteractionInput = z.input<typeof interactionSchema>;
export type Interaction = z.output<typeof interactionSchema>;
