/**
 * Merges in a chain: B was merged into A, then A into C. Whatever names B or A leads to C, the
 * customer both now live in, not to a record merged away in turn.
 */
import { describe, expect, it } from 'vitest';
import { customer, record, serve } from './daily-fixtures';
import { startAddon } from './harness';

function chain() {
  const h = startAddon();
  const a = customer(h, { name: 'Acme' });
  const b = customer(h, { name: 'Acme Ltd' });
  const c = customer(h, { name: 'Acme Trading' });
  const d = customer(h, { name: 'Beta' });
  expect(serve(h, 'sidebarMergeCustomers', { keepId: a, mergeId: b }).ok).toBe(true);
  expect(serve(h, 'sidebarMergeCustomers', { keepId: c, mergeId: a }).ok).toBe(true);
  return { h, a, b, c, d };
}

describe('a customer merged into one that was merged in turn', () => {
  it('names the customer at the end of the chain when refusing an edit', () => {
    const { h, a, b, c } = chain();
    const answer = serve(h, 'sidebarUpdateCustomer', { id: b, phone: '+86 139 0000 1111' });
    expect(answer.fields).toEqual({
      id: `${b} was merged into ${a}, which was merged into ${c}: open ${c} to edit it.`,
    });
  });

  it('names the customer at the end of the chain when refusing a ticket for it', () => {
    const { h, a, b, c } = chain();
    const answer = serve(h, 'sidebarCreateTicket', {
      customerId: b,
      subject: 'Printer jams',
      type: 'Technical',
    });
    expect(answer.fields).toEqual({
      customerId: `${b} was merged into ${a}, which was merged into ${c}: choose ${c} instead.`,
    });
  });

  it('refuses to keep a record merged away, naming the one to keep', () => {
    const { h, a, b, c, d } = chain();
    const answer = serve(h, 'sidebarMergeCustomers', { keepId: b, mergeId: d });
    expect(answer.fields).toEqual({
      keepId: `${b} was merged into ${a}, which was merged into ${c}: keep ${c} instead.`,
    });
  });

  it('refuses to merge it again elsewhere, naming the one to merge instead', () => {
    const { h, a, b, c, d } = chain();
    const answer = serve(h, 'sidebarMergeCustomers', { keepId: d, mergeId: b });
    expect(answer.fields).toEqual({
      mergeId: `${b} was merged into ${a}, which was merged into ${c}, and its records are there: merge ${c} instead.`,
    });
    expect(record(h, 'Customers', b)['Merged Into']).toBe(a);
  });

  it('says its records are in the customer at the end of the chain already', () => {
    const { h, a, b, c } = chain();
    const answer = serve(h, 'sidebarMergeCustomers', { keepId: c, mergeId: b });
    expect(answer.fields).toEqual({
      mergeId: `${b} was merged into ${a}, which was merged into ${c}: its records are in ${c} already.`,
    });
    expect(record(h, 'Customers', b)['Merged Into']).toBe(a);
  });
});
