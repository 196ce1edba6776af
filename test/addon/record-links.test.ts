/**
 * A record saved for a customer must name a customer that exists (a mistyped ID in the picker's
 * box is sent as typed) and not one merged into another (its records would never reach the kept one).
 */
import { describe, expect, it } from 'vitest';
import { type Answer, customer, submit } from './daily-fixtures';
import { type Harness, startAddon } from './harness';

const touch = (customerId: string) => ({
  customerId,
  when: '2026-11-22T21:15',
  channel: 'Phone',
  kind: 'Care',
  subject: 'Renewal',
  details: 'Agreed a demo on Friday with the CFO',
});

function merged(h: Harness): { keep: string; dup: string } {
  const keep = customer(h, { name: 'Acme' });
  const dup = customer(h, { name: 'Acme Ltd' });
  const m = h.addon.serve('sidebarMergeCustomers', submit({ keepId: keep, mergeId: dup })) as Answer;
  expect(m.ok, JSON.stringify(m)).toBe(true);
  return { keep, dup };
}

describe('records name a real customer', () => {
  // Refused for this reason, in these words: not for some other field.
  const NO_C0010 = 'There is no customer C-0010: choose one from the list.';

  it('an interaction for a customer ID that does not exist is refused, nothing written', () => {
    const h = startAddon();
    customer(h, { name: 'Acme' }); // C-0001
    const r = h.addon.serve('sidebarLogInteraction', submit(touch('C-0010'))) as Answer;
    expect(r).toMatchObject({ ok: false, fields: { customerId: NO_C0010 } });
    expect(h.records('Interactions')).toHaveLength(0);
  });

  it('a ticket for a customer ID that does not exist is refused', () => {
    const h = startAddon();
    customer(h, { name: 'Acme' });
    const r = h.addon.serve(
      'sidebarCreateTicket',
      submit({ customerId: 'C-0010', subject: 'Printer jams', type: 'Technical' }),
    ) as Answer;
    expect(r).toMatchObject({ ok: false, fields: { customerId: NO_C0010 } });
    expect(h.records('Tickets')).toHaveLength(0);
  });

  it('an interaction for a customer merged into another does not stay with the merged record', () => {
    const h = startAddon();
    const { keep, dup } = merged(h);
    const r = h.addon.serve('sidebarLogInteraction', submit(touch(dup))) as Answer;
    const rows = h.records('Interactions');
    // Either refused in words naming the kept customer, or filed under the kept customer.
    if (r.ok) expect(rows[0]!['Customer ID']).toBe(keep);
    else expect(r.fields?.customerId ?? r.message).toContain(keep);
  });
});
