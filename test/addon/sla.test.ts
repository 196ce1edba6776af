/**
 * Issue 5 (SLA engine and the hourly job), on the built add-on in the emulator: the spreadsheet in
 * Asia/Shanghai, a fixed clock moved by hand, tickets made through the sidebar's calls or typed into
 * the sheet, and runHourlyJobs run as a menu click.
 */
import { describe, expect, it } from 'vitest';
import { asPerson } from '../../tools/emulator/person';
import { typeRows } from './daily-fixtures';
import { deleteRowsJustInserted, type Harness, shanghai, startAddon } from './harness';

let request = 0;
const submit = (record: unknown) => ({ requestId: `sla-${++request}`, record });

const sheet = (h: Harness, name: string) => h.emu.globals.SpreadsheetApp.getActive().getSheetByName(name)!;

/** A1 letter of a header in row 1. */
function letterOf(h: Harness, sheetName: string, header: string): string {
  const at = h.values(sheetName)[0]!.indexOf(header) + 1;
  if (at < 1) throw new Error(`${sheetName} has no ${header} column`);
  let s = '';
  for (let c = at; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** The Tickets cell of a header on a ticket's row, e.g. "L3". */
function ticketCell(h: Harness, id: string, header: string): string {
  const row = h.values('Tickets').findIndex((r) => r[0] === id) + 1;
  if (row < 2) throw new Error(`no ticket ${id}`);
  return `${letterOf(h, 'Tickets', header)}${row}`;
}

/** Writes a setting's Value cell as a manager would; returns the cell's A1 address. */
function setSetting(h: Harness, name: string, value: string): string {
  const rows = h.values('Settings');
  const row = rows.findIndex((r) => r[0] === name) + 1;
  if (row < 2) throw new Error(`no setting ${name}`);
  const a1 = `${letterOf(h, 'Settings', 'Value')}${row}`;
  sheet(h, 'Settings').getRange(a1).setValue(value);
  return a1;
}

function customer(h: Harness, name: string, tier: string): string {
  const saved = h.addon.serve('sidebarCreateCustomer', submit({ name, contact: 'Li Wei', tier })) as {
    ok: boolean;
    value: { id: string };
  };
  expect(saved.ok).toBe(true);
  return saved.value.id;
}

function ticket(h: Harness, record: Record<string, unknown>): string {
  const saved = h.addon.serve(
    'sidebarCreateTicket',
    submit({ subject: 'Printer jams', type: 'Technical', ...record }),
  ) as { ok: boolean; value: { id: string }; message?: string };
  expect(saved, JSON.stringify(saved)).toMatchObject({ ok: true });
  return saved.value.id;
}

function update(h: Harness, record: Record<string, unknown>): void {
  const saved = h.addon.serve('sidebarUpdateTicket', submit(record)) as { ok: boolean };
  expect(saved, JSON.stringify(saved)).toMatchObject({ ok: true });
}

function row(h: Harness, id: string): Record<string, unknown> {
  const found = h.records('Tickets').find((r) => r.ID === id);
  if (!found) throw new Error(`no ticket ${id}`);
  return found;
}

/** A cell that should hold a date, as an instant. */
function instant(value: unknown): number {
  expect(value, `expected a date, got ${JSON.stringify(value)}`).toBeInstanceOf(Date);
  return (value as Date).getTime();
}

const hourly = (h: Harness) => h.addon.call('runHourlyJobs') as { error: string; detail: string };

function runAt(h: Harness, wall: string) {
  h.emu.rt.clock.set(shanghai(wall));
  const outcome = hourly(h);
  expect(outcome.error).toBe('');
  return outcome;
}

describe('due times', () => {
  it('gives a Regular ticket submitted Friday 17:00 for a Regular customer Resolve Due Monday 12:00', () => {
    const h = startAddon({ now: '2026-11-20T17:00' });
    const c = customer(h, 'Acme', 'Regular');
    const t = ticket(h, { customerId: c, level: 'Regular', submitted: '2026-11-20T17:00' });
    runAt(h, '2026-11-20T17:00');
    const r = row(h, t);
    expect(instant(r['Resolve Due'])).toBe(shanghai('2026-11-23T12:00').getTime());
    expect(instant(r['Ack Due'])).toBe(shanghai('2026-11-20T17:30').getTime());
    expect(r['SLA Status']).toBe('On Track');
  });

  it('gives the same ticket for a VIP customer Resolve Due Friday 21:00 (7x24)', () => {
    const h = startAddon({ now: '2026-11-20T17:00' });
    const c = customer(h, 'Bigco', 'VIP');
    const t = ticket(h, { customerId: c, level: 'Regular', submitted: '2026-11-20T17:00' });
    runAt(h, '2026-11-20T17:00');
    expect(instant(row(h, t)['Resolve Due'])).toBe(shanghai('2026-11-20T21:00').getTime());
  });

  it('times a ticket typed in under a record merged away on the clock of the customer at the end of the chain', () => {
    const h = startAddon({ now: '2026-11-20T17:00' });
    // B (Regular) merged into A (Regular), then A into C (VIP): C's 7x24 clock is the one.
    const c = customer(h, 'Bigco Group', 'VIP');
    const a = customer(h, 'Bigco', 'Regular');
    const b = customer(h, 'Bigco Ltd', 'Regular');
    for (const [keepId, mergeId] of [
      [a, b],
      [c, a],
    ])
      expect(h.addon.serve('sidebarMergeCustomers', submit({ keepId, mergeId }))).toMatchObject({ ok: true });
    typeRows(h, 'Tickets', [
      {
        ID: 'T-09001',
        'Customer ID': b,
        Subject: 'Printer jams',
        Type: 'Technical',
        Level: 'Regular',
        Status: 'New',
        Submitted: shanghai('2026-11-20T17:00'),
      },
    ]);
    runAt(h, '2026-11-20T17:00');
    expect(row(h, 'T-09001')['SLA Status']).toBe('On Track');
    expect(instant(row(h, 'T-09001')['Resolve Due'])).toBe(shanghai('2026-11-20T21:00').getTime());
  });

  it('measures a wait on a ticket typed in under a record merged into a VIP on the 7x24 clock', () => {
    const h = startAddon({ now: '2026-11-20T17:00' });
    const vip = customer(h, 'Bigco Group', 'VIP');
    const old = customer(h, 'Bigco', 'Regular');
    expect(h.addon.serve('sidebarMergeCustomers', submit({ keepId: vip, mergeId: old }))).toMatchObject({
      ok: true,
    });
    typeRows(h, 'Tickets', [
      {
        ID: 'T-09001',
        'Customer ID': old,
        Subject: 'Printer jams',
        Type: 'Technical',
        Level: 'Regular',
        Status: 'Acknowledged',
        Submitted: shanghai('2026-11-20T16:50'),
        Acknowledged: shanghai('2026-11-20T16:55'),
      },
    ]);
    h.addon.edit('Tickets', ticketCell(h, 'T-09001', 'Status'), 'Waiting on Customer');
    // Friday 17:00 to 19:00: two hours round the clock, one of business hours.
    h.emu.rt.clock.set(shanghai('2026-11-20T19:00'));
    h.addon.edit('Tickets', ticketCell(h, 'T-09001', 'Status'), 'In Progress');
    expect(row(h, 'T-09001')).toMatchObject({ 'Paused Minutes': 120, 'Waiting Since': '' });
  });

  it('moves Resolve Due by two business hours after Waiting on Customer, set through the sidebar', () => {
    const h = startAddon({ now: '2026-11-20T16:00' });
    const c = customer(h, 'Acme', 'Regular');
    // Fri 16:00 + 4 business hours = Mon 11:00.
    const t = ticket(h, { customerId: c, submitted: '2026-11-20T16:00' });
    runAt(h, '2026-11-20T16:00');
    expect(instant(row(h, t)['Resolve Due'])).toBe(shanghai('2026-11-23T11:00').getTime());

    h.emu.rt.clock.set(shanghai('2026-11-20T17:00'));
    update(h, { id: t, status: 'Waiting on Customer' });
    expect(instant(row(h, t)['Waiting Since'])).toBe(shanghai('2026-11-20T17:00').getTime());
    // Fri 17:00 to Mon 10:00 is two business hours (17-18 and 09-10).
    h.emu.rt.clock.set(shanghai('2026-11-23T10:00'));
    update(h, { id: t, status: 'In Progress' });
    const r = row(h, t);
    expect(r['Paused Minutes']).toBe(120);
    expect(r['Waiting Since']).toBe('');
    runAt(h, '2026-11-23T10:00');
    expect(instant(row(h, t)['Resolve Due'])).toBe(shanghai('2026-11-23T13:00').getTime());
  });

  it('moves Resolve Due by two business hours after Waiting on Customer, typed into the Status cell', () => {
    const h = startAddon({ now: '2026-11-20T16:00' });
    const c = customer(h, 'Acme', 'Regular');
    const t = ticket(h, { customerId: c, submitted: '2026-11-20T16:00' });
    h.emu.rt.clock.set(shanghai('2026-11-20T17:00'));
    h.addon.edit('Tickets', ticketCell(h, t, 'Status'), 'Waiting on Customer');
    expect(instant(row(h, t)['Waiting Since'])).toBe(shanghai('2026-11-20T17:00').getTime());
    expect(instant(row(h, t).Acknowledged)).toBe(shanghai('2026-11-20T17:00').getTime());
    // While it waits, the job already counts the current wait.
    runAt(h, '2026-11-23T09:30');
    expect(instant(row(h, t)['Resolve Due'])).toBe(shanghai('2026-11-23T12:30').getTime());
    h.emu.rt.clock.set(shanghai('2026-11-23T10:00'));
    h.addon.edit('Tickets', ticketCell(h, t, 'Status'), 'In Progress');
    const r = row(h, t);
    expect(r['Paused Minutes']).toBe(120);
    expect(r['Waiting Since']).toBe('');
    runAt(h, '2026-11-23T10:00');
    expect(instant(row(h, t)['Resolve Due'])).toBe(shanghai('2026-11-23T13:00').getTime());
    const log = h.records('Audit Log').filter((l) => l['Record ID'] === t && l.Action === 'edit in sheet');
    expect(log).toHaveLength(2);
  });

  it('logs no change when the same Status is chosen again, and then fills in the stamps a busy sheet kept from it', () => {
    const h = startAddon({ now: '2026-11-20T16:00' });
    const c = customer(h, 'Acme', 'Regular');
    const t = ticket(h, { customerId: c, submitted: '2026-11-20T16:00' });
    const edits = () =>
      h.records('Audit Log').filter((l) => l['Record ID'] === t && l.Action === 'edit in sheet');
    h.emu.rt.clock.set(shanghai('2026-11-20T17:00'));
    h.addon.edit('Tickets', ticketCell(h, t, 'Status'), 'In Progress');
    h.addon.edit('Tickets', ticketCell(h, t, 'Status'), 'In Progress');
    expect(edits()).toHaveLength(1);
    // Closed while the hourly job holds the sheet: the trigger gives up waiting, nothing stamped.
    h.emu.rt.clock.set(shanghai('2026-11-23T10:00'));
    h.emu.locks.hold('document');
    h.addon.edit('Tickets', ticketCell(h, t, 'Status'), 'Closed');
    expect(row(h, t).Closed).toBe('');
    h.emu.locks.release('document');
    // The person chooses Closed again: the stamps the row lacks are given, Acknowledged kept.
    h.emu.rt.clock.set(shanghai('2026-11-23T10:05'));
    h.addon.edit('Tickets', ticketCell(h, t, 'Status'), 'Closed');
    const r = row(h, t);
    expect([r.Resolved, r.Closed, r['Last Update']].map(instant)).toEqual(
      Array(3).fill(shanghai('2026-11-23T10:05').getTime()),
    );
    expect(instant(r.Acknowledged)).toBe(shanghai('2026-11-20T17:00').getTime());
    expect(edits().map((l) => String(l.Changes).split(';')[0])).toEqual([
      'status: New → In Progress',
      'status: Closed → Closed',
    ]);
  });

  it('tells the person at the sheet when a Status typed there got no stamps, not only the execution log', () => {
    const h = startAddon({ now: '2026-11-20T16:00' });
    const t = ticket(h, { customerId: customer(h, 'Acme', 'Regular'), submitted: '2026-11-20T16:00' });
    const before = h.emu.workbook.toasts.length;
    h.emu.locks.hold('document');
    h.addon.edit('Tickets', ticketCell(h, t, 'Status'), 'Closed');
    expect(h.emu.workbook.toasts.slice(before).map(({ title, message }) => `${title}: ${message}`)).toEqual([
      'CRM: the Status got no stamps: The sheet is busy with another save or a scheduled job. Please try again in a moment.',
    ]);
  });

  it('stamps a Status typed while a save or a short job holds the sheet, once it lets go', () => {
    const h = startAddon({ now: '2026-11-20T16:00' });
    const t = ticket(h, { customerId: customer(h, 'Acme', 'Regular'), submitted: '2026-11-20T16:00' });
    h.emu.rt.clock.set(shanghai('2026-11-20T17:00'));
    // A save at 100,000 tickets takes a few seconds; a short hourly run, some more.
    h.emu.locks.hold('document', 12_000);
    h.addon.edit('Tickets', ticketCell(h, t, 'Status'), 'Closed');
    expect(instant(row(h, t).Closed)).toBe(shanghai('2026-11-20T17:00').getTime() + 12_000);
  });

  // Sheets' Status dropdown lets "waiting on customer" through, kept as typed (the emulator's
  // validation-check.ts says why): the add-on reads it as the status it names.
  it('takes a Status typed in another letter case for that status, stamps and all', () => {
    const h = startAddon({ now: '2026-11-20T16:00' });
    const c = customer(h, 'Acme', 'Regular');
    const t = ticket(h, { customerId: c, submitted: '2026-11-20T16:00' });
    h.emu.rt.clock.set(shanghai('2026-11-20T17:00'));
    h.addon.edit('Tickets', ticketCell(h, t, 'Status'), 'waiting on customer');
    expect(row(h, t).Status).toBe('waiting on customer');
    expect(instant(row(h, t)['Waiting Since'])).toBe(shanghai('2026-11-20T17:00').getTime());
    h.emu.rt.clock.set(shanghai('2026-11-23T10:00'));
    h.addon.edit('Tickets', ticketCell(h, t, 'Status'), 'in progress');
    expect(row(h, t)['Paused Minutes']).toBe(120);
    runAt(h, '2026-11-23T10:00');
    const r = row(h, t);
    expect(instant(r['Resolve Due'])).toBe(shanghai('2026-11-23T13:00').getTime());
    // Acknowledged half an hour late, and timed: not "Check this row: Status is …".
    expect(r['SLA Status']).toBe('Breached');
  });

  it('keeps the waiting time when a person pastes a block of Status cells', () => {
    const h = startAddon({ now: '2026-11-20T16:00' });
    const c = customer(h, 'Acme', 'Regular');
    const ended = ticket(h, { customerId: c, submitted: '2026-11-20T16:00' });
    const still = ticket(h, { customerId: c, submitted: '2026-11-20T16:00' });
    h.emu.rt.clock.set(shanghai('2026-11-20T17:00'));
    for (const id of [ended, still])
      h.addon.edit('Tickets', ticketCell(h, id, 'Status'), 'Waiting on Customer');
    // Monday 10:00 a person pastes "In Progress" and "Waiting on Customer" over both Status cells.
    // Apps Script's onEdit for a multi-cell edit carries the range and no oldValue; the emulator's
    // addon.edit types one cell only, so the paste is done here and onEdit run with its event.
    h.emu.rt.clock.set(shanghai('2026-11-23T10:00'));
    const range = sheet(h, 'Tickets').getRange(
      `${ticketCell(h, ended, 'Status')}:${ticketCell(h, still, 'Status')}`,
    );
    expect(range.getNumRows()).toBe(2);
    range.setValues([['In Progress'], ['Waiting on Customer']]);
    h.addon.call('onEdit', { range, source: h.emu.globals.SpreadsheetApp.getActive(), authMode: 'LIMITED' });

    expect(row(h, ended)['Paused Minutes']).toBe(120);
    expect(row(h, ended)['Waiting Since']).toBe('');
    expect(instant(row(h, still)['Waiting Since'])).toBe(shanghai('2026-11-20T17:00').getTime());
    runAt(h, '2026-11-23T10:00');
    // Both waited two business hours (Fri 17-18, Mon 09-10): Fri 16:00 + 4 h + 2 h.
    for (const id of [ended, still]) {
      expect(instant(row(h, id)['Resolve Due'])).toBe(shanghai('2026-11-23T13:00').getTime());
    }
  });

  /** 300 tickets of one customer typed in rows 2-301, then their Status cells pasted over at 10:00. */
  function pasteStatuses(
    h: Harness,
    typed: (i: number) => Record<string, unknown>,
    pasted: (i: number) => string,
  ) {
    const c = customer(h, 'Acme', 'Regular');
    const tickets = sheet(h, 'Tickets');
    const header = h.values('Tickets')[0]!.map(String);
    const base = (i: number): Record<string, unknown> => ({
      ID: `T-${String(i + 1).padStart(5, '0')}`,
      'Customer ID': c,
      Subject: `Pasted ${i}`,
      Type: 'Technical',
      Level: 'Major',
      Submitted: shanghai('2026-11-20T10:00'),
      Acknowledged: shanghai('2026-11-20T10:05'),
      ...typed(i),
    });
    const rows = Array.from({ length: 300 }, (_, i) => header.map((name) => base(i)[name] ?? ''));
    tickets.insertRowsAfter(tickets.getMaxRows(), rows.length);
    tickets.getRange(2, 1, rows.length, header.length).setValues(rows as never);
    h.emu.rt.clock.set(shanghai('2026-11-23T10:00'));
    const range = tickets.getRange(2, header.indexOf('Status') + 1, rows.length, 1);
    range.setValues(rows.map((_, i) => [pasted(i)]));
    h.emu.rt.resetCounters();
    h.addon.call('onEdit', { range, source: h.emu.globals.SpreadsheetApp.getActive(), authMode: 'LIMITED' });
    return { calls: h.emu.rt.totalCalls(), records: h.records('Tickets') };
  }

  it('stamps a pasted block of 300 Status cells in the same few calls as one (a simple trigger has 30 seconds)', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const { calls, records } = pasteStatuses(
      h,
      () => ({ Status: 'In Progress' }),
      () => 'Closed',
    );
    // 35 calls: the lock, the edited block read once, one write of "now", the Audit Log append.
    expect(calls).toBeLessThan(40);
    const closed = records.map((r) => [r.Resolved, r.Closed].map(instant));
    const now = shanghai('2026-11-23T10:00').getTime();
    expect(closed.every(([resolved, done]) => resolved === now && done === now)).toBe(true);
    expect(h.records('Audit Log').filter((l) => l.Action === 'edit in sheet')).toHaveLength(300);
  });

  it('logs a pasted Status with its earlier one unknown, not empty (a paste tells no old values)', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    pasteStatuses(
      h,
      () => ({ Status: 'In Progress' }),
      () => 'Closed',
    );
    const log = h.records('Audit Log').filter((l) => l.Action === 'edit in sheet');
    expect(log[0]!.Changes).toBe(
      'status: (unknown) → Closed; lastUpdate: (empty) → 2026-11-23T10:00; resolved: (empty) → 2026-11-23T10:00; closed: (empty) → 2026-11-23T10:00',
    );
  });

  it('stamps a pasted block of mixed statuses, row by row, in few calls', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const next = ['In Progress', 'Waiting on Customer', 'Resolved', 'Closed'] as const;
    // Even rows have waited since Friday 17:00; odd rows are in progress.
    const { calls, records } = pasteStatuses(
      h,
      (i) =>
        i % 2 === 0
          ? { Status: 'Waiting on Customer', 'Waiting Since': shanghai('2026-11-20T17:00') }
          : { Status: 'In Progress' },
      (i) => next[i % 4]!,
    );
    // The rows alternate, so one rectangle per changed cell would take some 400 calls.
    expect(calls).toBeLessThan(50);
    const now = shanghai('2026-11-23T10:00').getTime();
    const stamps = (r: Record<string, unknown>) =>
      [r['Waiting Since'], r.Resolved, r.Closed].map((v) =>
        v === '' ? '' : instant(v) === now ? 'now' : 'other',
      );
    records.forEach((r, i) => {
      const expected = [
        ['', '', ''],
        ['now', '', ''],
        ['', 'now', ''],
        ['', 'now', 'now'],
      ][i % 4];
      expect([r.Status, ...stamps(r)]).toEqual([next[i % 4], ...expected!]);
      // Friday 17-18 and Monday 09-10: two business hours waited by the rows that stopped waiting.
      expect(r['Paused Minutes']).toBe(i % 2 === 0 ? 120 : '');
      expect([r.Subject, instant(r.Acknowledged)]).toEqual([
        `Pasted ${i}`,
        shanghai('2026-11-20T10:05').getTime(),
      ]);
    });
  });

  it('stamps nothing, and says why in the log, when a sort moves another ticket onto the edited row first', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const c = customer(h, 'Acme', 'Regular');
    const edited = ticket(h, { customerId: c, subject: 'A first', submitted: '2026-11-23T09:00' });
    const other = ticket(h, { customerId: c, subject: 'B second', submitted: '2026-11-23T09:00' });
    const cell = ticketCell(h, edited, 'Status');
    h.emu.rt.hook = (method) => {
      if (method !== 'LockService.getDocumentLock') return;
      h.emu.rt.hook = undefined;
      asPerson(h.emu.rt, () => {
        const tickets = sheet(h, 'Tickets');
        const subject = h.values('Tickets')[0]!.indexOf('Subject') + 1;
        tickets.getRange(2, 1, 2, tickets.getLastColumn()).sort({ column: subject, ascending: false });
      });
    };
    h.addon.edit('Tickets', cell, 'Resolved');
    expect(row(h, other).Resolved).toBe('');
    expect(row(h, other).Acknowledged).toBe('');
    expect(
      h.emu.logs.some((l) =>
        /Rows moved in the sheet just after the Status was changed/.test(String(l.message)),
      ),
    ).toBe(true);
  });

  it('stamps a Status typed into the sheet even while an unrelated setting is broken', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const c = customer(h, 'Acme', 'Regular');
    const t = ticket(h, { customerId: c, submitted: '2026-11-23T09:00' });
    setSetting(h, 'Health: recency weight', 'abc');
    h.emu.rt.clock.set(shanghai('2026-11-23T09:10'));
    h.addon.edit('Tickets', ticketCell(h, t, 'Status'), 'Waiting on Customer');
    const r = row(h, t);
    expect(instant(r.Acknowledged)).toBe(shanghai('2026-11-23T09:10').getTime());
    expect(instant(r['Waiting Since'])).toBe(shanghai('2026-11-23T09:10').getTime());
  });

  it('ends a wait typed into the sheet, with its stamps, while an unrelated setting is broken', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const acme = customer(h, 'Acme', 'Regular');
    const bigco = customer(h, 'Bigco', 'VIP');
    const regular = ticket(h, { customerId: acme, submitted: '2026-11-23T09:00' });
    const vip = ticket(h, { customerId: bigco, submitted: '2026-11-23T09:00' });
    h.emu.rt.clock.set(shanghai('2026-11-23T09:10'));
    for (const id of [regular, vip])
      h.addon.edit('Tickets', ticketCell(h, id, 'Status'), 'Waiting on Customer');
    setSetting(h, 'Health: recency weight', 'abc');
    h.emu.rt.clock.set(shanghai('2026-11-23T10:10'));
    h.addon.edit('Tickets', ticketCell(h, regular, 'Status'), 'In Progress');
    expect(row(h, regular)).toMatchObject({ 'Paused Minutes': 60, 'Waiting Since': '' });
    expect(instant(row(h, regular)['Last Update'])).toBe(shanghai('2026-11-23T10:10').getTime());
    // A VIP's 7x24 clock needs no calendar setting at all.
    setSetting(h, 'Business hours', 'nine to six');
    h.addon.edit('Tickets', ticketCell(h, vip, 'Status'), 'In Progress');
    expect(row(h, vip)).toMatchObject({ 'Paused Minutes': 60, 'Waiting Since': '' });
  });

  it('runs a reopened ticket’s resolve clock on from where it stood, reopened in the sidebar or in the sheet', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const acme = customer(h, 'Acme', 'Regular');
    const bigco = customer(h, 'Bigco', 'VIP');
    const inSidebar = ticket(h, { customerId: acme, submitted: '2026-11-23T09:00' });
    const inSheet = ticket(h, { customerId: bigco, submitted: '2026-11-23T09:00' });
    h.emu.rt.clock.set(shanghai('2026-11-23T09:10'));
    for (const id of [inSidebar, inSheet]) update(h, { id, status: 'Acknowledged' });
    h.emu.rt.clock.set(shanghai('2026-11-23T10:00'));
    update(h, { id: inSidebar, status: 'Resolved', solution: 'Cleared the paper path' });
    update(h, { id: inSheet, solution: 'New drum' });
    h.addon.edit('Tickets', ticketCell(h, inSheet, 'Status'), 'Resolved');
    runAt(h, '2026-11-23T10:00');
    // Two days later both come back: the two days done stop the clock, on each ticket's own clock.
    h.emu.rt.clock.set(shanghai('2026-11-25T10:00'));
    update(h, { id: inSidebar, status: 'In Progress' });
    h.addon.edit('Tickets', ticketCell(h, inSheet, 'Status'), 'In Progress');
    expect(row(h, inSidebar)).toMatchObject({ 'Paused Minutes': 2 * 9 * 60, Resolved: '' });
    expect(row(h, inSheet)).toMatchObject({ 'Paused Minutes': 2 * 24 * 60, Resolved: '' });
    runAt(h, '2026-11-25T10:00');
    // An hour used before it was resolved: three of the four hours are left.
    expect(row(h, inSidebar)).toMatchObject({ 'SLA Status': 'On Track', Breaches: '' });
    expect(instant(row(h, inSidebar)['Resolve Due'])).toBe(shanghai('2026-11-25T13:00').getTime());
    expect(row(h, inSheet)).toMatchObject({ 'SLA Status': 'On Track', Breaches: '' });
    expect(instant(row(h, inSheet)['Resolve Due'])).toBe(shanghai('2026-11-25T13:00').getTime());
  });

  it('clears Closed on a ticket closed by mistake and set back to Resolved, so closing it later stamps that time', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const acme = customer(h, 'Acme', 'Regular');
    const [inSidebar, inSheet] = [1, 2].map(() =>
      ticket(h, { customerId: acme, submitted: '2026-11-23T09:00' }),
    );
    h.emu.rt.clock.set(shanghai('2026-11-23T10:00'));
    for (const id of [inSidebar!, inSheet!])
      update(h, { id, status: 'Closed', solution: 'Cleared the paper path' });
    h.emu.rt.clock.set(shanghai('2026-11-23T10:05'));
    update(h, { id: inSidebar, status: 'Resolved' });
    h.addon.edit('Tickets', ticketCell(h, inSheet!, 'Status'), 'Resolved');
    // The customer confirms the next day, and the ticket is closed for real.
    h.emu.rt.clock.set(shanghai('2026-11-24T11:00'));
    update(h, { id: inSidebar, status: 'Closed' });
    h.addon.edit('Tickets', ticketCell(h, inSheet!, 'Status'), 'Closed');
    for (const id of [inSidebar!, inSheet!]) {
      expect(instant(row(h, id).Resolved)).toBe(shanghai('2026-11-23T10:00').getTime());
      expect(instant(row(h, id).Closed)).toBe(shanghai('2026-11-24T11:00').getTime());
    }
  });

  it('puts a note on each computed due time explaining target, calendar, minutes used and the wait', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const c = customer(h, 'Acme', 'Regular');
    const t = ticket(h, { customerId: c, level: 'Major', submitted: '2026-11-23T09:00' });
    h.emu.rt.clock.set(shanghai('2026-11-23T09:10'));
    update(h, { id: t, status: 'Waiting on Customer' });
    runAt(h, '2026-11-23T10:00');
    const tickets = sheet(h, 'Tickets');
    const note = (header: string) => tickets.getRange(ticketCell(h, t, header)).getNote();
    const calendar = 'business hours Mon-Fri 09:00-18:00 Asia/Shanghai';
    const by = '2026-11-23 09:10';
    const waiting = `waiting on the customer since ${by}: the clock stands still and the due time moves on with the wait.`;
    expect(note('Ack Due')).toBe(
      `Acknowledge: target 30 min on ${calendar}; 10 min used by 2026-11-23 10:00.`,
    );
    expect(note('Plan Due')).toBe(
      `Initial plan: target 120 min on ${calendar}; 10 min used by ${by}; ${waiting}`,
    );
    expect(note('Update Due')).toBe(
      `Progress update: target 240 min on ${calendar}; 0 min used by ${by}; ${waiting}`,
    );
    expect(note('Resolve Due')).toBe(
      `Resolve: target 1440 min on ${calendar}; 10 min used by ${by}; ${waiting}`,
    );
    // The arithmetic in the notes matches the cells.
    const r = row(h, t);
    expect(instant(r['Ack Due'])).toBe(shanghai('2026-11-23T09:30').getTime());
    expect(instant(r['Plan Due'])).toBe(shanghai('2026-11-23T11:50').getTime());
    // From the acknowledgement at 09:10, 240 + 50 business minutes.
    expect(instant(r['Update Due'])).toBe(shanghai('2026-11-23T14:00').getTime());
    // 1440 + 50 business minutes from Mon 09:00 at 9 h a day: Wed 15:50.
    expect(instant(r['Resolve Due'])).toBe(shanghai('2026-11-25T15:50').getTime());
  });

  it('keeps a due-time note while the ticket stands still and rewrites it when its due times change', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const c = customer(h, 'Acme', 'Regular');
    const t = ticket(h, { customerId: c, submitted: '2026-11-23T09:00' });
    const note = (header: string) =>
      sheet(h, 'Tickets')
        .getRange(ticketCell(h, t, header))
        .getNote();
    const calendar = 'business hours Mon-Fri 09:00-18:00 Asia/Shanghai';
    runAt(h, '2026-11-23T09:05');
    const first = `Resolve: target 240 min on ${calendar}; 5 min used by 2026-11-23 09:05.`;
    expect(note('Resolve Due')).toBe(first);
    expect(row(h, t)['SLA Status']).toBe('On Track');
    // Nothing the note explains changed: it still states the minutes counted at 09:05.
    runAt(h, '2026-11-23T09:10');
    expect(row(h, t)['SLA Status']).toBe('On Track');
    expect(note('Resolve Due')).toBe(first);
    // Waiting on the customer pushes the due time out: the note is written afresh.
    h.emu.rt.clock.set(shanghai('2026-11-23T09:26'));
    update(h, { id: t, status: 'Waiting on Customer' });
    runAt(h, '2026-11-23T10:00');
    const waiting = `Resolve: target 240 min on ${calendar}; 26 min used by 2026-11-23 09:26; waiting on the customer since 2026-11-23 09:26: the clock stands still and the due time moves on with the wait.`;
    expect(note('Resolve Due')).toBe(waiting);
    // While it waits, the due time moves every hour and the note, still true, is not written.
    const due = row(h, t)['Resolve Due'];
    h.emu.rt.resetCounters();
    runAt(h, '2026-11-23T11:00');
    expect(instant(row(h, t)['Resolve Due'])).toBe(instant(due) + 60 * 60_000);
    expect(note('Resolve Due')).toBe(waiting);
    expect(h.emu.rt.calls.get('Range.setNotes')).toBeUndefined();
    // Nor read: the due time moved only as the wait went on since the last run.
    expect(h.emu.rt.calls.get('Range.getNotes')).toBeUndefined();
    // Paused Minutes corrected by hand mid-wait: the due time jumps and the note says so.
    const paused = sheet(h, 'Tickets').getRange(ticketCell(h, t, 'Paused Minutes'));
    paused.setValue(30);
    runAt(h, '2026-11-23T11:10');
    expect(note('Resolve Due')).toMatch(
      /, due pushed out by 30 min of earlier waits on the customer; waiting/,
    );
    paused.setValue('');
    runAt(h, '2026-11-23T11:20');
    expect(note('Resolve Due')).toBe(waiting);
    // The wait ends (124 min, now Paused Minutes): the note says so.
    h.emu.rt.clock.set(shanghai('2026-11-23T11:30'));
    update(h, { id: t, status: 'In Progress' });
    runAt(h, '2026-11-23T12:00');
    expect(note('Resolve Due')).toBe(
      `Resolve: target 240 min on ${calendar}; 56 min used by 2026-11-23 12:00, due pushed out by 124 min waiting on the customer.`,
    );
  });

  it('rewrites the notes of tickets whose due times moved, keeps the others as they are, and rewrites all after a settings change', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const c = customer(h, 'Acme', 'Regular');
    const [t1, t2, t3] = [1, 2, 3].map(() => ticket(h, { customerId: c, submitted: '2026-11-23T09:00' }));
    const note = (t: string) =>
      sheet(h, 'Tickets')
        .getRange(ticketCell(h, t!, 'Resolve Due'))
        .getNote();
    runAt(h, '2026-11-23T09:05');
    const still = note(t2!);
    expect(still).toMatch(/5 min used by 2026-11-23 09:05/);
    h.emu.rt.clock.set(shanghai('2026-11-23T09:26'));
    update(h, { id: t1, status: 'Waiting on Customer' });
    update(h, { id: t3, status: 'Waiting on Customer' });
    h.emu.rt.resetCounters();
    runAt(h, '2026-11-23T10:00');
    // The two moved notes go in one write across the ticket between them, whose note is kept.
    expect(h.emu.rt.calls.get('Range.setNotes')).toBe(1);
    expect(note(t1!)).toMatch(/26 min used by 2026-11-23 09:26; waiting on the customer since/);
    expect(note(t3!)).toMatch(/26 min used by 2026-11-23 09:26; waiting on the customer since/);
    expect(note(t2!)).toBe(still);
    setSetting(h, 'SLA Regular: resolve (minutes)', '300');
    runAt(h, '2026-11-23T10:30');
    expect(note(t2!)).toMatch(/^Resolve: target 300 min .* 90 min used by 2026-11-23 10:30\.$/);
  });

  it('fills Department from Type on create, and keeps a Department given', () => {
    const h = startAddon();
    const c = customer(h, 'Acme', 'Regular');
    const ids = [
      ticket(h, { customerId: c, type: 'Inquiry' }),
      ticket(h, { customerId: c, type: 'Technical' }),
      ticket(h, { customerId: c, type: 'Complaint' }),
      ticket(h, { customerId: c, type: 'Complaint', department: 'Sales' }),
    ];
    expect(ids.map((id) => row(h, id).Department)).toEqual([
      'Sales',
      'Technical Support',
      'Service Supervisor',
      'Sales',
    ]);
  });
});

