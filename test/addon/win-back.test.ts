/**
 * Win-back (issue 6, part 4) on the built add-on in the emulator: the owner records the churn
 * cause and the measures from the sidebar, the reaction check falls due 3 days later, the daily
 * job alerts once when it passes with no outcome, and the Dashboard counts the customers saved.
 * Now is Monday 2026-11-23 10:00 in Shanghai.
 */
import { describe, expect, it } from 'vitest';
import { type Harness, shanghai, startAddon } from './harness';

let request = 0;
const submit = (record: unknown) => ({ requestId: `win-back-${++request}`, record });

const at = (h: Harness, wall: string) => h.emu.rt.clock.set(shanghai(wall));

function saved(h: Harness, fn: string, record: Record<string, unknown>): string {
  const result = h.addon.serve(fn, submit(record)) as { ok: boolean; value: { id: string } };
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  return result.value.id;
}

const customer = (h: Harness, record: Record<string, unknown>) =>
  saved(h, 'sidebarCreateCustomer', { contact: 'Li Wei', status: 'Won', tier: 'Key', ...record });

const MEASURES = 'Offer a 10% renewal discount and a named support engineer; call back on Thursday.';

function startWinBack(h: Harness, customerId: string, extra: Record<string, unknown> = {}): string {
  return saved(h, 'sidebarStartWinBack', {
    customerId,
    cause: 'Competitor price',
    measures: MEASURES,
    owner: 'owner@example.com',
    ...extra,
  });
}

const winBack = (h: Harness, id: string) => h.records('Win-backs').find((r) => r.ID === id)!;
const checkAlerts = (h: Harness) =>
  h.records('Alerts').filter((a) => String(a.Key).startsWith('win-back-check:'));

function daily(h: Harness, wall: string): void {
  at(h, wall);
  const outcome = h.addon.call('runDailyJobs') as { error: string };
  expect(outcome.error).toBe('');
}

/** The data row of the Dashboard's win-back section, as displayed, keyed by its header. */
function winBackFigures(h: Harness): Record<string, string> {
  const grid = h.emu.globals.SpreadsheetApp.getActive()
    .getSheetByName('Dashboard')!
    .getDataRange()
    .getDisplayValues() as string[][];
  const title = grid.findIndex((r) => r[0]!.startsWith('Churn and win-back'));
  expect(title, 'the Dashboard has a win-back section').toBeGreaterThan(-1);
  const header = grid[title + 1]!;
  const row = grid[title + 2]!;
  return Object.fromEntries(header.filter(Boolean).map((name, i) => [name, row[i]!]));
}

