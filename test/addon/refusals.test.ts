/**
 * What a person sees when a value is refused: a message in plain words, never zod's
 * "Invalid input". The sidebar's own check (sidebar/record.ts) and the server's answer.
 */
import { describe, expect, it } from 'vitest';
import { fieldsFor } from '../../sidebar/field-spec';
import { check, toRecord, UNREADABLE_NUMBER } from '../../sidebar/record';
import { guard } from '../../src/api/result';
import { customerSchema } from '../../src/domain/records/customer';
import { ticketUpdateSchema } from '../../src/domain/records/ticket';
import { CUSTOMERS, TICKETS } from '../../src/sheets/tables';
import { type Answer, customer, submit } from './daily-fixtures';
import { startAddon } from './harness';

describe('refusals in plain words', () => {
  it('Contract Value the box cannot read ("1e3", "1.234,5") asks for digits', () => {
    const fields = fieldsFor(CUSTOMERS, customerSchema.shape, ['name', 'contact', 'contractValue']);
    const raw = { name: 'Acme', contact: 'Li', contractValue: UNREADABLE_NUMBER };
    const checked = check(customerSchema, toRecord(fields, raw, customerSchema.shape), fields);
    expect(checked).toEqual({
      ok: false,
      errors: {
        contractValue:
          'Type the number as digits, with no spaces or thousands separators (like 1500 or 12.5).',
      },
    });
  });

  it('Progress the box cannot read asks for digits too', () => {
    const fields = fieldsFor(TICKETS, ticketUpdateSchema.shape, ['id', 'progress']);
    const raw = { id: 'T-00001', progress: UNREADABLE_NUMBER };
    const checked = check(ticketUpdateSchema, toRecord(fields, raw, ticketUpdateSchema.shape), fields);
    expect(checked).toEqual({
      ok: false,
      errors: {
        progress: 'Type the number as digits, with no spaces or thousands separators (like 1500 or 12.5).',
      },
    });
  });

  it('a Status outside the list (as typed into the sheet) names the choices', () => {
    const fields = fieldsFor(CUSTOMERS, customerSchema.shape, ['name', 'contact', 'status']);
    const raw = { name: 'Acme', contact: 'Li', status: 'Lead' };
    const checked = check(customerSchema, toRecord(fields, raw, customerSchema.shape), fields);
    expect(checked).toEqual({
      ok: false,
      errors: { status: 'Choose one of: Potential, Intent, Won, Churned' },
    });
  });

  it('the server, too: Edit customer with a Tier outside the list', () => {
    const h = startAddon();
    const id = customer(h, { name: 'Acme' });
    const r = h.addon.serve('sidebarUpdateCustomer', submit({ id, tier: 'Gold' })) as Answer;
    expect(r.fields?.tier).toBe('Choose one of: VIP, Key, Regular');
  });
});

describe('a save sent with its fields missing (a stale sidebar, a script calling the server)', () => {
  const SAVES = [
    'sidebarCreateCustomer',
    'sidebarUpdateCustomer',
    'sidebarLogInteraction',
    'sidebarCreateTicket',
    'sidebarUpdateTicket',
    'sidebarScheduleSurvey',
    'sidebarRecordSurvey',
    'sidebarMarkSurveySent',
    'sidebarStartWinBack',
    'sidebarRecordWinBackOutcome',
    'sidebarMergeCustomers',
    'sidebarMarkAlertDone',
  ];
  it.each(SAVES)('%s names each missing field in plain words', (name) => {
    const h = startAddon();
    const r = h.addon.serve(name, submit({})) as Answer;
    expect(r.ok).toBe(false);
    const messages = Object.values(r.fields ?? {});
    expect(messages.length, JSON.stringify(r)).toBeGreaterThan(0);
    for (const message of messages) expect(message).not.toMatch(/invalid input|expected|received/i);
  });
});

describe('an email address as pasted', () => {
  it.each(['li.wei@example.com ', ' li.wei@example.com', 'li.wei@example.com\t'])(
    'a space around the address "%s" is not a reason to refuse it',
    (email) => {
      const h = startAddon();
      const r = h.addon.serve(
        'sidebarCreateCustomer',
        submit({ name: 'Acme', contact: 'Li', email }),
      ) as Answer;
      expect(r.ok, JSON.stringify(r)).toBe(true);
      expect(h.records('Customers')[0]!.Email).toBe('li.wei@example.com');
    },
  );
});

describe('a phone number', () => {
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
});

describe('a limit Google sets, in words', () => {
  const failed = (message: string) => {
    const answer = guard<never>(() => {
      throw new Error(message);
    });
    return answer.ok ? '' : answer.message;
  };

  it('asks for a few seconds on a short-time rate limit, and for tomorrow on a daily quota', () => {
    expect(
      failed(
        'Service invoked too many times in a short time: exec qps. Try Utilities.sleep(1000) between calls.',
      ),
    ).toMatch(/few seconds/);
    expect(failed('Service invoked too many times for one day: email.')).toMatch(/tomorrow/);
  });
});
