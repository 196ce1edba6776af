/**
 * The customer's Expected By in My queue and in the ticket forms' saved message (src/api/queue.ts,
 * src/api/tickets.ts). The spreadsheet is in Shanghai, the process in Auckland; now is Monday
 * 2026-11-23 10:00 in Shanghai, business hours Mon-Fri 09:00-18:00.
 */
import { describe, expect, it } from 'vitest';
import { at, customer, handTypedTicket, serve, setSetting, typeRows, updateTicket } from './daily-fixtures';
import { type Harness, shanghai, startAddon } from './harness';

type QueueTicket = { id: string; expected: string; nextTarget: string; nextDue: string };

const queue = (h: Harness) =>
  (h.addon.serve('sidebarBootstrap') as { value: { queue: { tickets: QueueTicket[] } } }).value.queue.tickets;

function hourly(h: Harness) {
  expect((h.addon.call('runHourlyJobs') as { error: string }).error).toBe('');
}

/** A Complex ticket saved from the sidebar and taken In Progress: its next target is the progress update at 14:00. */
function inProgress(h: Harness, customerId: string, subject: string, expectedBy = ''): string {
  const saved = serve(h, 'sidebarCreateTicket', {
    customerId,
    subject,
    type: 'Technical',
    level: 'Complex',
    owner: 'agent@example.com',
    expectedBy,
  });
  expect(saved.ok, JSON.stringify(saved)).toBe(true);
  updateTicket(h, { id: saved.value!.id, status: 'In Progress' });
  return saved.value!.id;
}

/** A Technical ticket saved for a new customer, and a way to update it from the sidebar. */
function printerJams(fields: Record<string, unknown>) {
  const h = startAddon();
  const c = customer(h, { name: 'Acme Ltd' });
  const saved = serve(h, 'sidebarCreateTicket', {
    customerId: c,
    subject: 'Printer jams',
    type: 'Technical',
    ...fields,
  });
  const id = saved.value!.id;
  const update = (record: Record<string, unknown>) => serve(h, 'sidebarUpdateTicket', { id, ...record });
  return { h, saved, update };
}

describe("My queue and the customer's Expected By", () => {
  it('places a ticket the customer expects sooner than its next target by that time, and says so', () => {
    const h = startAddon();
    const c = customer(h, { name: 'Acme Ltd', owner: 'agent@example.com' });
    const plain = inProgress(h, c, 'Scanner offline');
    const sooner = inProgress(h, c, 'Invoices not printing', '2026-11-23T12:00');
    const later = inProgress(h, c, 'Slow login', '2026-11-27T12:00');
    const waiting = inProgress(h, c, 'Label format', '2026-11-23T11:00');
    updateTicket(h, { id: waiting, status: 'Waiting on Customer' });
    typeRows(h, 'Tickets', [
      handTypedTicket(c, { Acknowledged: shanghai('2026-11-23T09:10'), 'Expected By': 'end of the week' }),
    ]);
    hourly(h);
    const tickets = queue(h);
    expect(tickets.map((t) => t.id)).toEqual([sooner, 'T-00900', plain, later, waiting]);
    const of = (id: string) => tickets.find((t) => t.id === id)!;
    expect(of(sooner)).toMatchObject({
      expected: 'customer expects it by 2026-11-23 12:00',
      nextTarget: 'progress update',
      nextDue: '2026-11-23 14:00',
    });
    for (const id of [plain, later, waiting, 'T-00900']) expect(of(id).expected).toBe('');

    at(h, '2026-11-23T12:30');
    expect(queue(h).find((t) => t.id === sooner)!.expected).toBe('customer expected it by 2026-11-23 12:00');
  });
});

