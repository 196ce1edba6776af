/**
 * A time typed a year wrong is refused by the sidebar while the person is there to fix it, not
 * only flagged later by the jobs (src/api/tickets.ts, surveys.ts). Now is Monday 2026-11-23 10:00
 * in Shanghai.
 */
import { describe, expect, it } from 'vitest';
import { customer, record, serve } from './daily-fixtures';
import { type Harness, startAddon } from './harness';

const newTicket = (h: Harness, submitted: string) =>
  serve(h, 'sidebarCreateTicket', {
    customerId: customer(h, { name: 'Acme Ltd' }),
    subject: 'Printer jams',
    type: 'Technical',
    submitted,
  });

describe('a time typed ahead of now (a year typed wrong)', () => {
  it('a ticket Submitted next year is refused at once, not flagged as bad data an hour later', () => {
    const h = startAddon();
    const r = newTicket(h, '2027-11-23T09:30');
    expect(r.fields?.submitted).toBe('This is in the future: enter when the customer raised it.');
    expect(h.records('Tickets')).toHaveLength(0);
  });

  it('a Submitted a few minutes ahead (a clock a little fast) is taken', () => {
    const h = startAddon();
    const r = newTicket(h, '2026-11-23T10:10');
    expect(r.ok, JSON.stringify(r)).toBe(true);
  });

  it('survey answers Responded next year are refused, and the survey keeps what it had', () => {
    const h = startAddon();
    const acme = customer(h, { name: 'Acme Ltd' });
    const s = serve(h, 'sidebarScheduleSurvey', { customerId: acme, reason: 'Ad Hoc' }).value!.id;
    const r = serve(h, 'sidebarRecordSurvey', { id: s, responded: '2027-11-23T09:30', recommend: 5 });
    expect(r.fields?.responded).toBe('This is in the future: enter when the customer answered.');
    expect(record(h, 'Surveys', s)).toMatchObject({ Responded: '', Recommend: '', Status: 'Due' });
  });
});
