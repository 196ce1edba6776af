/**
 * Sidebar updates keep what they are not given, and entries take what people really type. On the
 * built add-on in the emulator, the spreadsheet in Asia/Shanghai.
 */
import { describe, expect, it } from 'vitest';
import { customer, letterOf, record, submit, ticket } from './daily-fixtures';
import { type Harness, startAddon } from './harness';

type Answer = { ok: boolean; message?: string; fields?: Record<string, string>; value?: { id: string } };
const serve = (h: Harness, name: string, record: unknown) => h.addon.serve(name, submit(record)) as Answer;

function sentSurvey(h: Harness, sentAt: string): string {
  const id = serve(h, 'sidebarScheduleSurvey', {
    customerId: customer(h, { name: 'Acme' }),
    reason: 'Ad Hoc',
  }).value!.id;
  h.emu.rt.clock.set(new Date(sentAt));
  expect(serve(h, 'sidebarMarkSurveySent', { id }).ok).toBe(true);
  return id;
}

describe('an update keeps the fields it is not given', () => {
  it('Edit customer: Title alone leaves Phone, Notes and Contract Value as they were', () => {
    const h = startAddon();
    const id = customer(h, {
      name: 'Acme',
      phone: '010-8888 1234',
      notes: 'CFO decides',
      contractValue: 5000,
    });
    expect(serve(h, 'sidebarUpdateCustomer', { id, title: 'CTO' }).ok).toBe(true);
    expect(record(h, 'Customers', id)).toMatchObject({
      Name: 'Acme',
      Title: 'CTO',
      Phone: '010-8888 1234',
      Notes: 'CFO decides',
      'Contract Value': 5000,
    });
    // Given empty, a field is cleared; a required one still cannot be.
    expect(serve(h, 'sidebarUpdateCustomer', { id, notes: '' }).ok).toBe(true);
    expect(record(h, 'Customers', id).Notes).toBe('');
    expect(serve(h, 'sidebarUpdateCustomer', { id, name: ' ' }).fields?.name).toBe('This field is required');
  });

  it('Survey answers: a score alone keeps the Comments typed in the sheet, and the answers add up', () => {
    const h = startAddon();
    const id = sentSurvey(h, '2026-11-23T10:00:30+08:00');
    h.addon.edit('Surveys', `${letterOf(h, 'Surveys', 'Comments')}2`, 'told us by phone: slow');
    expect(serve(h, 'sidebarRecordSurvey', { id, responseSpeed: 2 }).ok).toBe(true);
    const first = record(h, 'Surveys', id).Responded;
    h.emu.rt.clock.set(new Date('2026-11-24T09:00:00+08:00'));
    expect(serve(h, 'sidebarRecordSurvey', { id, recommend: 4 }).ok).toBe(true);
    expect(record(h, 'Surveys', id)).toMatchObject({
      'Response Speed': 2,
      Recommend: 4,
      Comments: 'told us by phone: slow',
      Status: 'Responded',
      // Left out, Responded stays when the answers were first recorded.
      Responded: first,
    });
  });

  it('Survey answers: a Responded typed in the minute the survey was sent is taken as just after it', () => {
    const h = startAddon();
    const id = sentSurvey(h, '2026-11-23T10:00:30+08:00');
    h.emu.rt.clock.set(new Date('2026-11-23T10:05:00+08:00'));
    expect(serve(h, 'sidebarRecordSurvey', { id, responded: '2026-11-23T10:00', resolution: 5 }).ok).toBe(
      true,
    );
    expect((record(h, 'Surveys', id).Responded as Date).toISOString()).toBe('2026-11-23T02:00:30.000Z');
    expect(serve(h, 'sidebarRecordSurvey', { id, responded: '2026-11-23T09:59' }).fields?.responded).toBe(
      'The answers cannot come before the survey was sent (2026-11-23 10:00).',
    );
  });
});

describe('what people really type is taken', () => {
  it.each([
    '+86 10 1234 5678 ext. 8001',
    '010-12345678 转 8001',
    '(555) 123-4567 x12',
    '+49 30/1234567',
    '１３８ ００１３ ８０００',
  ])('the phone number %s, stored as typed', (phone) => {
    const h = startAddon();
    const id = customer(h, { name: 'Acme', phone });
    expect(record(h, 'Customers', id).Phone).toBe(phone);
  });

  it.each(['li.wei+crm@example.com', "o'brien@example.ie", 'info@bücher.de', '李伟@例子.中国'])(
    'the email address %s',
    (email) => {
      const h = startAddon();
      expect(record(h, 'Customers', customer(h, { name: 'Acme', email })).Email).toBe(email);
    },
  );

  it.each(['12', 'call me', '+1 555 1234 ext'])('not the phone number "%s"', (phone) => {
    const h = startAddon();
    const answer = serve(h, 'sidebarCreateCustomer', { name: 'Acme', contact: 'Li', phone });
    expect(answer.fields?.phone).toMatch(/^Enter a phone number/);
  });

  it.each(['bad@', 'x y@z.com', 'li@localhost'])('not the email address "%s"', (email) => {
    const h = startAddon();
    const answer = serve(h, 'sidebarCreateCustomer', { name: 'Acme', contact: 'Li', email });
    expect(answer.fields?.email).toBe('Enter an email address like name@example.com');
  });

  it('a ticket Suggestion longer than a line', () => {
    const h = startAddon();
    const id = ticket(h, { customerId: customer(h, { name: 'Acme' }) });
    const suggestion = 'Please label the paper trays. '.repeat(10).trim();
    expect(serve(h, 'sidebarUpdateTicket', { id, suggestion }).ok).toBe(true);
    expect(record(h, 'Tickets', id).Suggestion).toBe(suggestion);
  });
});
