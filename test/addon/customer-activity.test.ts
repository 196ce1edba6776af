/**
 * Edit customer's History (sidebarCustomerActivity) on the built add-on: a customer's open tickets,
 * latest interactions and surveys, newest first, with the whole counts; nobody else's rows.
 */
import { describe, expect, it } from 'vitest';
import {
  at,
  customer,
  interaction,
  resolvedComplaint,
  serve,
  sheet,
  ticket,
  typeRows,
} from './daily-fixtures';
import { type Harness, shanghai, startAddon } from './harness';

interface Item {
  id: string;
  when: string;
  title: string;
  detail: string;
}
interface Activity {
  tickets: { total: number; open: number; items: Item[] };
  interactions: { total: number; items: Item[] };
  surveys: { total: number; items: Item[] };
}

const activity = (h: Harness, id: unknown) =>
  h.addon.serve('sidebarCustomerActivity', id) as { ok: boolean; value: Activity; fields?: object };

describe("a customer's history", () => {
  it('lists open tickets and the five latest interactions, newest first, and counts all', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const acme = customer(h, { name: 'Acme', status: 'Won' });
    const other = customer(h, { name: 'Bigco', status: 'Won' });
    const open = ticket(h, { customerId: acme, subject: 'Login fails' });
    ticket(h, { customerId: other, subject: 'Not theirs' });
    typeRows(h, 'Tickets', [resolvedComplaint('T-00900', acme)]);
    for (const day of ['01', '05', '03', '09', '07', '02']) {
      interaction(h, acme, `2026-11-${day}T10:00`, { subject: `Call of the ${day}th` });
    }
    interaction(h, other, '2026-11-20T10:00');
    interaction(h, acme, '2026-11-10T15:30', {
      subject: 'Visit',
      kind: 'Sales',
      channel: 'Visit',
      nextAction: 'Send the quote',
      nextActionDue: '2026-11-30',
    });
    at(h, '2026-11-23T11:00');
    // Its acknowledgement was due at 10:30.
    h.addon.call('runHourlyJobs');
    const answer = activity(h, acme);
    expect(answer.ok).toBe(true);
    const { tickets, interactions, surveys } = answer.value;
    expect(tickets).toMatchObject({ total: 2, open: 1 });
    expect(tickets.items).toEqual([
      {
        id: open,
        when: '2026-11-23T10:00',
        title: 'Login fails',
        detail: 'New, SLA Breached',
      },
    ]);
    expect(interactions.total).toBe(7);
    expect(interactions.items.map((i) => i.when)).toEqual([
      '2026-11-10T15:30',
      '2026-11-09T10:00',
      '2026-11-07T10:00',
      '2026-11-05T10:00',
      '2026-11-03T10:00',
    ]);
    expect(interactions.items[0]).toMatchObject({
      title: 'Sales · Visit · Visit',
      detail: 'Next: Send the quote (due 2026-11-30)',
    });
    expect(surveys).toEqual({ total: 0, items: [] });
  });

  it('dates a survey by its answer, else when it went, else when it is due', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const acme = customer(h, { name: 'Acme', status: 'Won' });
    typeRows(h, 'Surveys', [
      {
        ID: 'S-00001',
        'Customer ID': acme,
        Reason: '3 Months',
        Due: shanghai('2026-08-01'),
        Sent: shanghai('2026-08-02T09:00'),
        Responded: shanghai('2026-08-04T16:00'),
        Status: 'Responded',
      },
      {
        ID: 'S-00002',
        'Customer ID': acme,
        Reason: '6 Months',
        Due: shanghai('2026-11-01'),
        Sent: shanghai('2026-11-02T09:00'),
        Status: 'Sent',
      },
      { ID: 'S-00003', 'Customer ID': acme, Reason: 'Ad Hoc', Due: shanghai('2026-12-01'), Status: 'Due' },
    ]);
    const { surveys } = activity(h, acme).value;
    expect(surveys.total).toBe(3);
    expect(surveys.items).toEqual([
      { id: 'S-00003', when: '2026-12-01', title: 'Ad Hoc', detail: 'Due' },
      { id: 'S-00002', when: '2026-11-02T09:00', title: '6 Months', detail: 'Sent' },
      { id: 'S-00001', when: '2026-08-04T16:00', title: '3 Months', detail: 'Responded' },
    ]);
  });

  it('refuses what is no ID (words, nothing, another type), in words', () => {
    const h = startAddon();
    for (const bad of ['', 'Acme Ltd', 42, null, { id: 'C-0001' }]) {
      const answer = activity(h, bad);
      expect(answer).toMatchObject({
        ok: false,
        kind: 'invalid',
        fields: { id: 'Choose a customer first.' },
      });
    }
    expect(serve(h, 'sidebarCreateCustomer', { name: 'Acme', contact: 'Li Wei' }).ok).toBe(true);
  });

  it('has nothing to show for an ID no customer has, and says so by its counts', () => {
    const h = startAddon();
    customer(h, { name: 'Acme', status: 'Won' });
    expect(activity(h, 'C-9999')).toMatchObject({
      ok: true,
      value: { tickets: { total: 0, open: 0, items: [] }, interactions: { total: 0, items: [] } },
    });
  });

  it('reads only Customer ID for every row, and shows the right rows when a person sorts between its reads', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const acme = customer(h, { name: 'Acme', status: 'Won' });
    const other = customer(h, { name: 'Bigco', status: 'Won' });
    for (const day of ['01', '02', '03', '04', '05', '06'])
      for (const c of [acme, other])
        interaction(h, c, `2026-11-${day}T10:00`, { subject: `${c} on the ${day}th` });
    const quiet = activity(h, acme).value;

    // Between reading Customer ID and reading the customer's rows, a person sorts by Subject.
    const interactions = sheet(h, 'Interactions');
    let reads = 0;
    // Reads: Tickets' header (no rows), Interactions' header, its Customer ID, then the rows.
    h.emu.rt.hook = (method) => {
      if (method !== 'Sheet.getSheetValues' || ++reads !== 4) return;
      interactions.getRange(2, 1, interactions.getLastRow() - 1, interactions.getLastColumn()).sort({
        column: 6,
        ascending: false,
      });
    };
    const sorted = activity(h, acme).value;
    h.emu.rt.hook = undefined;
    expect(reads, 'the sort came between two reads').toBeGreaterThan(4);
    expect(sorted).toEqual(quiet);
    expect(quiet.interactions.items.map((i) => i.title)).toEqual(
      ['06', '05', '04', '03', '02'].map((d) => `Care · Phone · ${acme} on the ${d}th`),
    );
  });
});
