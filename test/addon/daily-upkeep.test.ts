/**
 * The daily job's smaller promises, on the built add-on: a trend compares with last month only,
 * a fall into risk is warned about once however the runs fall, a customer in two look-alike
 * groups names both, and a broken setting is answered in words when a win-back starts.
 */
import { describe, expect, it } from 'vitest';
import { asPerson } from '../../tools/emulator/person';
import {
  alerts,
  at,
  customer,
  daily,
  interaction,
  letterOf,
  record,
  setSetting,
  sheet,
  submit,
} from './daily-fixtures';
import { type Harness, shanghai, startAddon } from './harness';

function setStatus(h: Harness, id: string, status: string) {
  const row = h.values('Customers').findIndex((r) => r[0] === id) + 1;
  sheet(h, 'Customers')
    .getRange(`${letterOf(h, 'Customers', 'Status')}${row}`)
    .setValue(status);
}

describe('daily upkeep', () => {
  it('leaves Health Trend blank when last month had no score, rather than comparing with an older month', () => {
    const h = startAddon({ now: '2026-09-23T10:00' });
    const id = customer(h, { name: 'Back Again', status: 'Won', tier: 'Regular' }, '2026-09-20T10:00');
    interaction(h, id, '2026-09-21T10:00');
    daily(h, '2026-09-23T10:00');
    setStatus(h, id, 'Churned');
    daily(h, '2026-10-23T10:00');
    at(h, '2026-11-02T10:00');
    setStatus(h, id, 'Won');
    interaction(h, id, '2026-11-02T10:00');
    daily(h, '2026-11-23T10:00');
    expect(h.records('Health History').map((r) => r.Month)).toEqual(['2026-09', '2026-11']);
    expect(typeof record(h, 'Customers', id)['Health Score']).toBe('number');
    expect(record(h, 'Customers', id)['Health Trend']).toBe('');
  });

  it('warns once about a fall into risk when the run that raised it stopped and the next is another day', () => {
    const h = startAddon();
    setSetting(h, 'Daily jobs after (hour)', '23');
    const id = customer(
      h,
      { name: 'Quiet Mill', status: 'Won', tier: 'Regular', owner: 'amy@example.com', renewalIntent: 'No' },
      '2025-06-02T10:00',
    );
    interaction(h, id, '2026-06-01T10:00');
    const alertsSheet = sheet(h, 'Alerts');
    // Stopped (six minutes) right after the At Risk alert lands, before Risk Level is written.
    h.emu.rt.hook = () => {
      const raised = asPerson(h.emu.rt, () =>
        alertsSheet
          .getDataRange()
          .getValues()
          .some((r) => r.includes('At Risk')),
      );
      if (!raised) return;
      h.emu.rt.hook = undefined;
      throw new Error('Exceeded maximum execution time');
    };
    h.emu.rt.clock.set(shanghai('2026-11-23T23:05'));
    const first = h.addon.call('runScheduledJobs') as Array<{ job: string; error: string }>;
    expect(first.find((o) => o.job === 'daily')?.error).toContain('Exceeded maximum execution time');
    for (const wall of ['2026-11-24T00:05', '2026-11-24T23:05']) {
      h.emu.rt.clock.set(shanghai(wall));
      const out = h.addon.call('runScheduledJobs') as Array<{ error: string }>;
      expect(
        out.every((o) => o.error === ''),
        JSON.stringify(out),
      ).toBe(true);
    }
    expect(record(h, 'Customers', id)['Risk Level']).toBe('High');
    expect(alerts(h, 'At Risk', id)).toHaveLength(1);
  });

  it('names both look-alikes of a customer sharing an email with one and a phone with another', () => {
    const h = startAddon();
    const a = customer(h, { name: 'North Star Trading', email: 'li@northstar.example' });
    const b = customer(h, { name: 'N. Star', email: 'LI@northstar.example', phone: '138-0013-8000' });
    const c = customer(h, { name: 'Polaris Logistics', phone: '+86 138 0013 8000' });
    daily(h);
    expect(record(h, 'Customers', b)['Possible Duplicate']).toBe(`${a} (same email); ${c} (same phone)`);
  });

  it.each([
    ['an extension', '010-12345678', '010-12345678 ext. 8001'],
    ['full-width digits', '138-0013-8000', '１３８ ００１３ ８０００'],
  ])('flags the same phone number typed with %s', (_, phone, sameNumber) => {
    const h = startAddon();
    const a = customer(h, { name: 'Acme Trading', phone });
    const b = customer(h, { name: 'Beijing Widgets', phone: sameNumber });
    expect(record(h, 'Customers', b).Phone).toBe(sameNumber);
    daily(h);
    expect(record(h, 'Customers', a)['Possible Duplicate']).toBe(`${b} (same phone)`);
  });

  it('answers a win-back started while a health setting is broken with a message naming the cell', () => {
    const h = startAddon();
    const id = customer(h, { name: 'Acme', status: 'Won', tier: 'Key' });
    setSetting(h, 'Health: win-back check after (days)', 'abc');
    const answer = h.addon.serve(
      'sidebarStartWinBack',
      submit({ customerId: id, cause: 'Budget', measures: 'Offer a payment plan over 6 months.', owner: '' }),
    );
    expect(answer).toMatchObject({ ok: false });
    expect(JSON.stringify(answer)).toContain('Health: win-back check after (days)');
  });
});
