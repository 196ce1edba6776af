/**
 * A business's existing data pasted in: its customer list and ticket history, typed the way its
 * old spreadsheet had them, given IDs from the menu, then met by the jobs and the sidebar.
 */
import { describe, expect, it } from 'vitest';
import { daily, typeRows } from './daily-fixtures';
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
});