describe('the saved message', () => {
  const NOTE =
    'The customer expects it by Tue 2026-11-24 15:00, before its resolve target (Wed 2026-11-25 16:00): plan for the earlier time, or agree a new one with the customer.';

  it('tells the person saving a new ticket when the customer expects it before its resolve target', () => {
    const h = startAddon();
    const c = customer(h, { name: 'Acme Ltd' });
    const ticket = (level: string, expectedBy: string) =>
      serve(h, 'sidebarCreateTicket', {
        customerId: c,
        subject: 'Printer jams',
        type: 'Technical',
        level,
        expectedBy,
      });
    // Complex: 1440 business minutes from Monday 10:00 is Wednesday 16:00.
    expect(ticket('Complex', '2026-11-24T15:00').value).toMatchObject({ repeated: false, note: NOTE });
    expect(ticket('Complex', '2026-11-25T16:00').value).not.toHaveProperty('note');
    expect(ticket('Complex', '').value).not.toHaveProperty('note');
  });

  it("times a VIP customer's ticket round the clock", () => {
    const h = startAddon();
    const c = customer(h, { name: 'Acme Ltd', tier: 'VIP' });
    const saved = serve(h, 'sidebarCreateTicket', {
      customerId: c,
      subject: 'Printer jams',
      type: 'Technical',
      level: 'Complex',
      expectedBy: '2026-11-23T20:00',
    });
    // 1440 minutes 7x24 from Monday 10:00 is Tuesday 10:00.
    expect(saved.value).toMatchObject({
      note: 'The customer expects it by Mon 2026-11-23 20:00, before its resolve target (Tue 2026-11-24 10:00): plan for the earlier time, or agree a new one with the customer.',
    });
  });

  it('saves the ticket without the note while an SLA setting is broken', () => {
    const h = startAddon();
    const c = customer(h, { name: 'Acme Ltd' });
    setSetting(h, 'SLA Complex: resolve (minutes)', 'a day');
    const saved = serve(h, 'sidebarCreateTicket', {
      customerId: c,
      subject: 'Printer jams',
      type: 'Technical',
      level: 'Complex',
      expectedBy: '2026-11-24T15:00',
    });
    expect(saved).toMatchObject({ ok: true, value: { repeated: false } });
    expect(saved.value).not.toHaveProperty('note');
    expect(h.records('Tickets')).toHaveLength(1);
  });

  it('tells the person updating a ticket when a new Level brings the resolve target after the customer’s time', () => {
    // Regular: resolved by Monday 14:00, before the customer's Tuesday 15:00.
    const { saved, update } = printerJams({ expectedBy: '2026-11-24T15:00' });
    expect(saved.value).not.toHaveProperty('note');
    expect(update({ level: 'Complex' }).value).toMatchObject({ note: NOTE });
    expect(update({ progress: 20 }).value).not.toHaveProperty('note');
    expect(update({ status: 'Waiting on Customer' }).value).not.toHaveProperty('note');
    expect(update({ status: 'In Progress' }).value).toMatchObject({ note: NOTE });
  });

  it('takes a new Expected By in Update ticket, weighs it again, and refuses one before Submitted', () => {
    const { h, update } = printerJams({ level: 'Complex' });
    // The customer agreed Thursday; Complex resolves by Wednesday 16:00 (24 business hours).
    expect(update({ expectedBy: '2026-11-26T12:00' }).value).not.toHaveProperty('note');
    expect(h.records('Tickets')[0]!['Expected By']).toEqual(shanghai('2026-11-26T12:00'));
    // Then they ask for it by 11:00 tomorrow: before the resolve target.
    expect(update({ expectedBy: '2026-11-24T11:00' }).value).toMatchObject({
      note: expect.stringMatching(
        /^The customer expects it by Tue 2026-11-24 11:00, before its resolve target/,
      ),
    });
    const refused = update({ expectedBy: '2026-11-23T09:00' });
    expect(refused).toMatchObject({
      ok: false,
      kind: 'invalid',
      fields: { expectedBy: 'This is before Submitted: enter when the customer expects it solved.' },
    });
    expect(h.records('Tickets')[0]!['Expected By']).toEqual(shanghai('2026-11-24T11:00'));
    expect(update({ expectedBy: '' }).ok).toBe(true);
    expect(h.records('Tickets')[0]!['Expected By']).toBe('');
  });
});