describe('updating and closing a ticket', () => {
  const serve = (h: Harness, record: Record<string, unknown>) =>
    h.addon.serve('sidebarUpdateTicket', submit(record)) as {
      ok: boolean;
      message?: string;
      fields?: Record<string, string>;
    };

  it('refuses Resolved or Closed without a Solution, writing nothing, and takes the Solution the row already has', () => {
    const h = startAddon();
    const t = ticket(h, { customerId: customer(h, 'Acme', 'Regular') });
    const before = h.values('Tickets');
    for (const record of [
      { id: t, status: 'Resolved' },
      { id: t, status: 'Closed', solution: '   ' },
      { id: t, status: 'Resolved', progress: 100, solution: '' },
    ]) {
      const answer = serve(h, record);
      expect(answer, JSON.stringify(record)).toMatchObject({
        ok: false,
        message: expect.stringMatching(/nothing was saved/),
      });
      expect(answer.fields?.solution).toMatch(
        /^Describe the solution \(what was done and the result\) before setting Status to (Resolved|Closed)\.$/,
      );
    }
    expect(h.values('Tickets')).toEqual(before);
    update(h, { id: t, solution: 'Cleared the paper path' });
    update(h, { id: t, status: 'Resolved' });
    expect(row(h, t)).toMatchObject({ Status: 'Resolved', Solution: 'Cleared the paper path' });
  });

  it('keeps every field an update leaves out (they were blanked before)', () => {
    const h = startAddon();
    const t = ticket(h, { customerId: customer(h, 'Acme', 'Regular'), owner: 'li@example.com' });
    update(h, { id: t, solution: 'Cleared the paper path', suggestion: 'Send a spare roller' });
    update(h, { id: t, progress: 50 });
    update(h, { id: t, rating: 'Satisfied' });
    expect(row(h, t)).toMatchObject({
      Owner: 'li@example.com',
      Progress: 50,
      Solution: 'Cleared the paper path',
      Suggestion: 'Send a spare roller',
      Rating: 'Satisfied',
    });
  });

  it('asks the owner for the Solution of a ticket typed done in the sheet without one, a day on, once', () => {
    const h = startAddon({ now: '2026-11-01T10:00' });
    const acme = customer(h, 'Acme', 'Regular');
    const made = (subject: string) => ticket(h, { customerId: acme, owner: 'li@example.com', subject });
    const old = made('Old jam');
    const bare = made('Paper jam');
    const solved = made('Toner streaks');
    // Done before the week the add-on asks about: settled before anyone asked.
    h.addon.edit('Tickets', ticketCell(h, old, 'Status'), 'Closed');
    h.emu.rt.clock.set(shanghai('2026-11-23T10:00'));
    update(h, { id: solved, solution: 'New drum' });
    h.addon.edit('Tickets', ticketCell(h, bare, 'Status'), 'Closed');
    h.addon.edit('Tickets', ticketCell(h, solved, 'Status'), 'Resolved');
    expect(row(h, bare)).toMatchObject({ Status: 'Closed', Solution: '' });
    instant(row(h, bare).Closed);

    const asked = () => h.records('Alerts').filter((a) => a.Kind === 'Bad Data');
    const dailyAt = (wall: string) => {
      h.emu.rt.clock.set(shanghai(wall));
      expect((h.addon.call('runDailyJobs') as { error: string }).error).toBe('');
    };
    // The same night: a day to type the Solution after the Status.
    dailyAt('2026-11-24T02:00');
    expect(asked()).toEqual([]);
    dailyAt('2026-11-25T02:00');
    dailyAt('2026-11-26T02:00');
    expect(asked()).toHaveLength(1);
    expect(asked()[0]).toMatchObject({
      'Record ID': bare,
      Owner: 'li@example.com',
      Status: 'Open',
      Message: `Ticket ${bare} "Paper jam" was set to Closed on 2026-11-23 without a Solution: write what was done and the result in its Solution cell, then mark this alert Done.`,
    });
  });

  it('keeps the Solution of a done ticket: clearing it is refused, other fields still save', () => {
    const h = startAddon();
    const t = ticket(h, { customerId: customer(h, 'Acme', 'Regular') });
    update(h, { id: t, status: 'Closed', solution: 'Replaced the roller' });
    expect(serve(h, { id: t, solution: '' }).fields?.solution).toMatch(/before setting Status to Closed/);
    update(h, { id: t, feedback: 'Resolved', rating: 'Satisfied' });
    // Reopened, the ticket may lose its Solution again (the work starts over).
    update(h, { id: t, status: 'In Progress', solution: '' });
    expect(row(h, t)).toMatchObject({ Status: 'In Progress', Solution: '', Feedback: 'Resolved' });
  });
});

