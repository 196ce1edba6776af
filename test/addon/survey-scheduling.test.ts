/**
 * What the daily job schedules around the surveys people already have (src/domain/surveys.ts):
 * a ticket someone asked about by hand gets no second survey, a churned customer is asked nothing
 * more, and a routine survey long past its date is not sent late. Now is Monday 2026-11-23 10:00
 * in Shanghai.
 */
import { describe, expect, it } from 'vitest';
import { type Answer, customer, daily, resolvedComplaint, serve, submit, typeRows } from './daily-fixtures';
import { type Harness, shanghai, startAddon } from './harness';

describe('a ticket that already has a survey typed in by hand', () => {
  it('gets no After Ticket survey of its own, whatever Reason the typed row gives', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const acme = customer(h, { name: 'Acme Ltd' }, '2026-01-05T10:00');
    typeRows(h, 'Tickets', [resolvedComplaint('T-00001', acme), resolvedComplaint('T-00002', acme)]);
    typeRows(h, 'Surveys', [
      { ID: 'S-00001', 'Customer ID': acme, Reason: 'Ad Hoc', 'Ticket ID': 'T-00001', Status: 'Due' },
      { ID: 'S-00002', 'Customer ID': acme, Reason: 'After Ticket', 'Ticket ID': 'T-00002' },
    ]);
    daily(h, '2026-11-23T10:00');
    expect(h.records('Surveys').map((s) => [s.ID, s.Reason, s['Ticket ID']])).toEqual([
      ['S-00001', 'Ad Hoc', 'T-00001'],
      ['S-00002', 'After Ticket', 'T-00002'],
    ]);
  });
});

describe('a churned customer', () => {
  const surveysToSend = (h: Harness) =>
    (h.addon.serve('sidebarBootstrap') as { value: { queue: { surveys: { id: string }[] } } }).value.queue
      .surveys;
  const churn = (h: Harness, id: string) =>
    expect(serve(h, 'sidebarUpdateCustomer', { id, status: 'Churned' }).ok).toBe(true);

  it('gets no After Ticket survey, and one not yet sent leaves My queue and closes Expired', () => {
    const owner = 'amy@example.com';
    const h = startAddon({ now: '2026-11-23T10:00', user: owner });
    const acme = customer(h, { name: 'Acme Ltd', status: 'Won', owner }, '2026-01-05T10:00');
    const asked = serve(h, 'sidebarScheduleSurvey', { customerId: acme, reason: 'Ad Hoc' });
    const sent = serve(h, 'sidebarScheduleSurvey', { customerId: acme, reason: 'Ad Hoc' });
    expect(serve(h, 'sidebarMarkSurveySent', { id: sent.value!.id }).ok).toBe(true);
    expect(surveysToSend(h).map((s) => s.id)).toEqual([asked.value!.id]);
    churn(h, acme);
    typeRows(h, 'Tickets', [resolvedComplaint('T-00001', acme)]);
    // Off the list at once, before any daily run.
    expect(surveysToSend(h)).toEqual([]);
    daily(h, '2026-11-23T10:00');
    expect(h.records('Surveys').map((s) => [s.ID, s.Reason, s['Ticket ID'], s.Status])).toEqual([
      [asked.value!.id, 'Ad Hoc', '', 'Expired'],
      [sent.value!.id, 'Ad Hoc', '', 'Sent'],
    ]);
    expect(h.values('Dashboard').find((r) => r[0] === 'Surveys due')?.[1]).toBe(0);
    // Sending it anyway is refused, naming why.
    const refused = serve(h, 'sidebarMarkSurveySent', { id: asked.value!.id }) as Answer;
    expect(refused.fields?.id).toBe(
      `Survey ${asked.value!.id} is Expired in the Surveys sheet: set its Status back to Due to send it.`,
    );
  });

  it('is refused Mark sent for a survey not yet sent, before any daily run closes it', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const acme = customer(h, { name: 'Acme Ltd', status: 'Won' }, '2026-01-05T10:00');
    const asked = serve(h, 'sidebarScheduleSurvey', { customerId: acme, reason: 'Ad Hoc' });
    churn(h, acme);
    const refused = serve(h, 'sidebarMarkSurveySent', { id: asked.value!.id, sendEmail: true }) as Answer;
    expect(refused.fields?.id).toBe(
      `${acme} is Churned: surveys go to current customers. Change their Status in Customers first to survey them.`,
    );
    expect(h.records('Surveys')[0]).toMatchObject({ Status: 'Due', Sent: '' });
    expect(h.emu.mail).toEqual([]);
  });

  it('is refused a new survey from the sidebar, in words', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const gone = customer(h, { name: 'Gone Ltd', status: 'Churned' }, '2026-01-05T10:00');
    const r = h.addon.serve(
      'sidebarScheduleSurvey',
      submit({ customerId: gone, reason: 'Ad Hoc' }),
    ) as Answer;
    expect(r.fields?.customerId).toBe(
      `${gone} is Churned: surveys go to current customers. Change their Status in Customers first to survey them.`,
    );
    expect(h.records('Surveys')).toEqual([]);
  });
});

describe('the add-on installed on an old customer base', () => {
  it('sends no routine survey whose date passed over 30 days ago, and the next one on its date', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    // 12 months in November 2023; 6 months on 1 November 2026; 3 months on 15 October 2026.
    const old = customer(h, { name: 'Old Ltd', status: 'Won', contractStart: '2022-11-01' });
    const recent = customer(h, { name: 'Recent Co', status: 'Won', contractStart: '2026-05-01' });
    const missed = customer(h, { name: 'Missed Co', status: 'Won', contractStart: '2026-07-15' });
    daily(h, '2026-11-23T10:00');
    const asked = () => h.records('Surveys').map((s) => [s['Customer ID'], s.Reason, s.Due]);
    expect(asked()).toEqual([[recent, '6 Months', shanghai('2026-11-01T00:00')]]);
    daily(h, '2027-01-15T10:00');
    expect(asked().slice(1)).toEqual([[missed, '6 Months', shanghai('2027-01-15T00:00')]]);
    expect(asked().some(([id]) => id === old)).toBe(false);
  });
});

describe('a survey in My queue', () => {
  it('is shown due on a day, as its Due cell holds a date: not at midnight', () => {
    const owner = 'amy@example.com';
    const h = startAddon({ now: '2026-11-23T10:00', user: owner });
    const acme = customer(h, { name: 'Acme Ltd', owner }, '2026-01-05T10:00');
    typeRows(h, 'Tickets', [resolvedComplaint('T-00001', acme)]);
    daily(h, '2026-11-23T10:00');
    const queued = (h.addon.serve('sidebarBootstrap') as { value: { queue: { surveys: { due: string }[] } } })
      .value.queue.surveys;
    // Resolved Monday 09:00: due within 48 hours, on Wednesday.
    expect(queued).toMatchObject([{ due: '2026-11-25' }]);
  });
});
