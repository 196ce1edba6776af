/**
 * An alert about something a person has just put right from the sidebar is marked Done as they
 * save: the reminder to chase a survey's answers once the answers are recorded, the reaction check
 * of a win-back once its outcome is, the request for a done ticket's Solution once it is written,
 * and a missed follow-up once a touch at or after its due time is logged. It leaves their My queue and says so, and the Audit Log has it as theirs.
 */
import { describe, expect, it } from 'vitest';
import {
  alerts,
  at,
  customer,
  daily,
  interactionRecord,
  SURVEY_SCORES,
  submit,
  typeRows,
} from './daily-fixtures';
import { shanghai, startAddon } from './harness';

function remindedSurvey() {
  const h = startAddon({ now: '2026-11-23T10:00', user: 'amy@example.com' });
  const c = customer(h, { name: 'Acme', owner: 'amy@example.com' }, '2026-01-05T10:00');
  typeRows(h, 'Surveys', [
    { ID: 'S-00001', 'Customer ID': c, Reason: 'Ad Hoc', Sent: shanghai('2026-11-19T10:00') },
    { ID: 'S-00002', 'Customer ID': c, Reason: 'Ad Hoc', Sent: shanghai('2026-11-19T11:00') },
  ]);
  daily(h, '2026-11-23T10:00');
  expect(alerts(h, 'Survey Reminder').map((a) => a.Status)).toEqual(['Open', 'Open']);
  return h;
}

type QueueItem = { id: string; kind: string; recordId: string };
const queue = (h: ReturnType<typeof startAddon>) =>
  (h.addon.serve('sidebarBootstrap') as { value: { queue: { alerts: QueueItem[]; followUps: QueueItem[] } } })
    .value.queue;

const queueAlerts = (h: ReturnType<typeof startAddon>) =>
  queue(h)
    .alerts.filter((a) => a.kind === 'Survey Reminder')
    .map((a) => a.recordId);