describe('breaches, alerts and mail', () => {
  const SUPERVISOR = 'boss@example.com';

  it('says in plain words that rows were deleted when a person deletes them just as the job adds an alert', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    ticket(h, { customerId: customer(h, 'Acme', 'Regular'), subject: 's', submitted: '2026-11-23T09:00' });
    // The acknowledgement is missed by 10:00, the update and resolution (due 13:00) by 14:00.
    runAt(h, '2026-11-23T10:00');
    const deleted = deleteRowsJustInserted(h, 'Alerts', 2);
    h.emu.rt.clock.set(shanghai('2026-11-23T14:00'));
    const outcome = hourly(h);
    expect(deleted()).toBe(true);
    expect(outcome.error).toBe(
      'rows were deleted from a sheet while the job was working on it; nothing is lost, and the next run will try again',
    );
  });

  it('raises exactly one Alerts row and one HTML-escaped email with a text body over three runs', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    setSetting(h, 'Supervisor: Technical Support', SUPERVISOR);
    const c = customer(h, 'Acme', 'Regular');
    // Ack due 09:30; Update and Resolve due 13:00, so only the acknowledgement is missed by 12:00.
    const t = ticket(h, { customerId: c, subject: '<b>x</b> & "y"', submitted: '2026-11-23T09:00' });
    for (const wall of ['2026-11-23T10:00', '2026-11-23T11:00', '2026-11-23T12:00']) runAt(h, wall);

    const alerts = h.records('Alerts');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      Kind: 'SLA Breach',
      'Record ID': t,
      'Customer ID': c,
      'Escalated To': SUPERVISOR,
      Status: 'Open',
      Key: `breach:${t}:ack`,
    });
    expect(instant(alerts[0]!.Mailed)).toBe(shanghai('2026-11-23T10:00').getTime());
    const r = row(h, t);
    expect(r['SLA Status']).toBe('Breached');
    expect(r.Breaches).toBe('ack');
    expect(instant(r.Escalated)).toBe(shanghai('2026-11-23T10:00').getTime());

    expect(h.emu.mail).toHaveLength(1);
    const mail = h.emu.mail[0]!;
    expect(mail.to).toEqual([SUPERVISOR]);
    expect(mail.htmlBody).toContain('&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;');
    expect(mail.htmlBody).not.toContain('<b>x</b>');
    expect(mail.body).toContain(t);
    expect(mail.body).toContain('<b>x</b> & "y"');
    expect(mail.body).not.toMatch(/<(ul|li|p|a)\b/);
  });

  it('sends each recipient at most one digest per run, listing all their new breaches', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    setSetting(h, 'Supervisor: Technical Support', SUPERVISOR);
    const c = customer(h, 'Acme', 'Regular');
    const owner = 'agent@example.com';
    const a = ticket(h, { customerId: c, owner, submitted: '2026-11-23T09:00' });
    const b = ticket(h, { customerId: c, owner, submitted: '2026-11-23T09:05' });
    runAt(h, '2026-11-23T10:00');
    runAt(h, '2026-11-23T11:00');
    expect(h.records('Alerts')).toHaveLength(2);
    const to = h.emu.mail.map((m) => m.to.join(','));
    expect(to.sort()).toEqual([owner, SUPERVISOR].sort());
    for (const m of h.emu.mail) {
      expect(m.body).toContain(a);
      expect(m.body).toContain(b);
    }
  });

  it('mails a breach that names nobody (no owner, no supervisor) to the Managers, and to nobody without them', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const c = customer(h, 'Acme', 'Regular');
    const t = ticket(h, { customerId: c, submitted: '2026-11-23T09:00' });
    runAt(h, '2026-11-23T10:00');
    expect(h.records('Alerts')).toHaveLength(1);
    expect(h.emu.mail).toHaveLength(0);
    expect(h.records('Alerts')[0]!.Mailed).toBe('');
    setSetting(h, 'Managers', 'boss@example.com, lead@example.com');
    runAt(h, '2026-11-23T11:00');
    expect(h.emu.mail.map((m) => m.to.join(',')).sort()).toEqual(['boss@example.com', 'lead@example.com']);
    expect(h.emu.mail[0]!.body).toContain(t);
    // The Managers are told why it came to them, and so what to put right.
    expect(h.emu.mail[0]!.body).toContain('Nobody owns this (Owner is empty), so this comes to you:');
    expect(h.records('Alerts')[0]!.Mailed).not.toBe('');
  });

  it('skips mail with a logged warning when the mail quota is too low, and sends it once there is quota', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    setSetting(h, 'Supervisor: Technical Support', SUPERVISOR);
    const c = customer(h, 'Acme', 'Regular');
    const t = ticket(h, { customerId: c, submitted: '2026-11-23T09:00' });
    h.emu.rt.mailQuota = 0;
    const outcome = runAt(h, '2026-11-23T10:00');
    expect(h.emu.mail).toHaveLength(0);
    expect(outcome.detail).toMatch(/quota/);
    expect(h.emu.logs.some((l) => /quota/.test(String(l.message)))).toBe(true);
    expect(h.records('Alerts')[0]!.Mailed).toBe('');
    h.emu.rt.mailQuota = 100;
    runAt(h, '2026-11-23T11:00');
    expect(h.emu.mail).toHaveLength(1);
    expect(h.emu.mail[0]!.body).toContain(t);
  });

  it('holds a non-VIP breach email outside business hours and sends it on the first run in hours', () => {
    const h = startAddon({ now: '2026-11-23T17:00' });
    setSetting(h, 'Supervisor: Technical Support', SUPERVISOR);
    const c = customer(h, 'Acme', 'Regular');
    const t = ticket(h, { customerId: c, submitted: '2026-11-23T17:00' });
    // Ack due 17:30 Monday; the breach is found at 19:00, after hours.
    for (const wall of ['2026-11-23T19:00', '2026-11-23T23:00', '2026-11-24T03:00', '2026-11-24T08:00']) {
      runAt(h, wall);
    }
    expect(h.records('Alerts')).toHaveLength(1);
    expect(h.records('Alerts')[0]!.Mailed).toBe('');
    expect(h.emu.mail).toHaveLength(0);
    runAt(h, '2026-11-24T09:00');
    expect(h.emu.mail).toHaveLength(1);
    expect(h.emu.mail[0]!.to).toEqual([SUPERVISOR]);
    expect(h.emu.mail[0]!.body).toContain(t);
    expect(h.emu.mail[0]!.sentAt.getTime()).toBe(shanghai('2026-11-24T09:00').getTime());
    runAt(h, '2026-11-24T10:00');
    expect(h.emu.mail).toHaveLength(1);
  });

  it('mails a VIP breach at night', () => {
    const h = startAddon({ now: '2026-11-23T22:00' });
    setSetting(h, 'Supervisor: Technical Support', SUPERVISOR);
    const c = customer(h, 'Bigco', 'VIP');
    const t = ticket(h, { customerId: c, submitted: '2026-11-23T22:00' });
    runAt(h, '2026-11-23T23:00');
    const alerts = h.records('Alerts');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.Urgent).toBe('Yes');
    expect(h.emu.mail).toHaveLength(1);
    expect(h.emu.mail[0]!.body).toContain(t);
    expect(h.emu.mail[0]!.sentAt.getTime()).toBe(shanghai('2026-11-23T23:00').getTime());
  });
  it('mails a long backlog once, stamps every alert Mailed, and leaves no record of unstamped mail behind', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const header = h.values('Alerts')[0]!;
    // 3,000 open alerts for one owner: their "mailed, not yet stamped" record would outgrow a
    // document property, so the stamps are written at once instead; listed whole, they would
    // pass Apps Script's 200 KB body limit, so the email lists the first 50 and counts the rest.
    const rows = Array.from({ length: 3000 }, (_, i) =>
      header.map(
        (hd) =>
          (
            ({
              ID: `A-${String(i + 1).padStart(5, '0')}`,
              Kind: 'Follow-up Due',
              'Record ID': 'C-0001',
              Message: `Follow-up ${i + 1} was due. ${'The customer asked for a call about the renewal. '.repeat(4)}`,
              Owner: 'agent@example.com',
              Status: 'Open',
              Key: `test:${i + 1}`,
            }) as Record<string, string>
          )[String(hd)] ?? '',
      ),
    );
    h.emu.workbook.loadSheet('Alerts', [header, ...rows]);
    runAt(h, '2026-11-23T10:00');
    expect(h.emu.mail).toHaveLength(1);
    expect(h.emu.mail[0]!.subject).toBe('CRM: 3000 new alerts for you');
    expect(h.emu.mail[0]!.body).toContain('… and 2950 more: see the Alerts sheet.');
    expect(h.records('Alerts').filter((r) => !(r.Mailed instanceof Date))).toEqual([]);
    expect(h.emu.properties.document.get('crm.mailedUnstamped')).toBeNull();
    runAt(h, '2026-11-23T11:00');
    expect(h.emu.mail).toHaveLength(1);
  });
});

