/**
 * The next target a ticket's line in My queue names (src/api/queue.ts): only a target still to
 * meet, as the hourly job judges it. The spreadsheet is in Shanghai, the process in Auckland; now
 * is Monday 2026-11-23 09:00 in Shanghai, business hours Mon-Fri 09:00-18:00.
 */
import { describe, expect, it } from 'vitest';
import { at, customer, handTypedTicket, ticket, typeRows, updateTicket } from './daily-fixtures';
import { type Harness, startAddon } from './harness';

type QueueTicket = { id: string; slaStatus: string; nextTarget: string; nextDue: string };

const queueLine = (h: Harness, id: string) =>
  (
    h.addon.serve('sidebarBootstrap') as { value: { queue: { tickets: QueueTicket[] } } }
  ).value.queue.tickets.find((t) => t.id === id);

function hourly(h: Harness) {
  expect((h.addon.call('runHourlyJobs') as { error: string }).error).toBe('');
}

describe('the next target in My queue', () => {
  it('is no longer the initial plan once an update followed the acknowledgement, as the SLA counts it given', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const c = customer(h, { name: 'Acme', tier: 'Regular' });
    const t = ticket(h, { customerId: c, level: 'Critical', owner: 'agent@example.com' });
    at(h, '2026-11-23T09:05');
    updateTicket(h, { id: t, status: 'Acknowledged' });
    // The agent calls the customer back with the plan and records the progress.
    at(h, '2026-11-23T09:30');
    updateTicket(h, { id: t, status: 'In Progress', progress: 20 });
    at(h, '2026-11-23T12:00');
    hourly(h);
    // Plan Due (11:00) has passed, yet nothing is missed: the plan counts as given.
    expect(queueLine(h, t)).toMatchObject({
      slaStatus: 'On Track',
      nextTarget: 'progress update',
      nextDue: '2026-11-23 13:30',
    });
  });

  it('is not the acknowledgement on a ticket typed in the sheet as In Progress without an Acknowledged time', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const c = customer(h, { name: 'Acme', tier: 'Regular' });
    typeRows(h, 'Tickets', [handTypedTicket(c)]);
    at(h, '2026-11-23T10:00');
    hourly(h);
    expect(queueLine(h, 'T-00900')).toMatchObject({
      slaStatus: 'On Track',
      nextTarget: 'progress update',
      nextDue: '2026-11-23 13:00',
    });
  });
});
