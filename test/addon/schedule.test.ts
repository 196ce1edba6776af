/**
 * Issue 5, triggers and outcomes: one hourly trigger for runScheduledJobs, the daily work once a
 * day after the daily hour, the document lock, and every run's outcome where the manager sees it.
 */
import { describe, expect, it } from 'vitest';
import { at, customer, ticket } from './daily-fixtures';
import { type Harness, shanghai, startAddon } from './harness';

let request = 0;
const submit = (record: unknown) => ({ requestId: `sched-${++request}`, record });
const sheet = (h: Harness, name: string) => h.emu.globals.SpreadsheetApp.getActive().getSheetByName(name)!;

interface Outcome {
  job: string;
  at: string;
  ms: number;
  rows: number;
  error: string;
  detail: string;
}

function setSetting(h: Harness, name: string, value: string): string {
  const rows = h.values('Settings');
  const row = rows.findIndex((r) => r[0] === name) + 1;
  const col = rows[0]!.indexOf('Value') + 1;
  if (row < 2 || col < 1) throw new Error(`no setting ${name}`);
  sheet(h, 'Settings').getRange(row, col).setValue(value);
  return sheet(h, 'Settings').getRange(row, col).getA1Notation();
}

function addTicket(h: Harness, submitted: string): string {
  const c = h.addon.serve('sidebarCreateCustomer', submit({ name: 'Acme', contact: 'Li Wei' })) as {
    value: { id: string };
  };
  const t = h.addon.serve(
    'sidebarCreateTicket',
    submit({ customerId: c.value.id, subject: 'Down', type: 'Technical', submitted }),
  ) as { ok: boolean; value: { id: string } };
  expect(t.ok).toBe(true);
  return t.value.id;
}

const ours = (h: Harness) => h.emu.triggers.all().filter((t) => t.handler === 'runScheduledJobs');

/** The Dashboard's status line for a job. */
const statusLine = (h: Harness, label: string) => h.values('Dashboard').find((r) => r[0] === label)!;

function fireAt(h: Harness, wall: string): void {
  h.emu.rt.clock.set(shanghai(wall));
  h.addon.runClockTriggers();
}

describe('installTriggers', () => {
  it('leaves exactly one hourly trigger for runScheduledJobs however often it runs', () => {
    const h = startAddon();
    h.addon.call('installTriggers');
    h.addon.call('installTriggers');
    expect(ours(h)).toHaveLength(1);
    expect(h.emu.triggers.all()).toHaveLength(1);
    expect(ours(h)[0]).toMatchObject({
      event: 'CLOCK',
      owner: 'agent@example.com',
      schedule: { everyHours: 1 },
    });
    const boot = h.addon.serve('sidebarBootstrap') as { value: { schedule: { installedBy: string } } };
    expect(boot.value.schedule.installedBy).toBe('agent@example.com');
  });

  it('moves the schedule to the last person who installed it, so the jobs never run twice an hour', () => {
    const h = startAddon({ now: '2026-11-23T04:00' });
    h.addon.call('installTriggers');
    h.emu.rt.activeUser = h.emu.rt.effectiveUser = 'bob@example.com';
    h.addon.call('installTriggers');
    expect(h.emu.workbook.toasts.at(-1)!.message).toMatch(
      /^The jobs now run every hour as bob@example\.com \(instead of agent@example\.com\)/,
    );
    expect(ours(h).map((t) => t.owner)).toEqual(['agent@example.com', 'bob@example.com']);
    fireAt(h, '2026-11-23T05:00');
    // Ann's (agent's) trigger saw the schedule was Bob's now and removed itself; Bob's ran.
    expect(ours(h).map((t) => t.owner)).toEqual(['bob@example.com']);
    expect(statusLine(h, 'Hourly jobs (SLA)')[1]).toEqual(shanghai('2026-11-23T05:00'));
    expect(h.emu.logs.map((l) => l.message).join('\n')).toMatch(/schedule now runs as bob@example\.com/);
    fireAt(h, '2026-11-23T06:00');
    expect(ours(h).map((t) => t.owner)).toEqual(['bob@example.com']);
  });

  it('puts the trigger back after someone deleted it by hand, and it runs', () => {
    const h = startAddon({ now: '2026-11-23T04:00' });
    h.addon.call('installTriggers');
    h.emu.triggers.remove(ours(h)[0]!.uniqueId);
    expect(ours(h)).toHaveLength(0);
    h.addon.call('installTriggers');
    expect(ours(h)).toHaveLength(1);
    fireAt(h, '2026-11-23T05:00');
    expect(statusLine(h, 'Hourly jobs (SLA)')[1]).toEqual(shanghai('2026-11-23T05:00'));
  });
});

