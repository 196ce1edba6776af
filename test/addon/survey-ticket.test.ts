/**
 * A survey staff ask for names, if any, a ticket of its own customer (src/api/surveys.ts). Now is
 * Monday 2026-11-23 10:00 in Shanghai.
 */
import { describe, expect, it } from 'vitest';
import { customer, record, serve, ticket } from './daily-fixtures';
import { startAddon } from './harness';

describe('a survey asked for about a ticket', () => {
  it('refuses a Ticket ID no ticket has, and writes nothing', () => {
    const h = startAddon();
    const acme = customer(h, { name: 'Acme Ltd' });
    const r = serve(h, 'sidebarScheduleSurvey', { customerId: acme, reason: 'Ad Hoc', ticketId: 'T-09999' });
    expect(r.fields?.ticketId).toBe(
      'There is no ticket T-09999: enter the ID as the Tickets sheet shows it.',
    );
    expect(h.records('Surveys')).toHaveLength(0);
  });

  it("refuses another customer's ticket, naming whose it is", () => {
    const h = startAddon();
    const acme = customer(h, { name: 'Acme Ltd' });
    const beta = customer(h, { name: 'Beta Co' });
    const theirs = ticket(h, { customerId: beta });
    const r = serve(h, 'sidebarScheduleSurvey', { customerId: acme, reason: 'Ad Hoc', ticketId: theirs });
    expect(r.fields?.ticketId).toBe(`${theirs} is a ticket of ${beta}, not of ${acme}.`);
    expect(h.records('Surveys')).toHaveLength(0);
  });

  it("takes the customer's own ticket", () => {
    const h = startAddon();
    const acme = customer(h, { name: 'Acme Ltd' });
    const own = ticket(h, { customerId: acme });
    const r = serve(h, 'sidebarScheduleSurvey', {
      customerId: acme,
      reason: 'Project Delivery',
      ticketId: own,
    });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    expect(record(h, 'Surveys', r.value!.id)['Ticket ID']).toBe(own);
  });
});