describe('tickets done long ago', () => {
  it('records the breach of a ticket closed two years back, typed in today, without telling anyone', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    setSetting(h, 'Supervisor: Technical Support', 'boss@example.com');
    const c = customer(h, 'Acme', 'Regular');
    typeRows(h, 'Tickets', [
      {
        ID: 'T-00100',
        'Customer ID': c,
        Subject: 'Old printer',
        Type: 'Technical',
        Status: 'Closed',
        Owner: 'li@example.com',
        Submitted: shanghai('2025-01-06T10:00'),
        Acknowledged: shanghai('2025-01-06T10:10'),
        Closed: shanghai('2025-01-10T10:00'),
      },
    ]);
    runAt(h, '2026-11-23T10:00');
    expect(row(h, 'T-00100')).toMatchObject({ Breaches: 'resolve', Escalated: '' });
    expect(h.records('Alerts')).toEqual([]);
    expect(h.emu.mail).toEqual([]);
  });
});

describe('closed tickets the hourly run leaves as they are', () => {
  const closedInTime = (c: string) => ({
    ID: 'T-00200',
    'Customer ID': c,
    Subject: 'Printer jams',
    Type: 'Technical',
    Level: 'Regular',
    Status: 'Closed',
    Solution: 'Cleared the paper path',
    Submitted: shanghai('2026-11-23T09:00'),
    Acknowledged: shanghai('2026-11-23T09:10'),
    'Last Update': shanghai('2026-11-23T11:00'),
    Resolved: shanghai('2026-11-23T11:00'),
    Closed: shanghai('2026-11-23T11:00'),
  });

  it('picks up a Resolved time corrected on a closed ticket within a day of hourly runs', () => {
    const h = startAddon({ now: '2026-11-23T12:00' });
    const c = customer(h, 'Acme', 'Regular');
    typeRows(h, 'Tickets', [closedInTime(c)]);
    runAt(h, '2026-11-23T12:00');
    expect(row(h, 'T-00200')).toMatchObject({ 'SLA Status': 'Met', Breaches: '' });
    // Resolve Due was 13:00: the ticket was in fact resolved late.
    const late = shanghai('2026-11-23T15:00');
    sheet(h, 'Tickets')
      .getRange(ticketCell(h, 'T-00200', 'Resolved'))
      .setValue(late);
    sheet(h, 'Tickets')
      .getRange(ticketCell(h, 'T-00200', 'Closed'))
      .setValue(late);
    for (let hour = 13; hour < 37; hour++) {
      const day = hour < 24 ? '23' : '24';
      runAt(h, `2026-11-${day}T${String(hour % 24).padStart(2, '0')}:00`);
    }
    expect(row(h, 'T-00200')).toMatchObject({ 'SLA Status': 'Breached', Breaches: 'resolve' });
  });

  it('works out again at the next run a ticket closed after a breach, clearing its Update Due', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const c = customer(h, 'Acme', 'Regular');
    const t = ticket(h, { customerId: c, submitted: '2026-11-23T09:00' });
    runAt(h, '2026-11-23T10:00');
    expect(row(h, t)).toMatchObject({ 'SLA Status': 'Breached', Breaches: 'ack' });
    expect(row(h, t)['Update Due']).toBeInstanceOf(Date);
    h.emu.rt.clock.set(shanghai('2026-11-23T10:30'));
    h.addon.edit('Tickets', ticketCell(h, t, 'Status'), 'Closed');
    runAt(h, '2026-11-23T11:00');
    expect(row(h, t)).toMatchObject({ 'SLA Status': 'Breached', Breaches: 'ack', 'Update Due': '' });
  });
});