describe('the menu', () => {
  const toasts = (h: Harness) => h.emu.workbook.toasts.map(({ title, message }) => `${title}: ${message}`);

  it('says how a job run from the menu went, where Apps Script says only "Finished script"', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    addTicket(h, '2026-11-23T09:00');
    h.addon.call('installTriggers');
    expect(toasts(h).at(-1)).toMatch(
      /^CRM: schedule installed: The jobs now run every hour as agent@example\.com/,
    );
    h.addon.call('menuRunHourlyJobs');
    expect(toasts(h).at(-1)).toMatch(/^CRM: hourly jobs: Done in \d+ s: 1 ticket checked; 0 alerts raised/);
    h.emu.locks.hold('document');
    h.addon.call('menuRunDailyJobs');
    expect(toasts(h).at(-1)).toBe(
      'CRM: daily jobs: Another run was busy with the sheet, so nothing ran. Try again in a minute.',
    );
    h.emu.locks.release('document');
    sheet(h, 'Surveys').deleteColumn(h.values('Surveys')[0]!.indexOf('Due') + 1);
    h.addon.call('menuRunDailyJobs');
    expect(toasts(h).at(-1)).toMatch(/^CRM: daily jobs: Stopped: .*Due/);
  });

  it('leaves the scheduled run without a toast: nobody is watching', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const before = toasts(h).length;
    h.addon.call('runScheduledJobs');
    h.addon.call('runHourlyJobs');
    expect(toasts(h)).toHaveLength(before);
  });
});

