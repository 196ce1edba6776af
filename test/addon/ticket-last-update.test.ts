/**
 * Telling the customer how it goes is an update even with no news: Update ticket takes the time
 * the agent did (Last Update), so the 4-hour progress-update target counts from it, and refuses a
 * time ahead of now or before the ticket was submitted. Now is Monday 2026-11-23 in Shanghai.
 */
import { describe, expect, it } from 'vitest';
import { at, customer, instant, record, serve, ticket } from './daily-fixtures';
import { shanghai, startAddon } from './harness';

function openTicket() {
  const h = startAddon({ now: '2026-11-23T10:00' });
  const id = ticket(h, { customerId: customer(h, { name: 'Acme' }), level: 'Complex' });
  at(h, '2026-11-23T10:10');
  serve(h, 'sidebarUpdateTicket', { id, status: 'Acknowledged' });
  at(h, '2026-11-23T13:50');
  return { h, id };
}

describe('Last Update in Update ticket', () => {
  it('records an update with no other change, and the next one is due 4 business hours on', () => {
    const { h, id } = openTicket();
    expect(serve(h, 'sidebarUpdateTicket', { id, lastUpdate: '2026-11-23T13:45' })).toMatchObject({
      ok: true,
    });
    expect(instant(record(h, 'Tickets', id)['Last Update'])).toBe(shanghai('2026-11-23T13:45').getTime());
    h.addon.call('runHourlyJobs');
    expect(instant(record(h, 'Tickets', id)['Update Due'])).toBe(shanghai('2026-11-23T17:45').getTime());
    expect(record(h, 'Tickets', id).Breaches).toBe('');
  });

  it('keeps the time typed over the one a new Progress would stamp', () => {
    const { h, id } = openTicket();
    serve(h, 'sidebarUpdateTicket', { id, progress: 40, lastUpdate: '2026-11-23T13:30' });
    expect(instant(record(h, 'Tickets', id)['Last Update'])).toBe(shanghai('2026-11-23T13:30').getTime());
  });

  it.each([
    ['2026-11-23T15:00', 'This is in the future: enter when you told the customer how it goes.'],
    ['2026-11-23T09:00', 'This is before the ticket was submitted (2026-11-23 10:00).'],
  ])('refuses %s on its field, writing nothing', (lastUpdate, message) => {
    const { h, id } = openTicket();
    const before = h.values('Tickets');
    const result = serve(h, 'sidebarUpdateTicket', { id, lastUpdate });
    expect(result).toMatchObject({ ok: false, kind: 'invalid', fields: { lastUpdate: message } });
    expect(h.values('Tickets')).toEqual(before);
  });
});