describe('bad data', () => {
  it('flags a row whose Submitted was typed as "soon", computes the others, and raises one Bad Data alert', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const c = customer(h, 'Acme', 'Regular');
    const good1 = ticket(h, { customerId: c, submitted: '2026-11-23T09:00' });
    const bad = ticket(h, { customerId: c, submitted: '2026-11-23T09:00' });
    const good2 = ticket(h, { customerId: c, submitted: '2026-11-23T09:00' });
    h.addon.edit('Tickets', ticketCell(h, bad, 'Submitted'), 'soon');
    expect(row(h, bad).Submitted).toBe('soon');
    runAt(h, '2026-11-23T10:00');
    runAt(h, '2026-11-23T11:00');

    expect(String(row(h, bad)['SLA Status'])).toMatch(/Submitted is not a date/);
    expect(row(h, bad)['Resolve Due']).toBe('');
    for (const id of [good1, good2]) {
      expect(instant(row(h, id)['Resolve Due'])).toBe(shanghai('2026-11-23T13:00').getTime());
      expect(row(h, id)['SLA Status']).toBe('Breached');
    }
    const badAlerts = h.records('Alerts').filter((a) => a.Kind === 'Bad Data');
    expect(badAlerts).toHaveLength(1);
    expect(badAlerts[0]!['Record ID']).toBe(bad);
    expect(String(badAlerts[0]!.Message)).toContain(bad);
  });

  it('refuses a ticket expected before it was submitted, writing nothing, and flags one typed in as submitted in the future', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const c = customer(h, 'Acme', 'Regular');
    const before = h.values('Tickets');
    const refused = h.addon.serve(
      'sidebarCreateTicket',
      submit({
        customerId: c,
        subject: 'Jam',
        type: 'Technical',
        submitted: '2026-11-23T08:00',
        expectedBy: '2026-11-22T18:00',
      }),
    ) as { ok: boolean; fields?: Record<string, string> };
    expect(refused.fields).toEqual({
      expectedBy: 'This is before Submitted: enter when the customer expects it solved.',
    });
    expect(h.values('Tickets')).toEqual(before);

    // A year typed wrong into the sheet (the sidebar refuses it); ten minutes ahead is a person
    // rounding up, not a mistake.
    const typo = ticket(h, { customerId: c, submitted: '2026-11-23T09:00' });
    sheet(h, 'Tickets')
      .getRange(ticketCell(h, typo, 'Submitted'))
      .setValue(shanghai('2027-11-23T09:00'));
    const rounded = ticket(h, { customerId: c, submitted: '2026-11-23T09:10' });
    runAt(h, '2026-11-23T09:00');
    expect(row(h, typo)['SLA Status']).toBe('Check this row: Submitted is in the future');
    expect(row(h, typo)['Resolve Due']).toBe('');
    expect(row(h, rounded)['SLA Status']).toBe('On Track');
    expect(h.records('Alerts').filter((a) => a.Kind === 'Bad Data')).toMatchObject([{ 'Record ID': typo }]);
  });

  it('flags an Acknowledged or Resolved typed in the future, and records no breach', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const c = customer(h, 'Acme', 'Regular');
    const acked = ticket(h, { customerId: c, submitted: '2026-11-23T09:00' });
    const done = ticket(h, { customerId: c, submitted: '2026-11-23T09:00' });
    h.addon.edit('Tickets', ticketCell(h, acked, 'Status'), 'Acknowledged');
    h.addon.edit('Tickets', ticketCell(h, acked, 'Acknowledged'), shanghai('2062-11-23T09:05'));
    update(h, { id: done, status: 'Resolved', solution: 'Cleared the paper path' });
    h.addon.edit('Tickets', ticketCell(h, done, 'Resolved'), shanghai('2062-11-23T09:05'));
    runAt(h, '2026-11-23T09:10');

    expect(row(h, acked)).toMatchObject({
      'SLA Status': 'Check this row: Acknowledged is in the future',
      Breaches: '',
    });
    expect(row(h, done)).toMatchObject({
      'SLA Status': 'Check this row: Resolved is in the future',
      Breaches: '',
    });
    // Put right, the ticket is judged by what really happened.
    h.addon.edit('Tickets', ticketCell(h, acked, 'Acknowledged'), shanghai('2026-11-23T09:05'));
    runAt(h, '2026-11-23T09:20');
    expect(row(h, acked)).toMatchObject({ 'SLA Status': 'On Track', Breaches: '' });
  });

  it('flags a Paused Minutes typed as text, and keeps it as typed when a wait ends', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const c = customer(h, 'Acme', 'Regular');
    const t = ticket(h, { customerId: c, submitted: '2026-11-23T09:00' });
    const pasted = ticket(h, { customerId: c, submitted: '2026-11-23T09:00' });
    h.emu.rt.clock.set(shanghai('2026-11-23T09:10'));
    h.addon.edit('Tickets', ticketCell(h, t, 'Status'), 'Waiting on Customer');
    h.addon.edit('Tickets', ticketCell(h, t, 'Paused Minutes'), '90 min');
    h.addon.edit('Tickets', ticketCell(h, pasted, 'Paused Minutes'), 2025550123);
    h.emu.rt.clock.set(shanghai('2026-11-23T13:10'));
    h.addon.edit('Tickets', ticketCell(h, t, 'Status'), 'In Progress');
    update(h, { id: pasted, status: 'Waiting on Customer' });
    update(h, { id: pasted, status: 'In Progress' });
    expect(row(h, t)['Paused Minutes']).toBe('90 min');
    expect(row(h, pasted)['Paused Minutes']).toBe(2025550123);
    runAt(h, '2026-11-23T13:10');

    expect(row(h, t)).toMatchObject({
      'SLA Status': 'Check this row: Paused Minutes is not a number',
      Breaches: '',
      'Resolve Due': '',
    });
    expect(row(h, pasted)).toMatchObject({
      'SLA Status': 'Check this row: Paused Minutes is 2025550123, more than 10 years of minutes',
      Breaches: '',
    });
    expect(h.records('Alerts').filter((a) => a.Kind === 'Bad Data')).toHaveLength(2);
  });

  it('flags a ticket for a customer the Customers sheet does not hold, and raises one Bad Data alert', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const c = customer(h, 'Acme', 'Regular');
    const good = ticket(h, { customerId: c, submitted: '2026-11-23T09:00' });
    const orphan = ticket(h, { customerId: c, submitted: '2026-11-23T09:00' });
    h.addon.edit('Tickets', ticketCell(h, orphan, 'Customer ID'), 'C-9999');
    runAt(h, '2026-11-23T09:10');
    runAt(h, '2026-11-23T09:20');

    expect(String(row(h, orphan)['SLA Status'])).toMatch(/^Check this row: .*C-9999/);
    expect(row(h, orphan)['Resolve Due']).toBe('');
    expect(row(h, good)['SLA Status']).toBe('On Track');
    expect(instant(row(h, good)['Resolve Due'])).toBe(shanghai('2026-11-23T13:00').getTime());
    const badAlerts = h.records('Alerts').filter((a) => a.Kind === 'Bad Data');
    expect(badAlerts).toHaveLength(1);
    expect(badAlerts[0]!['Record ID']).toBe(orphan);
  });
});