describe('runScheduledJobs', () => {
  it('runs the hourly work every time and the daily work once a day, after the daily hour', () => {
    const h = startAddon({ now: '2026-11-23T04:00' });
    h.addon.call('installTriggers');
    const t = addTicket(h, '2026-11-23T04:00');
    const dailyAt = () => statusLine(h, 'Daily jobs')[1];
    const hourlyAt = () => statusLine(h, 'Hourly jobs (SLA)')[1];

    fireAt(h, '2026-11-23T05:00');
    expect(hourlyAt()).toEqual(shanghai('2026-11-23T05:00'));
    expect(dailyAt()).toBe('never');
    expect(h.records('Tickets').find((r) => r.ID === t)!['SLA Status']).toBe('On Track');

    fireAt(h, '2026-11-23T06:30');
    expect(dailyAt()).toEqual(shanghai('2026-11-23T06:30'));
    for (const wall of ['2026-11-23T07:30', '2026-11-23T12:30', '2026-11-23T23:30', '2026-11-24T05:30']) {
      fireAt(h, wall);
      expect(hourlyAt()).toEqual(shanghai(wall));
      expect(dailyAt()).toEqual(shanghai('2026-11-23T06:30'));
    }
    fireAt(h, '2026-11-24T06:30');
    expect(dailyAt()).toEqual(shanghai('2026-11-24T06:30'));
    fireAt(h, '2026-11-24T07:30');
    expect(dailyAt()).toEqual(shanghai('2026-11-24T06:30'));
  });

  it("mails each person one digest per run, with the hourly's and the daily's alerts in it", () => {
    const h = startAddon({ now: '2026-11-20T10:00' });
    const amy = 'amy@example.com';
    // A new customer never called back (the daily work's alert) and an unacknowledged ticket (the hourly's).
    const c = customer(h, { name: 'Acme', status: 'Potential', owner: amy }, '2026-11-20T10:00');
    at(h, '2026-11-23T09:00');
    ticket(h, { customerId: c, submitted: '2026-11-23T09:00', owner: amy });
    at(h, '2026-11-23T10:00');
    const [hourly, daily] = h.addon.call('runScheduledJobs') as Outcome[];
    expect(hourly!.detail).toContain('emails go with the daily work');
    const toAmy = h.emu.mail.filter((m) => m.to.includes(amy));
    expect(toAmy).toHaveLength(1);
    expect(toAmy[0]!.body).toMatch(/SLA Breach/);
    expect(toAmy[0]!.body).toMatch(/Follow-up Overdue/);
    expect(daily!.detail).toContain('1 email sent');
  });

  it("still mails the hourly's alerts when the daily work of the same run fails", () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const amy = 'amy@example.com';
    const c = customer(h, { name: 'Acme', status: 'Won', owner: amy }, '2026-11-23T09:00');
    ticket(h, { customerId: c, submitted: '2026-11-23T09:00', owner: amy });
    sheet(h, 'Surveys').deleteColumn(h.values('Surveys')[0]!.indexOf('Due') + 1);
    at(h, '2026-11-23T10:00');
    const [hourly, daily] = h.addon.call('runScheduledJobs') as Outcome[];
    expect(hourly!.detail).toContain('emails go with the daily work');
    expect(daily!.error).toMatch(/Due/);
    const toAmy = h.emu.mail.filter((m) => m.to.includes(amy));
    expect(toAmy).toHaveLength(1);
    expect(toAmy[0]!.body).toMatch(/SLA Breach/);
  });

  it('takes the daily hour from Settings, in the spreadsheet time zone', () => {
    const h = startAddon({ now: '2026-11-23T08:00' });
    setSetting(h, 'Daily jobs after (hour)', '22');
    // 21:30 in Shanghai is already the 24th in Auckland (the process) and still the 23rd in New York.
    let outcomes = h.addon.call('runScheduledJobs') as Outcome[];
    expect(outcomes.map((o) => o.job)).toEqual(['hourly']);
    h.emu.rt.clock.set(shanghai('2026-11-23T21:30'));
    outcomes = h.addon.call('runScheduledJobs') as Outcome[];
    expect(outcomes.map((o) => o.job)).toEqual(['hourly']);
    h.emu.rt.clock.set(shanghai('2026-11-23T22:30'));
    outcomes = h.addon.call('runScheduledJobs') as Outcome[];
    expect(outcomes.map((o) => [o.job, o.error])).toEqual([
      ['hourly', ''],
      ['daily', ''],
    ]);
    h.emu.rt.clock.set(shanghai('2026-11-23T23:30'));
    outcomes = h.addon.call('runScheduledJobs') as Outcome[];
    expect(outcomes.map((o) => o.job)).toEqual(['hourly']);
  });

  it('exits cleanly when another run holds the document lock, and does the daily work on the next run', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const t = addTicket(h, '2026-11-23T09:00');
    h.emu.rt.clock.set(shanghai('2026-11-23T10:00'));
    const before = JSON.stringify(h.values('Tickets'));
    h.emu.locks.hold('document');
    const started = h.emu.rt.clock.now();
    const outcomes = h.addon.call('runScheduledJobs') as Outcome[];
    for (const o of outcomes) {
      expect(o.error).toBe('');
      expect(o.detail).toMatch(/skipped/);
    }
    expect(outcomes.map((o) => o.job)).toEqual(['hourly', 'daily']);
    // A bounded wait: well inside one execution, not until the holder lets go.
    expect(h.emu.rt.clock.now() - started).toBeLessThanOrEqual(2 * 30_000);
    expect(JSON.stringify(h.values('Tickets'))).toBe(before);
    expect(h.emu.locks.isHeld('document')).toBe(true);
    // The holder ends; the next run does both.
    h.emu.locks.release('document');
    h.emu.rt.clock.set(shanghai('2026-11-23T11:00'));
    const next = h.addon.call('runScheduledJobs') as Outcome[];
    expect(next.map((o) => [o.job, o.error])).toEqual([
      ['hourly', ''],
      ['daily', ''],
    ]);
    expect(h.records('Tickets').find((r) => r.ID === t)!['SLA Status']).toBe('Breached');
    expect(h.emu.locks.isHeld('document')).toBe(false);
  });

  it('records each run on the Dashboard: time, duration, rows and result', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    addTicket(h, '2026-11-23T09:00');
    addTicket(h, '2026-11-23T09:00');
    h.addon.call('runHourlyJobs');
    const line = statusLine(h, 'Hourly jobs (SLA)');
    expect(line[1]).toEqual(shanghai('2026-11-23T09:00'));
    expect(typeof line[2]).toBe('number');
    expect(line[3]).toBe(2);
    expect(String(line[4])).toMatch(/^OK 2 tickets checked/);
  });

  it('records a broken setting as a failed run naming the cell, and skips the daily work', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    h.addon.call('installTriggers');
    const t = addTicket(h, '2026-11-23T09:00');
    const cell = setSetting(h, 'SLA Regular: resolve (minutes)', 'abc');
    expect(cell).toMatch(/^B\d+$/);
    const before = JSON.stringify(h.values('Tickets'));
    fireAt(h, '2026-11-23T10:00');
    const line = statusLine(h, 'Hourly jobs (SLA)');
    expect(line[1]).toEqual(shanghai('2026-11-23T10:00'));
    expect(String(line[4])).toMatch(
      new RegExp(`^FAILED: Settings ${cell} \\("SLA Regular: resolve \\(minutes\\)"\\).*"abc"`),
    );
    expect(statusLine(h, 'Daily jobs')[1]).toBe('never');
    expect(JSON.stringify(h.values('Tickets'))).toBe(before);
    expect(h.records('Tickets').find((r) => r.ID === t)!['SLA Status']).toBe('');
  });

  it('shows the failed run as a warning in the sidebar, naming the broken cell', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    h.addon.call('installTriggers');
    const cell = setSetting(h, 'SLA Regular: resolve (minutes)', 'abc');
    fireAt(h, '2026-11-23T10:00');
    const boot = h.addon.serve('sidebarBootstrap') as {
      ok: boolean;
      value?: { schedule: { warning: string; lastError: string } };
    };
    // The sidebar must still open (to log tickets) and say why the schedule failed.
    expect(boot, JSON.stringify(boot)).toMatchObject({ ok: true });
    expect(boot.value!.schedule.warning).toContain(`Settings ${cell}`);
  });

  it('warns in the sidebar when no run happened for over two hours', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    h.addon.call('installTriggers');
    fireAt(h, '2026-11-23T09:00');
    const warning = () =>
      (h.addon.serve('sidebarBootstrap') as { value: { schedule: { warning: string } } }).value.schedule
        .warning;
    h.emu.rt.clock.set(shanghai('2026-11-23T10:30'));
    expect(warning()).toBe('');
    h.emu.rt.clock.set(shanghai('2026-11-23T11:30'));
    expect(warning()).toMatch(/two hours/);
  });
});
