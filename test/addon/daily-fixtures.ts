/**
 * Fixture helpers for the daily-job acceptance tests (health, surveys, follow-ups) on the built
 * add-on: records made through the sidebar's calls at a chosen wall-clock time, or rows typed
 * straight into a sheet, and the daily job run as a menu click at a chosen time.
 */
import { expect } from 'vitest';
import { type Harness, shanghai } from './harness';

let request = 0;
export const submit = (record: unknown) => ({ requestId: `daily-${++request}`, record });

/** A sidebar call's answer, as the tests read it. */
export type Answer = {
  ok: boolean;
  kind?: string;
  message?: string;
  fields?: Record<string, string>;
  value?: { id: string };
};

/** A sidebar call as the sidebar makes it, answered whether or not it succeeds. */
export const serve = (h: Harness, fn: string, record: Record<string, unknown>) =>
  h.addon.serve(fn, submit(record)) as Answer;

export const sheet = (h: Harness, name: string) => {
  const found = h.emu.globals.SpreadsheetApp.getActive().getSheetByName(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};

/** Moves the emulator's clock to a wall-clock time in Asia/Shanghai. */
export const at = (h: Harness, wall: string) => h.emu.rt.clock.set(shanghai(wall));

/** Runs a sidebar call that must succeed; returns the saved record's ID. */
function saved(h: Harness, fn: string, record: Record<string, unknown>): string {
  const result = h.addon.serve(fn, submit(record)) as { ok: boolean; value: { id: string } };
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  return result.value.id;
}

/**
 * A customer made through the sidebar; Created is stamped with the clock, so it is set to
 * `createdAt` for the save, then put back (what comes next happens now, not back then).
 */
export function customer(h: Harness, record: Record<string, unknown>, createdAt?: string): string {
  const now = h.emu.rt.clock.now();
  if (createdAt) at(h, createdAt);
  try {
    return saved(h, 'sidebarCreateCustomer', { contact: 'Li Wei', ...record });
  } finally {
    h.emu.rt.clock.set(now);
  }
}

/** An interaction logged through the sidebar, at `when` (wall-clock 'YYYY-MM-DDTHH:MM'). */
export function interaction(
  h: Harness,
  customerId: string,
  when: string,
  extra: Record<string, unknown> = {},
) {
  return saved(h, 'sidebarLogInteraction', interactionRecord(customerId, when, extra));
}

/** What the Log interaction form sends: a specific Care call, with `extra` over it. */
export const interactionRecord = (customerId: string, when: string, extra: Record<string, unknown> = {}) => ({
  customerId,
  when,
  channel: 'Phone',
  kind: 'Care',
  subject: 'Quarterly check-in',
  details: 'Talked through the rollout plan; they asked for a training session next month.',
  ...extra,
});

export function ticket(h: Harness, record: Record<string, unknown>): string {
  return saved(h, 'sidebarCreateTicket', { subject: 'Printer jams', type: 'Technical', ...record });
}

export function updateTicket(h: Harness, record: Record<string, unknown>): void {
  saved(h, 'sidebarUpdateTicket', record);
}

/**
 * Appends rows typed by hand: each record is keyed by header; missing headers stay blank. Dates
 * go in as Date cells, as Sheets stores a typed date.
 */
/** A complaint resolved this morning, as a Tickets row typed in by hand. */
export const resolvedComplaint = (id: string, customerId: string) => ({
  ID: id,
  'Customer ID': customerId,
  Subject: 'Invoice wrong again',
  Type: 'Complaint',
  Status: 'Resolved',
  Submitted: shanghai('2026-11-22T09:00'),
  Resolved: shanghai('2026-11-23T09:00'),
  Solution: 'Invoice reissued.',
});

export function typeRows(h: Harness, name: string, records: ReadonlyArray<Record<string, unknown>>): void {
  if (records.length === 0) return;
  const header = h.values(name)[0]!.map(String);
  for (const r of records) {
    for (const key of Object.keys(r))
      if (!header.includes(key)) throw new Error(`${name} has no ${key} column`);
  }
  const s = sheet(h, name);
  const short = s.getLastRow() + records.length - s.getMaxRows();
  if (short > 0) s.insertRowsAfter(s.getMaxRows(), short);
  s.getRange(s.getLastRow() + 1, 1, records.length, header.length).setValues(
    records.map((r) => header.map((k) => r[k] ?? '')),
  );
}

export interface DailyOutcome {
  error: string;
  detail: string;
}

/** Runs the daily job at a wall-clock time (or the clock as it stands); it must not fail. */
export function daily(h: Harness, wall?: string): DailyOutcome {
  if (wall) at(h, wall);
  const outcome = h.addon.call('runDailyJobs') as DailyOutcome;
  expect(outcome.error, outcome.detail).toBe('');
  return outcome;
}

export function record(h: Harness, name: string, id: string): Record<string, unknown> {
  const found = h.records(name).find((r) => r.ID === id);
  if (!found) throw new Error(`no ${name} row ${id}`);
  return found;
}

/** A1 letter of a header in row 1. */
export function letterOf(h: Harness, name: string, header: string): string {
  const at = h.values(name)[0]!.indexOf(header) + 1;
  if (at < 1) throw new Error(`${name} has no ${header} column`);
  let s = '';
  for (let c = at; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** The note on a record's cell, e.g. the Health Score note of a customer. */
export function noteOf(h: Harness, name: string, id: string, header: string): string {
  const row = h.values(name).findIndex((r) => r[0] === id) + 1;
  if (row < 2) throw new Error(`no ${name} row ${id}`);
  return sheet(h, name)
    .getRange(`${letterOf(h, name, header)}${row}`)
    .getNote();
}

/** Writes a setting's Value cell as a manager would. */
export function setSetting(h: Harness, name: string, value: string): void {
  const row = h.values('Settings').findIndex((r) => r[0] === name) + 1;
  if (row < 2) throw new Error(`no setting ${name}`);
  sheet(h, 'Settings')
    .getRange(`${letterOf(h, 'Settings', 'Value')}${row}`)
    .setValue(value);
}

/** Sorts a sheet's data rows (not the header) by one header, as a person would with a filter. */
export function sortBy(h: Harness, name: string, header: string, ascending: boolean): void {
  const s = sheet(h, name);
  const column = h.values(name)[0]!.indexOf(header) + 1;
  s.getRange(2, 1, s.getLastRow() - 1, s.getLastColumn()).sort({ column, ascending });
}

/** Alerts of one kind (optionally about one record). */
export const alerts = (h: Harness, kind: string, recordId?: string) =>
  h
    .records('Alerts')
    .filter((a) => a.Kind === kind && (recordId === undefined || a['Record ID'] === recordId));

/** A cell that should hold a date, as epoch ms. */
export function instant(value: unknown): number {
  expect(value, `expected a date, got ${JSON.stringify(value)}`).toBeInstanceOf(Date);
  return (value as Date).getTime();
}

/**
 * The rows of a Dashboard section, keyed by its header row: the section is found by its bold
 * title in column A, its header is the first row after the title whose first cell is the
 * `firstHeader` given, and rows run until the first blank one or the first footer line (text in
 * column A alone: how the section is counted).
 */
export function dashboardSection(h: Harness, title: string, firstHeader: string) {
  const rows = h.values('Dashboard');
  const start = rows.findIndex((r) => r[0] === title);
  if (start < 0) throw new Error(`no Dashboard section ${title}`);
  const headerAt = rows.findIndex((r, i) => i > start && r[0] === firstHeader);
  const header = rows[headerAt]!.map(String);
  const body: Array<Record<string, unknown>> = [];
  for (let i = headerAt + 1; i < rows.length && rows[i]!.slice(1).some((c) => c !== ''); i++) {
    body.push(Object.fromEntries(header.map((k, c) => [k, rows[i]![c]])));
  }
  return { lines: rows.slice(start, headerAt).map((r) => r.filter((c) => c !== '').join(' ')), rows: body };
}

/** A survey's scores as Survey answers sends them, all within 1-5. */
export const SURVEY_SCORES = {
  responseSpeed: 4,
  resolution: 4,
  professionalism: 5,
  productFit: 4,
  proactiveCare: 3,
  recommend: 5,
};

/** A ticket typed into the sheet by hand, In Progress since 09:00 on 2026-11-23, with `extra` over it. */
export const handTypedTicket = (customerId: string, extra: Record<string, unknown> = {}) => ({
  ID: 'T-00900',
  'Customer ID': customerId,
  Subject: 'Typed in by hand',
  Type: 'Technical',
  Level: 'Complex',
  Status: 'In Progress',
  Owner: 'agent@example.com',
  Submitted: shanghai('2026-11-23T09:00'),
  ...extra,
});
