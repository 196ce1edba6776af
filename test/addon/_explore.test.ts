import { it } from 'vitest';
import { startAddon } from './harness';
it('explore', () => {
  const h = startAddon({ now: '2026-11-20T17:00' });
  console.log(h.values('Settings').map(r => r.slice(0,2).join(' = ')).join('\n'));
  const c = h.addon.serve('sidebarCreateCustomer', { requestId: 'a', record: { name: 'Acme', contact: 'Li', tier: 'Regular' } });
  console.log(JSON.stringify(c));
  const t = h.addon.serve('sidebarCreateTicket', { requestId: 'b', record: { customerId: 'C-0001', subject: '<b>x</b>', type: 'Technical', submitted: '2026-11-20T17:00' } });
  console.log(JSON.stringify(t));
  const out = h.addon.call('runHourlyJobs');
  console.log(JSON.stringify(out));
  console.log(h.records('Tickets'));
  console.log(h.values('Dashboard').slice(0,5));
});