describe('alerts a save settles', () => {
  it("recording a survey's answers marks its reminder Done, and only its own", () => {
    const h = remindedSurvey();
    at(h, '2026-11-23T15:30');
    const result = h.addon.serve('sidebarRecordSurvey', submit({ id: 'S-00001', ...SURVEY_SCORES })) as {
      ok: boolean;
      value: { note?: string };
    };
    expect(result.ok).toBe(true);
    const [settled] = alerts(h, 'Survey Reminder', 'S-00001');
    expect(settled!.Status).toBe('Done');
    expect(settled!['Done At']).toEqual(shanghai('2026-11-23T15:30'));
    expect(alerts(h, 'Survey Reminder', 'S-00002')[0]!.Status).toBe('Open');
    expect(result.value.note).toContain(String(settled!.ID));
    expect(queueAlerts(h)).toEqual(['S-00002']);
    const log = h.records('Audit Log').filter((r) => r['Record ID'] === settled!.ID);
    expect(log).toHaveLength(1);
    expect(log[0]!.User).toBe('amy@example.com');
  });

  it('keeps words a person typed in Done At, and leaves an alert already Done as it was', () => {
    const h = remindedSurvey();
    const header = h.values('Alerts')[0]!;
    const rowOf = (survey: string) => {
      const id = alerts(h, 'Survey Reminder', survey)[0]!.ID;
      return h.values('Alerts').findIndex((r) => r[0] === id);
    };
    const [first, second] = [rowOf('S-00001'), rowOf('S-00002')];
    const sheet = h.emu.globals.SpreadsheetApp.getActive().getSheetByName('Alerts')!;
    sheet.getRange(first + 1, header.indexOf('Done At') + 1).setValue('called Li on Friday');
    sheet.getRange(second + 1, header.indexOf('Status') + 1).setValue('Done');
    const doneBefore = h.values('Alerts')[second];
    at(h, '2026-11-23T15:30');
    for (const id of ['S-00001', 'S-00002'])
      expect(h.addon.serve('sidebarRecordSurvey', submit({ id, ...SURVEY_SCORES }))).toMatchObject({
        ok: true,
      });
    expect(h.values('Alerts')[first]![header.indexOf('Status')]).toBe('Done');
    expect(h.values('Alerts')[first]![header.indexOf('Done At')]).toBe('called Li on Friday');
    expect(h.values('Alerts')[second]).toEqual(doneBefore);
  });

  it("recording a win-back's outcome marks its reaction check Done; saving it still Open does not", () => {
    const h = startAddon({ now: '2026-11-23T10:00', user: 'amy@example.com' });
    const started = (name: string) => {
      const customerId = customer(h, { name, status: 'Won', owner: 'amy@example.com' });
      const record = { customerId, cause: 'Budget', measures: 'Offer a discount.' };
      return (h.addon.serve('sidebarStartWinBack', submit(record)) as { value: { id: string } }).value.id;
    };
    const [w, other] = [started('Acme'), started('Bolt')];
    daily(h, '2026-11-26T12:00');
    const checks = () => h.records('Alerts').filter((a) => String(a.Key).startsWith('win-back-check:'));
    expect(checks().map((a) => [a['Record ID'], a.Status])).toEqual([
      [w, 'Open'],
      [other, 'Open'],
    ]);
    expect(
      h.addon.serve(
        'sidebarRecordWinBackOutcome',
        submit({ id: other, outcome: 'Open', measures: 'Call again.' }),
      ),
    ).toMatchObject({ ok: true });
    const result = h.addon.serve('sidebarRecordWinBackOutcome', submit({ id: w, outcome: 'Won Back' }));
    expect(result).toMatchObject({ ok: true, value: { note: expect.stringContaining('marked Done') } });
    expect(checks().map((a) => [a['Record ID'], a.Status])).toEqual([
      [w, 'Done'],
      [other, 'Open'],
    ]);
  });

  it('writing the Solution of a ticket typed done without one marks the request for it Done', () => {
    const h = startAddon({ now: '2026-11-23T10:00', user: 'amy@example.com' });
    const c = customer(h, { name: 'Acme' });
    typeRows(h, 'Tickets', [
      {
        ID: 'T-09001',
        'Customer ID': c,
        Subject: 'Paper jam',
        Type: 'Technical',
        Level: 'Regular',
        Owner: 'amy@example.com',
        Status: 'Closed',
        Submitted: shanghai('2026-11-20T10:00'),
        Closed: shanghai('2026-11-20T15:00'),
      },
    ]);
    daily(h, '2026-11-23T10:00');
    const asked = () => alerts(h, 'Bad Data', 'T-09001');
    expect(asked().map((a) => a.Status)).toEqual(['Open']);
    const result = h.addon.serve(
      'sidebarUpdateTicket',
      submit({ id: 'T-09001', solution: 'Replaced the roller.' }),
    );
    expect(result).toMatchObject({
      ok: true,
      value: { note: expect.stringContaining(String(asked()[0]!.ID)) },
    });
    expect(asked().map((a) => a.Status)).toEqual(['Done']);
  });

  it('logging a touch at or after a missed follow-up was due marks its alert Done; one logged from before leaves it', () => {
    const h = startAddon({ now: '2026-11-23T10:00', user: 'amy@example.com' });
    const late = customer(h, { name: 'Acme', status: 'Won', owner: 'amy@example.com' }, '2026-05-01T10:00');
    const other = customer(h, { name: 'Bolt', status: 'Won', owner: 'amy@example.com' }, '2026-05-01T10:00');
    daily(h, '2026-11-23T10:00');
    const missed = () =>
      h
        .records('Alerts')
        .filter((a) => a.Kind === 'Follow-up Overdue')
        .map((a) => [a['Record ID'], a.Status]);
    expect(missed()).toEqual([
      [late, 'Open'],
      [other, 'Open'],
    ]);
    // A call that happened in May, logged only now: the follow-up due since is still missed.
    const before = h.addon.serve(
      'sidebarLogInteraction',
      submit(interactionRecord(other, '2026-05-10T10:00')),
    );
    expect(before).toMatchObject({ ok: true });
    expect((before as { value: { note?: string } }).value.note).toBeUndefined();
    const result = h.addon.serve(
      'sidebarLogInteraction',
      submit(interactionRecord(late, '2026-11-23T09:30')),
    );
    expect(result).toMatchObject({ ok: true, value: { note: expect.stringContaining('marked Done') } });
    expect(missed()).toEqual([
      [late, 'Done'],
      [other, 'Open'],
    ]);
    // My queue stops listing it at once, not after the daily run: its Last Contact is the touch.
    expect(queue(h).followUps.map((c) => c.id)).toEqual([other]);
    expect(h.records('Customers').find((c) => c.ID === late)!['Last Contact']).toEqual(
      shanghai('2026-11-23T09:30'),
    );
    // The daily run then plans the next one from that touch.
    daily(h, '2026-11-24T10:00');
    expect(h.records('Customers').find((c) => c.ID === late)!['Follow-up Status']).toBe('OK');
  });
});