describe('the job and the sheet', () => {
  it('records a broken setting on the Dashboard, naming its cell, and writes no ticket column', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const c = customer(h, 'Acme', 'Regular');
    ticket(h, { customerId: c, submitted: '2026-11-23T09:00' });
    runAt(h, '2026-11-23T09:00');
    const cell = setSetting(h, 'SLA Regular: resolve (minutes)', 'abc');
    expect(cell).toMatch(/^B\d+$/);
    const tickets = sheet(h, 'Tickets');
    const before = JSON.stringify([tickets.getDataRange().getValues(), tickets.getDataRange().getNotes()]);
    // An hour later a good run would mark the ticket Breached (ack due 09:30).
    h.emu.rt.clock.set(shanghai('2026-11-23T10:00'));
    const outcome = hourly(h);
    expect(outcome.error).toContain(`Settings ${cell}`);
    expect(outcome.error).toContain('abc');
    expect(JSON.stringify([tickets.getDataRange().getValues(), tickets.getDataRange().getNotes()])).toBe(
      before,
    );
    const status = h.values('Dashboard').find((r) => r[0] === 'Hourly jobs (SLA)')!;
    expect(String(status[4])).toMatch(new RegExp(`^FAILED: .*Settings ${cell}.*"abc"`));
    expect(h.records('Alerts')).toHaveLength(0);
  });

  it('never touches an entered cell when it writes the computed columns', () => {
    const h = startAddon({ now: '2026-11-20T16:00' });
    const reg = customer(h, 'Acme', 'Regular');
    const vip = customer(h, 'Bigco', 'VIP');
    const ids = [
      ticket(h, { customerId: reg, level: 'Regular', submitted: '2026-11-20T16:00' }),
      ticket(h, { customerId: vip, level: 'Critical', submitted: '2026-11-20T15:00' }),
      ticket(h, { customerId: reg, level: 'Major', type: 'Complaint', submitted: '2026-11-19T10:00' }),
      ticket(h, { customerId: reg, level: 'Complex', type: 'Inquiry', submitted: '2026-11-18T10:00' }),
    ];
    update(h, { id: ids[1]!, status: 'Waiting on Customer' });
    update(h, { id: ids[2]!, status: 'Resolved', solution: 'Refunded the order' });
    update(h, { id: ids[3]!, status: 'In Progress', progress: 40 });
    h.addon.edit('Tickets', ticketCell(h, ids[0]!, 'Submitted'), 'soon');
    // A column of their own at the end, and a note a person put on an entered cell.
    const tickets = sheet(h, 'Tickets');
    const width = tickets.getLastColumn();
    tickets.insertColumnAfter(width);
    tickets.getRange(1, width + 1, 5, 1).setValues([['My notes'], ['a'], ['b'], ['c'], ['d']]);
    tickets.getRange(ticketCell(h, ids[2]!, 'Subject')).setNote('called twice');

    const header = h.values('Tickets')[0]!;
    const computed = new Set([
      'Ack Due',
      'Plan Due',
      'Update Due',
      'Resolve Due',
      'SLA Status',
      'Breaches',
      'Escalated',
    ]);
    const entered = header.flatMap((name, i) => (computed.has(String(name)) ? [] : [i + 1]));
    expect(entered.length).toBe(header.length - computed.size);
    const fingerprint = () =>
      JSON.stringify(
        entered.map((col) => {
          const range = tickets.getRange(1, col, tickets.getLastRow(), 1);
          return [range.getValues(), range.getNotes(), range.getNumberFormats(), range.getFormulas()];
        }),
      );
    const before = fingerprint();
    for (const wall of ['2026-11-20T17:00', '2026-11-20T23:00', '2026-11-23T10:00', '2026-11-24T15:00']) {
      runAt(h, wall);
    }
    expect(fingerprint()).toBe(before);
    // ...and it did write the computed ones.
    expect(h.records('Tickets').every((r) => r['SLA Status'] !== '')).toBe(true);
  });

  it('gives the same sheet for the same input and clock however often it runs', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const c = customer(h, 'Acme', 'Regular');
    ticket(h, { customerId: c, submitted: '2026-11-23T09:00' });
    ticket(h, { customerId: c, level: 'Critical', submitted: '2026-11-23T09:00' });
    runAt(h, '2026-11-23T11:00');
    const snapshot = () =>
      JSON.stringify(
        ['Tickets', 'Alerts'].map((n) => [
          sheet(h, n).getDataRange().getValues(),
          sheet(h, n).getDataRange().getNotes(),
        ]),
      );
    const first = snapshot();
    runAt(h, '2026-11-23T11:00');
    runAt(h, '2026-11-23T11:00');
    expect(snapshot()).toBe(first);
  });
});

