/**
 * Closing the loop on a low survey score (DOMAIN.md: "the customers who answered hear back what
 * changed"), on the built add-on: sidebarTellWhatChanged counts, then emails, the customers whose
 * answer in the month scored the low dimension, and logs each email as a Care interaction.
 * Spreadsheet in Asia/Shanghai; November 2026's Proactive Care averages under 3.
 */
import { describe, expect, it } from 'vitest';
import type { Told } from '../../src/domain/what-changed';
import { alerts, customer, daily, interaction, letterOf, sheet, submit, typeRows } from './daily-fixtures';
import { type Harness, shanghai, startAddon } from './harness';

const NOW = '2026-11-23T10:00';

type Answer = { ok: boolean; kind?: string; message?: string; value?: Told; fields?: Record<string, string> };

const answers = (care: number | string) => ({
  'Response Speed': 4,
  Resolution: 4,
  Professionalism: 4,
  'Product Fit': 4,
  'Proactive Care': care,
  Recommend: 4,
});

const CHANGES = 'Each account now has a named contact who calls every month.\n=SUM(A1) stays text.';

/** Four customers answered in November (one of them twice, one without a Proactive Care score), one in October. */
function lowMonth() {
  const h = startAddon({ now: NOW });
  const acme = customer(h, { name: 'Acme', email: 'li@acme.example' }, '2026-01-05T10:00');
  const bolt = customer(h, { name: 'Bolt', email: 'ops@bolt.example', contact: 'Zhang' }, '2026-01-05T10:00');
  const mute = customer(h, { name: 'Mute', email: 'm@mute.example' }, '2026-01-05T10:00');
  const none = customer(h, { name: 'No Mail' }, '2026-01-05T10:00');
  const old = customer(h, { name: 'Old', email: 'o@old.example' }, '2026-01-05T10:00');
  const row = (id: string, c: string, when: string, care: number | string) => ({
    ID: id,
    'Customer ID': c,
    Reason: 'Ad Hoc',
    Responded: shanghai(when),
    ...answers(care),
  });
  typeRows(h, 'Surveys', [
    row('S-00401', acme, '2026-11-10T10:00', 2),
    row('S-00402', acme, '2026-11-12T10:00', 1),
    row('S-00403', bolt, '2026-11-01T00:30', 2),
    row('S-00404', mute, '2026-11-11T10:00', ''),
    row('S-00405', none, '2026-11-13T10:00', 3),
    // Shanghai's October, though UTC's November had begun: not November's.
    row('S-00406', old, '2026-10-31T23:30', 1),
  ]);
  daily(h, NOW);
  const [alert] = alerts(h, 'Low Score', '2026-11');
  expect(alert, 'the month raises its improvement alert').toBeDefined();
  return { h, alertId: String(alert!.ID), acme, bolt, none };
}

/** The low month with 20 more customers who answered it: 22 to tell. */
function twentyMore() {
  const month = lowMonth();
  const { h } = month;
  const many = Array.from({ length: 20 }, (_, i) =>
    customer(h, { name: `Many ${i}`, email: `c${i}@many.example` }, '2026-01-05T10:00'),
  );
  typeRows(
    h,
    'Surveys',
    many.map((c, i) => ({
      ID: `S-${String(500 + i).padStart(5, '0')}`,
      'Customer ID': c,
      Reason: 'Ad Hoc',
      Responded: shanghai('2026-11-15T10:00'),
      ...answers(2),
    })),
  );
  return month;
}

const tell = (h: Harness, alertId: string, send: boolean, changes = CHANGES) =>
  h.addon.serve('sidebarTellWhatChanged', submit({ alertId, changes, send })) as Answer;

const interactions = (h: Harness) => h.records('Interactions');

/** Types over one cell of a record, as a person would. */
function typeOver(h: Harness, name: string, id: string, header: string, value: string) {
  const row = h.values(name).findIndex((r) => r[0] === id) + 1;
  sheet(h, name)
    .getRange(`${letterOf(h, name, header)}${row}`)
    .setValue(value);
}

