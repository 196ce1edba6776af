/** A customer problem (problem tracking form, DOMAIN.md). */
import * as z from 'zod/mini';
import { dateTime, email, line, maybeOneOf, oneOf, recordId, required, text, wholeNumber } from '../fields';
import {
  CHANNELS,
  DEPARTMENTS,
  RATINGS,
  TICKET_FEEDBACK,
  TICKET_LEVELS,
  TICKET_STATUSES,
  TICKET_TYPES,
} from '../values';

/**
 * What staff enter when a ticket is registered. Expected By is when the customer expects it
 * solved: not before they raised it (both are wall-clock text of one zone, so they compare as text).
 */
export const ticketSchema = z
  .object({
    customerId: recordId('C'),
    subject: required(),
    description: text(),
    type: oneOf(TICKET_TYPES),
    level: z._default(oneOf(TICKET_LEVELS), 'Regular'),
    channel: maybeOneOf(CHANNELS),
    submitted: dateTime(),
    expectedBy: dateTime(),
    department: maybeOneOf(DEPARTMENTS),
    owner: email(),
  })
  .check(
    z.refine((t) => !(t.submitted && t.expectedBy && t.expectedBy < t.submitted), {
      message: 'This is before Submitted: enter when the customer expects it solved.',
      path: ['expectedBy'],
    }),
  );

/** What staff change as the ticket moves; the server stamps the time fields from Status. */
export const ticketUpdateSchema = z.object({
  id: recordId('T'),
  status: z.optional(oneOf(TICKET_STATUSES)),
  progress: z.optional(wholeNumber(0, 100)),
  owner: z.optional(email()),
  level: z.optional(oneOf(TICKET_LEVELS)),
  solution: z.optional(text()),
  feedback: z.optional(maybeOneOf(TICKET_FEEDBACK)),
  rating: z.optional(maybeOneOf(RATINGS)),
  suggestion: z.optional(line()),
});

export type TicketInput = z.input<typeof ticketSchema>;
export type Ticket = z.output<typeof ticketSchema>;
export type TicketUpdate = z.output<typeof ticketUpdateSchema>;
export type TicketUpdateInput = z.input<typeof ticketUpdateSchema>;
