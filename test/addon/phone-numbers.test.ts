import { expect, it } from 'vitest';
import { type Answer, submit } from './daily-fixtures';
import { startAddon } from './harness';

it.each(['-----', '(((())))', '.....', '// //'])(
  'a phone number with no digit ("%s") is refused',
  (phone) => {
    const h = startAddon();
    const r = h.addon.serve(
      'sidebarCreateCustomer',
      submit({ name: 'Acme', contact: 'Li', phone }),
    ) as Answer;
    expect(r.fields?.phone).toMatch(/^Enter a phone number/);
    expect(h.records('Customers')).toHaveLength(0);
  },
);
