import { expect, it } from 'vitest';
import { type Answer, customer, record, submit, ticket } from './daily-fixtures';
import { startAddon } from './harness';

it('a customer already merged into one is not re-marked as merged into another', () => {
  const h = startAddon();
  const a = customer(h, { name: 'Acme' });
  const b = customer(h, { name: 'Acme Ltd' });
  const c = customer(h, { name: 'Acme Trading' });
  const t = ticket(h, { customerId: b });
  expect((h.addon.serve('sidebarMergeCustomers', submit({ keepId: a, mergeId: b })) as Answer).ok).toBe(true);
  expect(record(h, 'Tickets', t)['Customer ID']).toBe(a);
  const again = h.addon.serve('sidebarMergeCustomers', submit({ keepId: c, mergeId: b })) as Answer;
  expect(again).toMatchObject({
    ok: false,
    fields: { mergeId: `${b} was merged into ${a}, and its records are there: merge ${a} instead.` },
  });
  // B's ticket went to A: B's record must still say so.
  expect(record(h, 'Customers', b)['Merged Into']).toBe(a);
});
