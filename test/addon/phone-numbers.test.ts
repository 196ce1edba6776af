import { expect, it } from 'vitest';
import { submit } from './daily-fixtures';
import { startAddon } from './harness';

type R = { ok: boolean; fields?: Record<string, string> };

it.each(['-----', '(((())))', '.....', '// //'])(
  'a phone number with no digit ("%s") is refused',
  (phone) => {
    const h = startAddon();
    const r = h.addon.serve('sidebarCreateCustomer', submit({ name: 'Acme', contact: 'Li', phone })) as R;
    expect(r.fields?.phone).toMatch(/^Enter a phone number/);
    expect(h.records('Customers')).toHaveLength(0);
  },
);