describe('starting a win-back', () => {
  it('records cause, measures and owner, with the reaction check 3 days later and the outcome open', () => {
    const h = startAddon();
    const id = customer(h, { name: 'Acme Ltd' });
    at(h, '2026-11-23T10:00');
    const w = startWinBack(h, id);
    expect(w).toBe('W-00001');
    const row = winBack(h, w);
    expect(row).toMatchObject({
      'Customer ID': id,
      'Churn Cause': 'Competitor price',
      'Win-back Measures': MEASURES,
      Owner: 'owner@example.com',
      Outcome: 'Open',
      'Outcome Date': '',
    });
    expect((row.Started as Date).getTime()).toBe(shanghai('2026-11-23T10:00').getTime());
    expect((row['Check Reaction By'] as Date).getTime()).toBe(shanghai('2026-11-26T10:00').getTime());
    const log = h.records('Audit Log').filter((r) => r.Table === 'Win-backs');
    expect(log.map((r) => [r.Action, r['Record ID']])).toEqual([['create', w]]);
  });

  it('takes the reaction check from Settings', () => {
    const h = startAddon();
    const settings = h.values('Settings');
    const at5 = settings.findIndex((r) => r[0] === 'Health: win-back check after (days)') + 1;
    h.emu.globals.SpreadsheetApp.getActive().getSheetByName('Settings')!.getRange(at5, 2).setValue('5');
    const id = customer(h, { name: 'Acme Ltd' });
    at(h, '2026-11-23T10:00');
    const row = winBack(h, startWinBack(h, id));
    expect((row['Check Reaction By'] as Date).getTime()).toBe(shanghai('2026-11-28T10:00').getTime());
  });

  it('gives the signed-in person as owner when none is named, and one row for a repeated submit', () => {
    const h = startAddon({ user: 'li.na@example.com' });
    const id = customer(h, { name: 'Acme Ltd' });
    const again = submit({ customerId: id, cause: 'Budget', measures: MEASURES, owner: '' });
    const first = h.addon.serve('sidebarStartWinBack', again) as { value: { id: string } };
    const retry = h.addon.serve('sidebarStartWinBack', again) as { value: { id: string; repeated: boolean } };
    expect(retry.value).toEqual({ id: first.value.id, repeated: true });
    expect(h.records('Win-backs')).toHaveLength(1);
    expect(winBack(h, first.value.id).Owner).toBe('li.na@example.com');
  });

  it('refuses a churn cause outside the list with a field error, and writes nothing', () => {
    const h = startAddon();
    const id = customer(h, { name: 'Acme Ltd' });
    const audit = h.records('Audit Log').length;
    const result = h.addon.serve(
      'sidebarStartWinBack',
      submit({ customerId: id, cause: 'They moved to Mars', measures: MEASURES, owner: '' }),
    ) as { ok: boolean; kind: string; fields: Record<string, string> };
    expect(result).toMatchObject({ ok: false, kind: 'invalid' });
    expect(Object.keys(result.fields)).toEqual(['cause']);
    expect(result.fields.cause).toMatch(/^Choose one of: Service below expectations, Competitor price/);
    expect(h.records('Win-backs')).toHaveLength(0);
    expect(h.records('Audit Log')).toHaveLength(audit);
  });
});

describe('one open win-back per customer', () => {
  it('refuses a second while the first is open, naming it, and takes a new one once it has an outcome', () => {
    const h = startAddon();
    const id = customer(h, { name: 'Acme Ltd' });
    const first = startWinBack(h, id);
    const second = h.addon.serve(
      'sidebarStartWinBack',
      submit({ customerId: id, cause: 'Budget', measures: MEASURES, owner: '' }),
    );
    expect(second).toMatchObject({
      ok: false,
      kind: 'invalid',
      fields: { customerId: expect.stringContaining(first) },
    });
    expect(h.records('Win-backs')).toHaveLength(1);
    saved(h, 'sidebarRecordWinBackOutcome', { id: first, outcome: 'Lost' });
    expect(startWinBack(h, id)).not.toBe(first);
    expect(h.records('Win-backs')).toHaveLength(2);
  });
});

describe('the reaction check', () => {
  it('raises exactly one alert for the owner, escalated to Sales, once 3 days pass with no outcome, across three daily runs', () => {
    const h = startAddon();
    const settings = h.values('Settings');
    const sales = settings.findIndex((r) => r[0] === 'Supervisor: Sales') + 1;
    h.emu.globals.SpreadsheetApp.getActive()
      .getSheetByName('Settings')!
      .getRange(sales, 2)
      .setValue('sales.lead@example.com');
    const id = customer(h, { name: 'Acme Ltd' });
    const w = startWinBack(h, id);
    daily(h, '2026-11-25T10:00');
    daily(h, '2026-11-26T09:59');
    expect(checkAlerts(h)).toEqual([]);
    daily(h, '2026-11-26T10:30');
    daily(h, '2026-11-27T10:30');
    daily(h, '2026-11-28T10:30');
    const alerts = checkAlerts(h);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      Kind: 'Follow-up Overdue',
      'Record ID': w,
      'Customer ID': id,
      Owner: 'owner@example.com',
      'Escalated To': 'sales.lead@example.com',
      Status: 'Open',
    });
    expect((alerts[0]!.Due as Date).getTime()).toBe(shanghai('2026-11-26T10:00').getTime());
  });

  it('raises none when the outcome is recorded in time', () => {
    const h = startAddon();
    const w = startWinBack(h, customer(h, { name: 'Acme Ltd' }));
    at(h, '2026-11-25T15:00');
    saved(h, 'sidebarRecordWinBackOutcome', { id: w, outcome: 'Lost' });
    daily(h, '2026-11-27T10:00');
    expect(checkAlerts(h)).toEqual([]);
  });
});