describe('sheet edits and emails that must not be lost', () => {
  it('does not restamp Last Update on a ticket row that was only moved by cut and paste', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const c = customer(h, 'Acme', 'Regular');
    // Major: acknowledge by 09:30, initial plan by 11:00.
    const t = ticket(h, { customerId: c, level: 'Major', submitted: '2026-11-23T09:00' });
    ticket(h, { customerId: c, level: 'Regular', submitted: '2026-11-23T09:00' });
    h.emu.rt.clock.set(shanghai('2026-11-23T09:10'));
    update(h, { id: t, status: 'Acknowledged' });
    runAt(h, '2026-11-23T10:00');
    expect(row(h, t)['SLA Status']).toBe('On Track');

    // 10:30: a person moves the ticket's row below the other one (cut row 2, paste at row 4).
    h.emu.rt.clock.set(shanghai('2026-11-23T10:30'));
    const tickets = sheet(h, 'Tickets');
    const width = tickets.getLastColumn();
    const moved = tickets.getRange(2, 1, 1, width).getValues();
    tickets.getRange(2, 1, 1, width).clearContent();
    const dest = tickets.getRange(4, 1, 1, width);
    dest.setValues(moved);
    h.addon.call('onEdit', {
      range: dest,
      source: h.emu.globals.SpreadsheetApp.getActive(),
      authMode: 'LIMITED',
    });
    // What was pasted is what the row held: nothing about the ticket changed.
    expect((row(h, t)['Last Update'] as Date).getTime()).toBe(shanghai('2026-11-23T09:10').getTime());

    // No plan was given by 11:00: the plan target is missed.
    runAt(h, '2026-11-23T11:30');
    expect(row(h, t).Breaches).toContain('plan');
  });

  it('stamps a ticket typed in at the bottom with its Status before its ID once the ID is typed', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const c = customer(h, 'Acme', 'Regular');
    const at = h.values('Tickets').length + 1;
    const type = (header: string, value: unknown) =>
      h.addon.edit('Tickets', `${letterOf(h, 'Tickets', header)}${at}`, value);
    type('Customer ID', c);
    type('Subject', 'Printer jams');
    type('Submitted', shanghai('2026-11-23T08:50'));
    type('Status', 'In Progress');
    h.emu.rt.clock.set(shanghai('2026-11-23T09:01'));
    type('ID', 'T-00077');
    const r = row(h, 'T-00077');
    expect([r.Acknowledged, r['Last Update']].map(instant)).toEqual(
      Array(2).fill(shanghai('2026-11-23T09:01').getTime()),
    );
    // Typing it over once more (a typo put right) stamps nothing new.
    h.emu.rt.clock.set(shanghai('2026-11-23T09:30'));
    type('ID', 'T-00077');
    expect(instant(row(h, 'T-00077')['Last Update'])).toBe(shanghai('2026-11-23T09:01').getTime());
  });

  it('keeps a time typed as words in a stamp column when the Status is set, and flags it', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const c = customer(h, 'Acme', 'Regular');
    const t = ticket(h, { customerId: c, submitted: '2026-11-23T09:00' });
    h.emu.rt.clock.set(shanghai('2026-11-23T11:00'));
    h.addon.edit('Tickets', ticketCell(h, t, 'Acknowledged'), 'Monday 9:05 by phone');
    h.addon.edit('Tickets', ticketCell(h, t, 'Status'), 'In Progress');
    expect(row(h, t).Acknowledged).toBe('Monday 9:05 by phone');
    expect(instant(row(h, t)['Last Update'])).toBe(shanghai('2026-11-23T11:00').getTime());
    update(h, { id: t, status: 'Resolved', solution: 'Replaced the roller.' });
    expect(row(h, t).Acknowledged).toBe('Monday 9:05 by phone');
    runAt(h, '2026-11-23T11:00');
    expect(row(h, t)['SLA Status']).toContain('Acknowledged is not a date');
  });

  it('stamps nothing when a person puts right the ID of a ticket that came in without its stamps', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const c = customer(h, 'Acme', 'Regular');
    // Written by a script or an import (no edit trigger): Closed, with no Resolved or Closed time.
    typeRows(h, 'Tickets', [
      {
        ID: 'T-0007',
        'Customer ID': c,
        Subject: 'Old',
        Submitted: shanghai('2026-01-05T10:00'),
        Status: 'Closed',
      },
    ]);
    const at = h.values('Tickets').findIndex((r) => r[0] === 'T-0007') + 1;
    h.addon.edit('Tickets', `${letterOf(h, 'Tickets', 'ID')}${at}`, 'T-00007');
    const r = row(h, 'T-00007');
    // Not "closed just now": the row's missing times stay missing, for the hourly job to name.
    expect([r.Acknowledged, r.Resolved, r.Closed]).toEqual(['', '', '']);
  });

  it('keeps a Waiting Since the person typed before setting Status to Waiting on Customer', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const c = customer(h, 'Acme', 'Regular');
    const t = ticket(h, { customerId: c, submitted: '2026-11-23T09:00' });
    h.emu.rt.clock.set(shanghai('2026-11-23T09:10'));
    update(h, { id: t, status: 'In Progress' });
    h.emu.rt.clock.set(shanghai('2026-11-23T11:00'));
    h.addon.edit('Tickets', ticketCell(h, t, 'Waiting Since'), shanghai('2026-11-23T09:30'));
    h.addon.edit('Tickets', ticketCell(h, t, 'Status'), 'Waiting on Customer');
    expect((row(h, t)['Waiting Since'] as Date).getTime()).toBe(shanghai('2026-11-23T09:30').getTime());
  });

  it('acknowledges a ticket typed into the sheet with its Waiting Since before its first Status', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    const c = customer(h, 'Acme', 'Regular');
    typeRows(h, 'Tickets', [
      { ID: 'T-00042', 'Customer ID': c, Subject: 'Login fails', Submitted: shanghai('2026-11-23T08:50') },
    ]);
    h.emu.rt.clock.set(shanghai('2026-11-23T09:20'));
    h.addon.edit('Tickets', ticketCell(h, 'T-00042', 'Waiting Since'), shanghai('2026-11-23T09:15'));
    h.addon.edit('Tickets', ticketCell(h, 'T-00042', 'Status'), 'Waiting on Customer');
    const r = row(h, 'T-00042');
    expect([r.Acknowledged, r['Last Update']].map(instant)).toEqual(
      Array(2).fill(shanghai('2026-11-23T09:20').getTime()),
    );
    expect(instant(r['Waiting Since'])).toBe(shanghai('2026-11-23T09:15').getTime());
  });

  type Outcome = { job: string; error: string; detail: string };
  const fire = (h: Harness, wall: string) => {
    h.emu.rt.clock.set(shanghai(wall));
    return h.addon.call('runScheduledJobs') as Outcome[];
  };

  it('mails a breach escalation even while the unrelated daily work fails', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    setSetting(h, 'Supervisor: Technical Support', 'boss@example.com');
    const c = customer(h, 'Acme', 'Regular');
    const t = ticket(h, { customerId: c, submitted: '2026-11-23T09:00' });
    // A person deletes a Surveys column: the daily work (surveys) fails until it is put back.
    const surveys = sheet(h, 'Surveys');
    surveys.deleteColumn(h.values('Surveys')[0]!.indexOf('Due') + 1);
    const outcomes = ['2026-11-23T10:00', '2026-11-23T11:00', '2026-11-23T12:00', '2026-11-23T15:00'].map(
      (w) => fire(h, w),
    );
    // The hourly work itself is fine and finds the breach.
    expect(outcomes.every((o) => o[0]!.error === '')).toBe(true);
    expect(outcomes[0]![1]!.error).not.toBe('');
    expect(h.records('Alerts').filter((a) => a.Kind === 'SLA Breach').length).toBeGreaterThan(0);
    // Five business hours later, the supervisor still has not heard of the missed acknowledgement.
    expect(h.emu.mail.filter((m) => m.body.includes(t)).flatMap((m) => m.to)).toContain('boss@example.com');
  });

  it('still mails the supervisor a breach whose owner was mailed just before the time budget ran out', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    setSetting(h, 'Supervisor: Technical Support', 'boss@example.com');
    const c = customer(h, 'Acme', 'Regular');
    const t = ticket(h, { customerId: c, owner: 'agent@example.com', submitted: '2026-11-23T09:00' });
    // The first email of the run is slow: after it, the job is past its 4.5-minute budget.
    let slowed = false;
    h.emu.rt.hook = (method) => {
      if (method === 'MailApp.sendEmail' && !slowed) {
        slowed = true;
        h.emu.rt.clock.advance(5 * 60 * 1000);
      }
    };
    runAt(h, '2026-11-23T10:00');
    h.emu.rt.hook = undefined;
    expect(slowed).toBe(true);
    // Later runs, with plenty of time.
    runAt(h, '2026-11-23T11:00');
    runAt(h, '2026-11-23T12:00');
    const recipients = h.emu.mail.filter((m) => m.body.includes(t)).flatMap((m) => m.to);
    expect(recipients).toContain('agent@example.com');
    expect(recipients).toContain('boss@example.com');
  });
});
