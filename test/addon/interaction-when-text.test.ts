/**
 * An interaction typed into the sheet with a When Sheets did not take for a date ("2026.11.20
 * 10:00", kept as text) has no place in time, so it counts for nothing. The alerts it may have
 * caused say so, so the owner corrects the date rather than calling a customer they just called.
 * The spreadsheet is in Asia/Shanghai, now Monday 2026-11-23 10:00.
 */
import { describe, expect, it } from 'vitest';
import { alerts, customer, daily, record, typeRows } from './daily-fixtures';
import { startAddon } from './harness';

const NOW = '2026-11-23T10:00';

const NOT_COUNTED =
  'Not counted: 1 interaction whose When is not a date ("2026.11.20 10:00"); type it like 2026-11-20 10:00.';

const typedCall = (id: string, customerId: string, when: string) => ({
  ID: id,
  'Customer ID': customerId,
  When: when,
  Channel: 'Phone',
  Kind: 'Care',
  Subject: 'Renewal',
  Details: 'Talked through the renewal terms; they want a quote by Friday.',
});

describe('an interaction whose When is text, not a date', () => {
  it('is named in the Follow-up Overdue and At Risk alerts it leaves, with how to type the date', () => {
    const h = startAddon({ now: NOW });
    const id = customer(
      h,
      { name: 'Acme', status: 'Won', tier: 'VIP', owner: 'amy@example.com', renewalIntent: 'No' },
      '2026-09-01T10:00',
    );
    typeRows(h, 'Interactions', [typedCall('I-000901', id, '2026.11.20 10:00')]);
    daily(h, NOW);
    expect(record(h, 'Customers', id)['Last Contact']).toBe('');
    expect(alerts(h, 'Follow-up Overdue', id).map((a) => a.Message)).toEqual([
      'Follow-up with Acme was due 2026-10-01 10:00: VIP cadence 30 days (created 2026-09-01 10:00). ' +
        NOT_COUNTED,
    ]);
    expect(alerts(h, 'At Risk', id).map((a) => a.Message)).toEqual([
      `Acme is at risk (health 0): renewal intent: No. Start the analysis within 24 hours. ${NOT_COUNTED}`,
    ]);
  });

  it('names each, a few at most', () => {
    const h = startAddon({ now: NOW });
    const id = customer(
      h,
      { name: 'Acme', status: 'Won', tier: 'VIP', owner: 'amy@example.com' },
      '2026-09-01T10:00',
    );
    typeRows(h, 'Interactions', [
      typedCall('I-000901', id, '2026.11.20 10:00'),
      typedCall('I-000902', id, 'last Friday'),
      typedCall('I-000903', id, '20.11.2026'),
      typedCall('I-000904', id, '2026年11月19日'),
    ]);
    daily(h, NOW);
    expect(alerts(h, 'Follow-up Overdue', id).map((a) => a.Message)).toEqual([
      'Follow-up with Acme was due 2026-10-01 10:00: VIP cadence 30 days (created 2026-09-01 10:00). ' +
        'Not counted: 4 interactions whose When is not a date ("2026.11.20 10:00", "last Friday", "20.11.2026" and 1 more); type them like 2026-11-20 10:00.',
    ]);
  });

  it('leaves the message as it was when every When is a date', () => {
    const h = startAddon({ now: NOW });
    const id = customer(
      h,
      { name: 'Acme', status: 'Won', tier: 'VIP', owner: 'amy@example.com' },
      '2026-09-01T10:00',
    );
    typeRows(h, 'Interactions', [typedCall('I-000901', id, '2026-10-01 10:00')]);
    daily(h, NOW);
    expect(alerts(h, 'Follow-up Overdue', id).map((a) => a.Message)).toEqual([
      'Follow-up with Acme was due 2026-10-31 10:00: VIP cadence 30 days (last contact 2026-10-01 10:00).',
    ]);
  });
});
