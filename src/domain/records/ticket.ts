/** A customer problem (problem tracking form, DOMAIN.md). */
import * as z from 'zod/mini';
import {
  dateTime,
  email,
  keptUnlessGiven,
  maybeOneOf,
  oneOf,
  recordId,
  required,
  text,
  wholeNumber,
} from '../fields';
import { missingSolution } from '../ticket-lifecycle';
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
 * Why Expected By cannot be taken, or null. It is when the customer expects the ticket solved: not
 * before they raised it (both are wall-clock text of one zone, so they compare as text).
 */
export const expectedTooEarly = (submitted: string, expectedBy: string): string | null =>
  submitted && expectedBy && expectedBy < submitted
    ? 'This is before Submitted: enter when the customer expects it solved.'
    : null;

/**
 * What staff enter when a ticket is registered. A Submitted left empty is stamped by the server,
 * which checks Expected By against it.
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
    z.superRefine((t, ctx) => {
      const early = expectedTooEarly(t.submitted, t.expectedBy);
      if (early)
        ctx.issues.push({ code: 'custom', message: early, path: ['expectedBy'], input: t.expectedBy });
    }),
  );

/**
 * What staff change as the ticket moves; the server stamps the time fields from Status. A field
 * left out stays as it is, so a done status with no Solution given is checked again by the server
 * against the ticket's own Solution.
 */
export const ticketUpdateSchema = z
  .object({
    id: recordId('T'),
    ...keptUnlessGiven({
      status: oneOf(TICKET_STATUSES),
      progress: wholeNumber(0, 100),
      owner: email(),
      level: oneOf(TICKET_LEVELS),
      expectedBy: dateTime(),
      // When the customer was last told how it goes: an update with no news is one too.
      lastUpdate: dateTime(),
      solution: text(),
      feedback: maybeOneOf(TICKET_FEEDBACK),
      rating: maybeOneOf(RATINGS),
      suggestion: text(),
    }),
  })
  .check(
    z.superRefine((t, ctx) => {
      const missing = t.status && t.solution !== undefined ? missingSolution(t.status, t.solution) : null;
      if (missing)
        ctx.issues.push({ code: 'custom', message: missing, path: ['solution'], input: t.solution });
    }),
  );

export type TicketInput = z.input<typeof ticketSchema>;
export type Ticket = z.output<typeof ticketSchema>;
export type TicketUpdate = z.output<typeof ticketUpdateSchema>;
export type TicketUpdateInput = z.input<typeof ticketUpdateSchema>;