describe('sidebarTellWhatChanged', () => {
  it('first says how many it would email, touching nothing', () => {
    const { h, alertId, none } = lowMonth();
    const before = interactions(h).length;
    const preview = tell(h, alertId, false);
    expect(preview).toMatchObject({
      ok: true,
      value: { id: alertId, month: '2026-11', sent: false, emailed: 2, left: 0, already: 0 },
    });
    expect(preview.value!.cannot).toEqual([`${none} has no email address`]);
    expect(h.emu.mail).toHaveLength(0);
    expect(interactions(h)).toHaveLength(before);
  });

  it('emails each customer who scored the dimension in the month once, and logs a Care interaction for each', () => {
    const { h, alertId, acme, bolt } = lowMonth();
    const sent = tell(h, alertId, true);
    expect(sent).toMatchObject({ ok: true, value: { sent: true, emailed: 2, left: 0, already: 0 } });
    expect(h.emu.mail.flatMap((m) => m.to).sort()).toEqual(['li@acme.example', 'ops@bolt.example']);
    const toBolt = h.emu.mail.find((m) => m.to.includes('ops@bolt.example'))!;
    expect(toBolt.subject).toBe('What we changed after your feedback');
    expect(toBolt.body).toContain('Dear Zhang,');
    expect(toBolt.body).toContain('our survey in November 2026');
    expect(toBolt.body).toContain('proactive care');
    expect(toBolt.body).toContain(CHANGES);
    expect(toBolt.htmlBody).toContain('named contact who calls every month.<br>=SUM(A1) stays text.');
    const logged = interactions(h).filter((r) => String(r.Subject).includes(alertId));
    expect(logged.map((r) => r['Customer ID']).sort()).toEqual([acme, bolt].sort());
    for (const r of logged) {
      expect(r).toMatchObject({
        Channel: 'Email',
        Kind: 'Care',
        Subject: `What we changed after your feedback (${alertId})`,
        Details: CHANGES,
      });
      expect(r.When).toBeInstanceOf(Date);
      expect(r['Logged By']).toBe(h.emu.rt.activeUser);
    }
    expect(logged.find((r) => r['Customer ID'] === bolt)!.Participants).toBe('Zhang');
    const audited = h.records('Audit Log').filter((r) => r.Table === 'Interactions' && r.Action === 'create');
    expect(audited.map((r) => r['Record ID']).sort()).toEqual(logged.map((r) => r.ID).sort());
    for (const r of audited)
      expect(r.Changes).toContain(`subject: (empty) → What we changed after your feedback (${alertId})`);
  });

  it('only counts when not told to send', () => {
    const { h, alertId } = lowMonth();
    const answer = h.addon.serve('sidebarTellWhatChanged', submit({ alertId, changes: CHANGES })) as Answer;
    expect(answer).toMatchObject({ ok: true, value: { sent: false, emailed: 2 } });
    expect(h.emu.mail).toHaveLength(0);
  });

  it('emails nobody who cannot get it, saying why: merged, churned, a wrong address, not in Customers', () => {
    const { h, alertId, acme, none } = lowMonth();
    const [merged, churned, wrong] = ['Merged', 'Churned', 'Wrong'].map((name) =>
      customer(h, { name, email: `${name.toLowerCase()}@x.example` }, '2026-01-05T10:00'),
    );
    typeOver(h, 'Customers', merged!, 'Merged Into', acme);
    typeOver(h, 'Customers', churned!, 'Status', 'Churned');
    typeOver(h, 'Customers', wrong!, 'Email', 'wrong at x.example');
    typeRows(
      h,
      'Surveys',
      [merged!, churned!, wrong!, 'C-9999'].map((c, i) => ({
        ID: `S-0060${i}`,
        'Customer ID': c,
        Reason: 'Ad Hoc',
        Responded: shanghai('2026-11-15T10:00'),
        ...answers(1),
      })),
    );
    const sent = tell(h, alertId, true);
    expect(sent.value).toMatchObject({ emailed: 2, left: 0 });
    expect(sent.value!.cannot).toEqual([
      `${none} has no email address`,
      `${merged} was merged into ${acme}`,
      `${churned} has left (Churned)`,
      `${wrong} has the email address "wrong at x.example", which an email cannot go to`,
      'C-9999 is not in Customers',
    ]);
    expect(h.emu.mail).toHaveLength(2);
  });

  it('one address Google refuses is named and left for the next press; the others go and are logged', () => {
    const { h, alertId, acme, bolt, none } = lowMonth();
    let sends = 0;
    h.emu.rt.hook = (method) => {
      if (method === 'MailApp.sendEmail' && sends++ === 0) throw new Error('Invalid email: li@acme.example');
    };
    const sent = tell(h, alertId, true);
    h.emu.rt.hook = undefined;
    expect(sent).toMatchObject({ ok: true, value: { emailed: 1, left: 0 } });
    expect(sent.value!.cannot).toEqual([
      `${none} has no email address`,
      `${acme}: Google refused li@acme.example (Invalid email: li@acme.example)`,
    ]);
    const logged = () => interactions(h).filter((r) => String(r.Subject).includes(alertId));
    expect(logged().map((r) => r['Customer ID'])).toEqual([bolt]);
    expect(tell(h, alertId, true).value).toMatchObject({ emailed: 1, already: 1 });
    expect(
      logged()
        .map((r) => r['Customer ID'])
        .sort(),
    ).toEqual([acme, bolt].sort());
  });

  it('says who was emailed but not logged when the Interactions sheet cannot be written', () => {
    const { h, alertId, acme, bolt } = lowMonth();
    h.emu.rt.hook = (method) => {
      if (method === 'Range.setValues' && h.emu.mail.length === 2)
        throw new Error('Service Spreadsheets failed');
    };
    const sent = tell(h, alertId, true);
    h.emu.rt.hook = undefined;
    expect(sent).toMatchObject({ ok: false, kind: 'partly' });
    expect(sent.message).toContain('Emailed 2 customers what changed');
    expect(sent.message).toContain(
      `pressing Send again would email them again: log it by hand for ${acme}, ${bolt}.`,
    );
  });

  it('counts as told before only those who answered in the month', () => {
    const { h, alertId, acme } = lowMonth();
    const old = h.records('Customers').find((r) => r.Name === 'Old')!.ID as string;
    interaction(h, old, '2026-11-20T10:00', { subject: `What we changed after your feedback (${alertId})` });
    interaction(h, acme, '2026-11-20T10:00', { subject: `What we changed after your feedback (${alertId})` });
    expect(tell(h, alertId, false).value).toMatchObject({ emailed: 1, already: 1 });
  });

  it('never emails a customer twice for one alert: a second press finds them told', () => {
    const { h, alertId } = lowMonth();
    tell(h, alertId, true);
    const again = tell(h, alertId, true);
    expect(again).toMatchObject({ ok: true, value: { emailed: 0, already: 2 } });
    expect(h.emu.mail).toHaveLength(2);
  });

  it("sends what today's quota allows and leaves the rest for tomorrow", () => {
    const { h, alertId } = lowMonth();
    h.emu.rt.mailQuota = 2;
    expect(tell(h, alertId, false).value).toMatchObject({ emailed: 2, left: 0, tomorrow: false });
    h.emu.rt.mailQuota = 1;
    expect(tell(h, alertId, false).value).toMatchObject({ emailed: 1, left: 1, tomorrow: true });
    expect(tell(h, alertId, true).value).toMatchObject({ emailed: 1, left: 1, tomorrow: true });
    h.emu.rt.mailQuota = 100;
    expect(tell(h, alertId, true).value).toMatchObject({ emailed: 1, left: 0, already: 1 });
    expect(new Set(h.emu.mail.flatMap((m) => m.to)).size).toBe(2);
  });

  it('sends 20 a press, so the sheet is not held for long, and the next press goes on', () => {
    const { h, alertId } = twentyMore();
    expect(tell(h, alertId, true).value).toMatchObject({ emailed: 20, left: 2, tomorrow: false });
    expect(tell(h, alertId, true).value).toMatchObject({ emailed: 2, left: 0, already: 20 });
    expect(new Set(h.emu.mail.flatMap((m) => m.to)).size).toBe(22);
  });

  it("says the rest waits for tomorrow when today's quota ends with the 20 a press sends", () => {
    const { h, alertId } = twentyMore();
    h.emu.rt.mailQuota = 20;
    expect(tell(h, alertId, true).value).toMatchObject({ emailed: 20, left: 2, tomorrow: true });
    expect(tell(h, alertId, true).value).toMatchObject({ emailed: 0, left: 2, tomorrow: true });
  });

  it('refuses an alert that is not about a low month, and an empty message, with nothing sent', () => {
    const { h, alertId } = lowMonth();
    // A week's share of bad ratings is a Low Score alert too, about tickets, not survey answers.
    typeRows(h, 'Alerts', [
      { ID: 'A-09000', Kind: 'Low Score', 'Record ID': '2026-11-16', Key: 'bad-ratings:2026-11-16:Sales' },
    ]);
    const refusals = [
      tell(h, 'A-99999', true),
      tell(h, 'A-09000', true),
      tell(h, alertId, true, '   '),
      tell(h, alertId, true, 'x'.repeat(3001)),
    ];
    for (const r of refusals) expect(r).toMatchObject({ ok: false, kind: 'invalid' });
    expect(refusals[0]!.fields!.alertId).toContain('There is no alert A-99999');
    expect(refusals[1]!.fields!.alertId).toContain("not about a month's low survey score");
    expect(refusals[2]!.fields!.changes).toBe('This field is required');
    expect(refusals[3]!.fields!.changes).toBe('Keep this under 3000 characters');
    expect(h.emu.mail).toHaveLength(0);
  });
});
