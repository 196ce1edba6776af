import { it } from 'vitest';
import { generate } from '../../tools/seed/generate';
import { loadSeed } from '../../tools/seed/load';
import { shanghai, startAddon } from '../addon/harness';

it('probe', () => {
  let t = performance.now();
  const h = startAddon();
  console.log('setup ms', performance.now() - t, 'calls', h.emu.rt.totalCalls());
  const data = generate({
    now: shanghai('2026-11-23T10:00').getTime(),
    timeZone: 'Asia/Shanghai',
    customers: 12,
    tickets: 30,
    interactions: 40,
    surveys: 12,
    months: 6,
  });
  loadSeed(h.emu.workbook, data);
  for (const job of ['runHourlyJobs', 'runDailyJobs', 'setupWorkbook']) {
    h.emu.rt.resetCounters();
    t = performance.now();
    const out = h.addon.call(job);
    console.log(
      job,
      'ms',
      performance.now() - t,
      'calls',
      h.emu.rt.totalCalls(),
      JSON.stringify(out).slice(0, 300),
    );
  }
  t = performance.now();
  for (let i = 0; i < 50; i++)
    h.addon.serve('sidebarCreateCustomer', { requestId: 'x' + i, record: { name: 'n' + i, contact: 'c' } });
  console.log('50 creates ms', performance.now() - t);
  t = performance.now();
  for (let i = 0; i < 50; i++)
    h.addon.serve('sidebarCreateCustomer', { requestId: 'y' + i, record: { name: 1, contact: 'c' } });
  console.log('50 invalid ms', performance.now() - t);
  t = performance.now();
  const snap = h.emu.workbook.toJSON();
  console.log('toJSON ms', performance.now() - t, JSON.stringify(snap).length);
  console.log(h.values('Dashboard').slice(0, 5));
});
