/**
 * A business's existing data pasted in: its customer list and ticket history, typed the way its
 * old spreadsheet had them, given IDs from the menu, then met by the jobs and the sidebar.
 */
import { describe, expect, it } from 'vitest';
import { daily, interactionRecord, serve, typeRows } from './daily-fixtures';
import { type Harness, shanghai, startAddon } from './harness';

const giveIds = (h: Harness) => h.addon.call('menuGiveIds');

interface Boot {
  value: {
    queue: {
      tickets: Array<{ id: string }>;
      followUps: Array<{ id: string }>;
      alerts: Array<{ id: string }>;
    };
  };
}

describe('existing data pasted in', () => {
  it('shows a pasted Owner typed with stray spaces or capitals in that person’s My queue', () => {
    const h = startAddon();
    typeRows(h, 'Customers', [
      { Name: 'Acme', Status: 'won', Owner: ' Agent@Example.com ', 'First Contact': shanghai('2026-10-01') },
    ]);
    typeRows(h, 'Tickets', [
      {
        'Customer ID': 'C-0001',
        Subject: 'Printer jams',
        Status: 'new',
        Owner: 'agent@example.com  ',
        Submitted: shanghai('2026-11-23T09:00'),
      },
    ]);
    giveIds(h);
    daily(h);
    const { queue } = (h.addon.serve('sidebarBootstrap') as Boot).value;
    expect(queue.tickets.map((t) => t.id)).toEqual(['T-00001']);
    expect(queue.followUps.map((c) => c.id)).toEqual(['C-0001']);
    expect(queue.alerts.length).toBeGreaterThan(0);
  });

  it('records the targets an open ticket missed weeks before it came in, and raises alerts only for the recent', () => {
    const h = startAddon();
    typeRows(h, 'Customers', [{ ID: 'ACME-17', Name: 'Acme', Status: 'Won' }]);
    typeRows(h, 'Tickets', [
      // Open in the old system since September: every target missed long ago.
      {
        'Customer ID': 'ACME-17',
        Subject: 'Old printer',
        Status: 'new',
        Submitted: shanghai('2026-09-01T09:00'),
      },
      // Worked on last week, not updated since: its update target missed days ago.
      {
        'Customer ID': 'ACME-17',
        Subject: 'Invoice wrong',
        Status: 'In Progress',
        Submitted: shanghai('2026-11-16T09:00'),
        Acknowledged: shanghai('2026-11-16T09:10'),
        'Last Update': shanghai('2026-11-17T10:00'),
      },
      // Typed in this morning, not acknowledged.
      {
        'Customer ID': 'ACME-17',
        Subject: 'Screen dark',
        Status: 'New',
        Submitted: shanghai('2026-11-23T09:00'),
      },
    ]);
    giveIds(h);
    const run = h.addon.call('runHourlyJobs') as { error: string; detail: string };
    expect(run.error).toBe('');
    const tickets = h.records('Tickets').map((t) => [t.ID, t['SLA Status'], t.Breaches]);
    expect(tickets).toEqual([
      ['T-00001', 'Breached', 'ack, update, resolve'],
      ['T-00002', 'Breached', 'update, resolve'],
      ['T-00003', 'Breached', 'ack'],
    ]);
    const alerts = h.records('Alerts').map((a) => `${a['Record ID']} ${a.Message}`);
    expect(alerts).toEqual([
      'T-00002 Ticket T-00002 "Invoice wrong" missed its progress update target.',
      'T-00002 Ticket T-00002 "Invoice wrong" missed its resolution target.',
      'T-00003 Ticket T-00003 "Screen dark" missed its acknowledgement target.',
    ]);
  });

  it('names the interactions that name no customer, rather than leave them out unsaid', () => {
    const h = startAddon();
    typeRows(h, 'Customers', [{ ID: 'ACME-17', Name: 'Acme', Status: 'Won' }]);
    const call = { When: shanghai('2026-11-20T10:00'), Channel: 'Phone', Kind: 'Care', Subject: 'Check-in' };
    typeRows(h, 'Interactions', [
      { ...call, 'Customer ID': 'ACME-17' },
      // The company's name, and its ID in other capitals: neither is a Customer ID.
      { ...call, 'Customer ID': 'Acme Ltd' },
      { ...call, 'Customer ID': 'Acme Ltd' },
      { ...call, 'Customer ID': 'acme-17' },
    ]);
    giveIds(h);
    const { detail } = daily(h);
    expect(detail).toContain(
      '3 interactions not counted: their Customer ID is not in Customers ("Acme Ltd" 2, "acme-17" 1); type the customer\'s ID there',
    );
  });

  it('raises no Bad Data alert for a ticket pasted in already done, with no dates to time it by', () => {
    const h = startAddon();
    typeRows(h, 'Customers', [{ ID: 'ACME-17', Name: 'Acme', Status: 'Won' }]);
    typeRows(h, 'Tickets', [
      // An old system's closed ticket: no Submitted, nothing to time.
      { 'Customer ID': 'ACME-17', Subject: 'Old printer', Status: 'closed' },
      { 'Customer ID': 'ACME-17', Subject: 'Old invoice', Status: 'Resolved' },
      // Still open without Submitted: someone must type it, so it is asked for.
      { 'Customer ID': 'ACME-17', Subject: 'Screen dark', Status: 'New' },
    ]);
    giveIds(h);
    expect((h.addon.call('runHourlyJobs') as { error: string }).error).toBe('');
    expect(h.records('Tickets').map((t) => t['SLA Status'])).toEqual([
      'Check this row: Submitted is empty',
      'Check this row: Submitted is empty',
      'Check this row: Submitted is empty',
    ]);
    expect(h.records('Alerts').map((a) => `${a.Kind} ${a['Record ID']}`)).toEqual(['Bad Data T-00003']);
  });

  it('lets the sidebar edit and link a customer kept under an ID of the business’s own', () => {
    const h = startAddon();
    typeRows(h, 'Customers', [{ ID: 'ACME-17', Name: 'Acme', Status: 'Won', Contact: 'Li Wei' }]);
    giveIds(h);
    const save = (fn: string, record: Record<string, unknown>) => serve(h, fn, record);
    expect(save('sidebarUpdateCustomer', { id: 'ACME-17', notes: 'Met at the fair' })).toMatchObject({
      ok: true,
    });
    expect(
      save('sidebarCreateTicket', { customerId: 'ACME-17', subject: 'Printer jams', type: 'Technical' }),
    ).toMatchObject({ ok: true });
    expect(save('sidebarLogInteraction', interactionRecord('ACME-17', '2026-11-23T09:00'))).toMatchObject({
      ok: true,
    });
    expect(h.records('Customers')[0]!.Notes).toBe('Met at the fair');
    expect(h.records('Tickets')[0]!['Customer ID']).toBe('ACME-17');
    // Words are still no ID.
    expect(save('sidebarUpdateCustomer', { id: 'Acme', notes: 'x' }).fields?.id).toMatch(
      /^Enter the ID as the sheet shows it: C- and its number/,
    );
  });
});
