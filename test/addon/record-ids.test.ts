import { describe, expect, it } from 'vitest';
import { type Answer, customer, submit, typeRows } from './daily-fixtures';
import { startAddon } from './harness';

describe('IDs', () => {
  it('a customer typed into the sheet with the next ID does not get its ID given again', () => {
    const h = startAddon();
    customer(h, { name: 'Acme' }); // C-0001
    typeRows(h, 'Customers', [{ ID: 'C-0002', Name: 'Beta Trading', Contact: 'Wang Fang' }]);
    const id = customer(h, { name: 'Gamma Foods' });
    const ids = h.records('Customers').map((r) => r.ID);
    expect(
      ids.filter((x) => x === id),
      `IDs: ${ids.join(', ')}`,
    ).toHaveLength(1);
  });
  it('an edit of the new customer lands on it, not on the typed one', () => {
    const h = startAddon();
    customer(h, { name: 'Acme' });
    typeRows(h, 'Customers', [{ ID: 'C-0002', Name: 'Beta Trading', Contact: 'Wang Fang' }]);
    const id = customer(h, { name: 'Gamma Foods' });
    const r = h.addon.serve('sidebarUpdateCustomer', submit({ id, notes: 'Gamma: CFO decides' })) as Answer;
    expect(r.ok).toBe(true);
    const beta = h.records('Customers').find((c) => c.Name === 'Beta Trading')!;
    expect(beta.Notes).toBe('');
  });
});
