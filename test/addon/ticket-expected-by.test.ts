/**
 * A new ticket's Expected By is not before Submitted, also when Submitted is left to the server
 * to stamp (src/api/tickets.ts). Now is Monday 2026-11-23 10:00 in Shanghai.
 */
import { describe, expect, it } from 'vitest';
import { customer, serve } from './daily-fixtures';
import { startAddon } from './harness';

/** A new ticket for a new customer, Submitted left for the server to stamp. */
function newTicket(expectedBy: string) {
  const h = startAddon();
  const customerId = customer(h, { name: 'Acme Ltd' });
  const answer = serve(h, 'sidebarCreateTicket', {
    customerId,
    subject: 'Printer jams',
    type: 'Technical',
    expectedBy,
  });
  return { h, answer };
}

describe('a new ticket with Submitted left empty (stamped now)', () => {
  it('refuses an Expected By before now, as it refuses one before a Submitted typed in', () => {
    const { h, answer } = newTicket('2025-11-23T18:00');
    expect(answer.fields?.expectedBy).toBe(
      'This is before Submitted: enter when the customer expects it solved.',
    );
    expect(h.records('Tickets')).toHaveLength(0);
  });

  it('takes an Expected By later today', () => {
    const { answer } = newTicket('2026-11-23T18:00');
    expect(answer.ok, JSON.stringify(answer)).toBe(true);
  });
});
