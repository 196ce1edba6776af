/**
 * A Contract Start or Expected Start typed into Customers, or a Next Action Due typed into
 * Interactions, that Sheets did not take for a date (kept as text) counts for nothing: no visit
 * after signing, no urgency in the lead score, no next action. The customer's alerts say so, as
 * they do for a When typed that way (interaction-when-text.test.ts), so the date gets corrected.
 * The spreadsheet is in Asia/Shanghai, now Monday 2026-11-23 10:00.
 */
import { describe, expect, it } from 'vitest';
import { alerts, customer, daily, letterOf, sheet, typeRows } from './daily-fixtures';
import { type Harness, shanghai, startAddon } from './harness';

const NOW = '2026-11-23T10:00';

/** Types `value` into a customer's cell as a person would in the sheet. */
function typeInto(h: Harness, id: string, header: string, value: string): void {
  const row = h.values('Customers').findIndex((r) => r[0] === id) + 1;
  sheet(h, 'Customers')
    .getRange(`${letterOf(h, 'Customers', header)}${row}`)
    .setValue(value);
}

const typedCall = (id: string, customerId: string, when: string, nextActionDue: string) => ({
  ID: id,
  'Customer ID': customerId,
  When: shanghai(when),
  Channel: 'Phone',
  Kind: 'Sales',
  Subject: 'Renewal',
  Details: 'Talked through the renewal terms; they want a quote.',
  'Next Action': 'Send the quote',
  'Next Action Due': nextActionDue,
});

describe('a date typed as text', () => {
  it('in Contract Start and Expected Start is named in the Follow-up Overdue and At Risk alerts', () => {
    const h = startAddon({ now: NOW });
    const id = customer(
      h,
      { name: 'Acme', status: 'Won', tier: 'VIP', owner: 'amy@example.com', renewalIntent: 'No' },
      '2026-09-01T10:00',
    );
    typeInto(h, id, 'Contract Start', '2026.10.01');
    typeInto(h, id, 'Expected Start', 'next spring');
    daily(h, NOW);
    const notCounted =
      'Not counted, not dates: Contract Start "2026.10.01", Expected Start "next spring"; type them like 2026-11-20.';
    expect(alerts(h, 'Follow-up Overdue', id).map((a) => a.Message)).toEqual([
      `Follow-up with Acme was due 2026-10-01 10:00: VIP cadence 30 days (created 2026-09-01 10:00). ${notCounted}`,
    ]);
    expect(alerts(h, 'At Risk', id).map((a) => a.Message)).toEqual([
      `Acme is at risk (health 0): renewal intent: No. Start the analysis within 24 hours. ${notCounted}`,
    ]);
  });

  it('in the Next Action Due of the latest interaction is named, with when that interaction was', () => {
    const h = startAddon({ now: NOW });
    const id = customer(
      h,
      { name: 'Acme', status: 'Won', tier: 'VIP', owner: 'amy@example.com' },
      '2026-09-01T10:00',
    );
    // The earlier interaction's next action is done, whatever its Next Action Due says.
    typeRows(h, 'Interactions', [
      typedCall('I-000901', id, '2026-09-15T10:00', 'soon'),
      typedCall('I-000902', id, '2026-10-01T10:00', 'next Friday'),
    ]);
    daily(h, NOW);
    expect(alerts(h, 'Follow-up Overdue', id).map((a) => a.Message)).toEqual([
      'Follow-up with Acme was due 2026-10-31 10:00: VIP cadence 30 days (last contact 2026-10-01 10:00). ' +
        'Not counted, not a date: Next Action Due "next Friday" of the interaction of 2026-10-01 10:00; type it like 2026-11-20.',
    ]);
  });
});
