/**
 * A ticket given to another Owner takes its open alerts along: the missed target is now theirs
 * to put right, in their My queue, while the supervisor it was escalated to stays. Alerts already
 * Done, or ones someone gave to a third person, stay as they are.
 */
import { describe, expect, it } from 'vitest';
import { at, customer, serve, ticket } from './daily-fixtures';
import { startAddon } from './harness';

describe('a reassigned ticket', () => {
  it('hands its open alerts to the new Owner, logged, and says so', () => {
    const h = startAddon({ now: '2026-11-23T10:00', user: 'lead@example.com' });
    const c = customer(h, { name: 'Acme' });
    const id = ticket(h, { customerId: c, owner: 'li@example.com' });
    const other = ticket(h, { customerId: c, owner: 'li@example.com' });
    at(h, '2026-11-23T12:00');
    h.addon.call('runHourlyJobs');
    const about = (ticketId: string) => h.records('Alerts').filter((a) => a['Record ID'] === ticketId);
    expect(about(id).map((a) => [a.Kind, a.Owner])).toEqual([['SLA Breach', 'li@example.com']]);
    const result = serve(h, 'sidebarUpdateTicket', { id, owner: 'amy@example.com' });
    const alertId = String(about(id)[0]!.ID);
    expect(result).toMatchObject({ ok: true, value: { note: expect.stringContaining(alertId) } });
    expect(about(id).map((a) => [a.Owner, a['Escalated To'], a.Status])).toEqual([
      ['amy@example.com', about(id)[0]!['Escalated To'], 'Open'],
    ]);
    expect(about(other).map((a) => a.Owner)).toEqual(['li@example.com']);
    const log = h.records('Audit Log').filter((r) => r['Record ID'] === alertId);
    expect(log.map((r) => [r.Action, r.Changes])).toEqual([
      ['update', 'owner: li@example.com → amy@example.com'],
    ]);
  });

  it('leaves an alert already Done, or given to someone else, where it is', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const c = customer(h, { name: 'Acme' });
    const id = ticket(h, { customerId: c, owner: 'li@example.com' });
    at(h, '2026-11-23T12:00');
    h.addon.call('runHourlyJobs');
    const alerts = h.emu.globals.SpreadsheetApp.getActive().getSheetByName('Alerts')!;
    const header = h.values('Alerts')[0]!;
    alerts.getRange(2, header.indexOf('Owner') + 1).setValue('sam@example.com');
    const before = h.values('Alerts');
    expect(serve(h, 'sidebarUpdateTicket', { id, owner: 'amy@example.com' })).toMatchObject({ ok: true });
    expect(h.values('Alerts')).toEqual(before);
  });
});