describe('the outcome', () => {
  it('Won Back stamps the Outcome Date, and the Dashboard counts it as saved this quarter', () => {
    const h = startAddon();
    // Renewal intent "No" alone scores 0: a High-risk customer for the at-risk count.
    const acme = customer(h, { name: 'Acme Ltd', renewalIntent: 'No' });
    const beta = customer(h, { name: 'Beta Co', renewalIntent: 'Yes' });
    const gamma = customer(h, { name: 'Gamma Inc' });
    const saving = startWinBack(h, acme);
    const losing = startWinBack(h, beta, { cause: 'Budget' });
    startWinBack(h, gamma, { cause: 'No longer needs' });
    daily(h, '2026-11-24T10:00');
    expect(winBackFigures(h)).toMatchObject({
      'Win-backs open': '3',
      'Saved this quarter': '0',
      'Lost this quarter': '0',
    });

    at(h, '2026-11-25T16:20');
    const better = 'Discount accepted; renewal signed for two years.';
    saved(h, 'sidebarRecordWinBackOutcome', { id: saving, outcome: 'Won Back', measures: better });
    saved(h, 'sidebarRecordWinBackOutcome', { id: losing, outcome: 'Lost' });
    const row = winBack(h, saving);
    expect(row).toMatchObject({ Outcome: 'Won Back', 'Win-back Measures': better });
    expect((row['Outcome Date'] as Date).getTime()).toBe(shanghai('2026-11-25T16:20').getTime());
    const log = h.records('Audit Log').filter((r) => r['Record ID'] === saving && r.Action === 'update');
    expect(String(log[0]!.Changes)).toContain('outcome: Open → Won Back');

    daily(h, '2026-11-26T08:00');
    const atRisk = h.records('Customers').filter((c) => ['High', 'Medium'].includes(String(c['Risk Level'])));
    expect(atRisk.map((c) => c.ID)).toContain(acme);
    expect(winBackFigures(h)).toEqual({
      'At-risk customers': String(atRisk.length),
      'Win-backs open': '1',
      'Win-backs overdue': '0',
      'Saved this quarter': '1',
      'Lost this quarter': '1',
    });
  });

  it('says under the figures how each is counted, and names an outcome typed in without its date', () => {
    const h = startAddon();
    startWinBack(h, customer(h, { name: 'Acme Ltd' }));
    // Typed into the sheet: no Outcome Date is stamped, so the quarter it belongs to is unknown.
    const sheet = h.emu.globals.SpreadsheetApp.getActive().getSheetByName('Win-backs')!;
    sheet.getRange(2, h.values('Win-backs')[0]!.indexOf('Outcome') + 1).setValue('Won Back');
    daily(h, '2026-11-24T10:00');
    expect(winBackFigures(h)).toMatchObject({ 'Win-backs open': '0', 'Saved this quarter': '0' });
    const text = h.values('Dashboard').flat().join('\n');
    expect(text).toContain(
      'Saved / Lost this quarter: customers whose latest outcome with an Outcome Date in the quarter is Won Back / Lost (one lost, then won back, is counted once, as saved).',
    );
    expect(text).toContain(
      'Outcome Won Back or Lost without an Outcome Date: 1, counted in no quarter; add the date.',
    );
  });

  it('refuses an outcome outside Open, Won Back and Lost, and an unknown win-back', () => {
    const h = startAddon();
    const w = startWinBack(h, customer(h, { name: 'Acme Ltd' }));
    const bad = h.addon.serve('sidebarRecordWinBackOutcome', submit({ id: w, outcome: 'Maybe' })) as {
      ok: boolean;
      fields: Record<string, string>;
    };
    expect(bad.ok).toBe(false);
    expect(Object.keys(bad.fields)).toEqual(['outcome']);
    const missing = h.addon.serve(
      'sidebarRecordWinBackOutcome',
      submit({ id: 'W-09999', outcome: 'Won Back' }),
    ) as { ok: boolean; kind: string };
    expect(missing).toMatchObject({ ok: false, kind: 'not-found' });
    expect(winBack(h, w)).toMatchObject({ Outcome: 'Open', 'Outcome Date': '' });
  });
});
