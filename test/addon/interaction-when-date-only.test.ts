/**
 * An interaction typed into the sheet with a When that is a date alone (2026-11-20: Sheets keeps
 * midnight in the spreadsheet's zone) means some time that day: the call-back on the day the record
 * was made, or the check-back on the day a ticket was resolved, logged that way is done. A When
 * with its time counts at that time. The spreadsheet is in Asia/Shanghai, the process in
 * Pacific/Auckland (its midnight is 19:00 in Shanghai).
 */
import { describe, expect, it } from 'vitest';
import {
  alerts,
  at,
  customer,
  daily,
  instant,
  record,
  ticket,
  typeRows,
  updateTicket,
} from './daily-fixtures';
import { type Harness, shanghai, startAddon } from './harness';

const typedCall = (id: string, customerId: string, when: Date) => ({
  ID: id,
  'Customer ID': customerId,
  When: when,
  Channel: 'Phone',
  Kind: 'Care',
  Subject: 'Printer follow-up',
  Details: 'Asked whether the new roller works; it does, no more jams since the fix.',
});

/** A Key customer with a ticket resolved at `resolvedAt` (Shanghai wall clock). */
function resolvedTicketOf(h: Harness, resolvedAt: string) {
  const id = customer(
    h,
    { name: 'Bigco', status: 'Won', tier: 'Key', owner: 'amy@example.com' },
    '2026-11-02T10:00',
  );
  at(h, '2026-11-19T09:00');
  const t = ticket(h, { customerId: id, level: 'Regular' });
  at(h, resolvedAt);
  updateTicket(h, { id: t, status: 'Resolved', solution: 'Replaced the roller' });
  return { id, t };
}

describe('an interaction whose When is a date without a time', () => {
  it('is the check-back on the day the ticket was resolved, and Last Contact keeps the date', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const { id } = resolvedTicketOf(h, '2026-11-20T14:00');
    typeRows(h, 'Interactions', [typedCall('I-000901', id, shanghai('2026-11-20'))]);
    daily(h, '2026-11-23T10:00');
    const c = record(h, 'Customers', id);
    expect(instant(c['Last Contact'])).toBe(shanghai('2026-11-20T00:00').getTime());
    expect(c['Follow-up Status']).toBe('OK');
    expect(alerts(h, 'Follow-up Overdue', id)).toEqual([]);
  });

  it('is the call-back on the day the customer was created', () => {
    const h = startAddon({ now: '2026-11-22T15:00' });
    const id = customer(
      h,
      { name: 'Acme', status: 'Potential', owner: 'amy@example.com' },
      '2026-11-22T15:00',
    );
    typeRows(h, 'Interactions', [typedCall('I-000901', id, shanghai('2026-11-22'))]);
    daily(h, '2026-11-23T16:00');
    expect(record(h, 'Customers', id)['Follow-up Status']).toBe('OK');
    expect(alerts(h, 'Follow-up Overdue', id)).toEqual([]);
  });

  it('says only the date when the cadence counts from it', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const id = customer(
      h,
      { name: 'Acme', status: 'Won', tier: 'VIP', owner: 'amy@example.com' },
      '2026-09-01T10:00',
    );
    typeRows(h, 'Interactions', [typedCall('I-000901', id, shanghai('2026-10-01'))]);
    daily(h, '2026-11-23T10:00');
    expect(alerts(h, 'Follow-up Overdue', id).map((a) => a.Message)).toEqual([
      'Follow-up with Acme was due 2026-10-31: VIP cadence 30 days (last contact 2026-10-01).',
    ]);
    h.emu.rt.activeUser = 'amy@example.com';
    const queue = (
      h.addon.serve('sidebarBootstrap') as { value: { queue: { followUps: { why: string }[] } } }
    ).value.queue;
    expect(queue.followUps.map((f) => f.why)).toEqual(['follow-up was due 2026-10-31']);
  });

  it('is no check-back on an earlier day, nor is a time typed before the resolution', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const { id, t } = resolvedTicketOf(h, '2026-11-20T14:00');
    typeRows(h, 'Interactions', [
      typedCall('I-000901', id, shanghai('2026-11-19')),
      typedCall('I-000902', id, shanghai('2026-11-20T13:00')),
    ]);
    daily(h, '2026-11-23T10:00');
    expect(alerts(h, 'Follow-up Overdue', id).map((a) => a.Message)).toEqual([
      `Follow-up with Bigco was due 2026-11-22 14:00: check-back after ticket ${t} was resolved (2026-11-20 14:00).`,
    ]);
  });

  it("takes a time that is midnight in the process's zone, not the spreadsheet's, as the time it is", () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const { id, t } = resolvedTicketOf(h, '2026-11-21T14:00');
    // 19:00 in Shanghai is 00:00 of the 21st in Auckland.
    typeRows(h, 'Interactions', [typedCall('I-000901', id, shanghai('2026-11-20T19:00'))]);
    daily(h, '2026-11-23T16:00');
    expect(alerts(h, 'Follow-up Overdue', id).map((a) => a.Message)).toEqual([
      `Follow-up with Bigco was due 2026-11-23 14:00: check-back after ticket ${t} was resolved (2026-11-21 14:00).`,
    ]);
  });
});
