/**
 * A small, varied CRM workbook for the reliability tests, and cheap copies of it.
 *
 * `baseSnapshot()` builds it once per test file: the built add-on (dist/Code.js) sets the workbook
 * up, a person types customers, interactions, tickets and surveys (with Unicode, RTL and
 * formula-like text, and a column of their own in Customers and Tickets), the daily job runs a day
 * earlier and the hourly job an hour earlier, so at NOW the computed columns are filled but stale
 * and both jobs have real work: new SLA states and breaches, alerts, digests, health scores.
 * `open(snapshot)` starts a fresh emulator on a copy (workbook, document properties, clock).
 */
import { existsSync } from 'node:fs';
import type { SentMail } from '../../tools/emulator/index';
import { createEmulator, type Emulator, fixedClock } from '../../tools/emulator/index';
import type { Addon } from '../../tools/emulator/loader';
import { asPerson } from '../../tools/emulator/person';
import type { WorkbookJSON } from '../../tools/emulator/spreadsheet/index';
import { restoreWorkbook } from '../../tools/emulator/spreadsheet/serialize';

export const CODE = 'dist/Code.js';
export const ZONE = 'Asia/Shanghai';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A wall-clock time in Asia/Shanghai (UTC+8) as an instant. */
export const shanghai = (wall: string): Date =>
  new Date(`${wall.length === 10 ? `${wall}T00:00` : wall}:00+08:00`);

/** Monday 2026-11-23 10:00 in Shanghai: business hours, so digests go out. */
export const NOW = shanghai('2026-11-23T10:00').getTime();

export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Result =
  | { ok: true; value: unknown }
  | { ok: false; kind: string; message: string; fields?: Record<string, string> };

export interface Snapshot {
  readonly workbook: WorkbookJSON;
  readonly document: ReadonlyArray<readonly [string, string]>;
  readonly now: number;
  readonly mailQuota: number;
}

export interface World {
  readonly emu: Emulator;
  readonly addon: Addon;
  /** Runs `work` as a person at the document: not the add-on's call, not counted, no hook. */
  person<T>(work: (ss: Spreadsheet) => T): T;
  /** A sheet's values, header row included ([] when the sheet is missing). */
  values(sheet: string): unknown[][];
  /** Rows as objects keyed by header. */
  records(sheet: string): Array<Record<string, unknown>>;
  /** A sidebar call through google.script.run. */
  serve(fn: string, ...args: unknown[]): Result;
  snapshot(): Snapshot;
  /** Puts this same emulator back to `snap` (workbook, document properties, clock, mail, locks):
   * far cheaper than `open`, which loads and parses dist/Code.js again. */
  reset(snap: Snapshot): World;
}

export function open(snap: Snapshot): World {
  const emu = createEmulator({
    workbook: snap.workbook,
    clock: fixedClock(snap.now),
    spreadsheetTimeZone: ZONE,
    scriptTimeZone: 'America/New_York',
    activeUser: 'agent@example.com',
    enabled: true,
  });
  return wrap(emu, emu.load(CODE)).reset(snap);
}

function wrap(emu: Emulator, addon: Addon): World {
  const person = <T>(work: (ss: Spreadsheet) => T): T =>
    asPerson(emu.rt, () => work(emu.globals.SpreadsheetApp.getActive() as unknown as Spreadsheet));
  const values = (name: string) =>
    person((ss) => {
      const sheet = ss.getSheetByName(name);
      return sheet ? (sheet.getDataRange().getValues() as unknown[][]) : [];
    });
  return {
    emu,
    addon,
    person,
    values,
    records: (name) => {
      const [header = [], ...rows] = values(name);
      return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
    },
    serve: (fn, ...args) => addon.serve(fn, ...args) as Result,
    snapshot: () => ({
      workbook: emu.workbook.toJSON(),
      document: emu.properties.document.entries(),
      now: emu.rt.clock.now(),
      mailQuota: emu.rt.mailQuota,
    }),
    reset(snap) {
      emu.rt.hook = undefined;
      restoreWorkbook(emu.workbook, snap.workbook);
      emu.properties.document.update((draft) => {
        draft.clear();
        for (const [k, v] of snap.document) draft.set(k, v);
      });
      emu.rt.clock.set(snap.now);
      emu.rt.mailQuota = snap.mailQuota;
      (emu.mail as SentMail[]).length = 0;
      emu.locks.release('document');
      emu.locks.release('script');
      emu.rt.resetCounters();
      return this;
    },
  };
}

/** Writes records (keyed by header) under a sheet's header row, starting at `row`. */
export function writeRecords(
  sheet: Sheet,
  records: ReadonlyArray<Record<string, unknown>>,
  row: number,
): void {
  if (records.length === 0) return;
  const headers = sheet
    .getRange(1, 1, 1, sheet.getLastColumn())
    .getValues()[0]!
    .map((h) => String(h));
  const short = row + records.length - 1 - sheet.getMaxRows();
  if (short > 0) sheet.insertRowsAfter(sheet.getMaxRows(), short);
  sheet
    .getRange(row, 1, records.length, headers.length)
    .setValues(records.map((r) => headers.map((h) => (h in r ? r[h] : ''))) as never);
}

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

export const USER_COLUMN = { Customers: 'Nickname', Tickets: 'Internal Ref' } as const;

export const NAMES = [
  'Acme Trading',
  '北京星河科技有限公司',
  'شركة الأفق للتجارة',
  'Blue River Ltd',
  '=Not a formula Co',
  '+86 Partners',
  '-Minus Labs',
  '@Home Services',
  'Fox & Sons <b>',
  'Golden Gate עברית',
  'Iris Labs',
  'Iris Labs',
];

function customers(): Record<string, unknown>[] {
  return NAMES.map((name, i) => ({
    ID: `C-${String(i + 1).padStart(4, '0')}`,
    Name: name,
    [USER_COLUMN.Customers]: `nick ${i + 1} ‏RTL‏`,
    Industry: pick(['Retail', 'Manufacturing', 'Software'], i),
    Size: pick(['1-10', '11-50', '51-200', '201-1000', '1000+'], i),
    Contact: `Contact ${i + 1}`,
    Phone: `0138 0013 80${String(i).padStart(2, '0')}`,
    Email: i === 11 ? 'c11@example.com' : `c${i + 1}@example.com`,
    Needs: pick(['ERP rollout', 'Cloud migration', 'Support renewal'], i),
    'Need Keywords': pick(['erp, cloud', 'support', ''], i),
    'Need Type': pick(['Product Purchase', 'Technical Consulting', 'Custom Service'], i),
    Priority: pick(['High', 'Medium', 'Low'], i),
    Source: pick(['Website Form', 'Partner Referral', 'Trade Show', 'Phone', 'Other'], i),
    'First Contact': new Date(NOW - (200 - i) * DAY),
    'Expected Start': new Date(NOW + (i - 3) * 10 * DAY),
    Status: i < 9 ? 'Won' : pick(['Potential', 'Intent', 'Churned'], i),
    Tier: pick(['VIP', 'Key', 'Regular'], i),
    Owner: `owner${(i % 3) + 1}@example.com`,
    'Contract Value': 1000 * (i + 1),
    'Contract Start': i < 9 ? new Date(NOW - (20 + 31 * i) * DAY) : '',
    'Renewal Date': i < 9 ? new Date(NOW + (40 + 17 * i) * DAY) : '',
    'Renewal Intent': pick(['Yes', 'Unsure', 'No', ''], i),
    Notes: pick(['', 'Prefers email', '=SUM(A1:A3) is literal'], i),
    Created: new Date(NOW - (210 - i) * DAY),
    Updated: new Date(NOW - (30 - i) * DAY),
  }));
}

function interactions(): Record<string, unknown>[] {
  return Array.from({ length: 30 }, (_, k) => {
    const when = NOW - (k * 3 + 1) * DAY - k * HOUR;
    return {
      ID: `I-${String(k + 1).padStart(6, '0')}`,
      'Customer ID': `C-${String((k % 10) + 1).padStart(4, '0')}`,
      When: new Date(when),
      Channel: pick(['Phone', 'Email', 'Visit', 'Meeting', 'Chat', 'Other'], k),
      Kind: pick(['Sales', 'Care', 'Support'], k),
      Subject: `Touch ${k + 1}`,
      Details: `Discussed the rollout plan, open questions and pricing (${k + 1}).`,
      'Next Action': k % 4 === 0 ? 'Send the proposal' : '',
      'Next Action Due': k % 4 === 0 ? new Date(when + (k % 3) * 2 * DAY) : '',
      'Logged By': `owner${(k % 3) + 1}@example.com`,
    };
  });
}

const STATUSES = ['New', 'Acknowledged', 'In Progress', 'Waiting on Customer', 'Resolved', 'Closed'];

function tickets(): Record<string, unknown>[] {
  return Array.from({ length: 36 }, (_, j) => {
    const submitted = NOW - (j + 1) * 151 * MINUTE;
    const status = pick(STATUSES, j);
    const at = (minutes: number) => new Date(submitted + minutes * MINUTE);
    const stage = STATUSES.indexOf(status);
    const type = pick(['Inquiry', 'Technical', 'Complaint'], j);
    return {
      ID: `T-${String(j + 1).padStart(5, '0')}`,
      'Customer ID': `C-${String((j % 12) + 1).padStart(4, '0')}`,
      Subject: `Ticket ${j + 1}: ${pick(['printer jam', 'login fails', 'invoice wrong', '=HYPERLINK("x")'], j)}`,
      Description: pick(['Started this morning', 'عطل في النظام', '数据丢失'], j),
      Type: type,
      Level: pick(['Regular', 'Complex', 'Major', 'Critical'], j),
      Channel: pick(['Phone', 'Email', 'Chat'], j),
      Submitted: new Date(submitted),
      Department: { Inquiry: 'Sales', Technical: 'Technical Support', Complaint: 'Service Supervisor' }[type],
      Owner: `agent${j % 4}@example.com`,
      Status: status,
      Progress: stage * 20,
      Acknowledged: stage >= 1 ? at(10 + j) : '',
      'Last Update': stage >= 2 ? at(60 + j) : '',
      'Waiting Since': status === 'Waiting on Customer' ? at(90) : '',
      'Paused Minutes': 0,
      Resolved: stage >= 4 ? at(120 + 5 * j) : '',
      Closed: stage >= 5 ? at(180 + 5 * j) : '',
      // Worked on tickets have a solution drafted; a done one its final words.
      Solution: stage >= 4 ? 'Replaced the part' : stage >= 2 ? 'Part ordered; replacing it' : '',
      [USER_COLUMN.Tickets]: `REF-${j + 1}`,
    };
  });
}

function surveys(): Record<string, unknown>[] {
  return Array.from({ length: 10 }, (_, s) => {
    const sent = NOW - (s * 4 + 1) * DAY;
    const answered = s % 2 === 0;
    const score = (d: number) => (answered ? ((s + d) % 5) + 1 : '');
    return {
      ID: `S-${String(s + 1).padStart(5, '0')}`,
      'Customer ID': `C-${String((s % 9) + 1).padStart(4, '0')}`,
      Reason: pick(['3 Months', '6 Months', '12 Months', 'Ad Hoc'], s),
      Due: new Date(sent - DAY),
      Sent: new Date(sent),
      Responded: answered ? new Date(sent + DAY) : '',
      'Response Speed': score(0),
      Resolution: score(1),
      Professionalism: score(2),
      'Product Fit': score(3),
      'Proactive Care': score(4),
      Recommend: score(2),
      Comments: answered ? pick(['Slow replies', 'Great team', '=1+1 not run'], s) : '',
    };
  });
}

/** A user column after `afterHeader`, as a person inserts one. */
function addUserColumn(sheet: Sheet, afterHeader: string, header: string): void {
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
  const at = headers.indexOf(afterHeader) + 1;
  if (at > 0) sheet.insertColumnAfter(at);
  sheet.getRange(1, at > 0 ? at + 1 : sheet.getLastColumn() + 1).setValue(header);
}

let cached: Snapshot | undefined;

/** The shared starting point (built once per test file). */
export function baseSnapshot(): Snapshot {
  if (cached) return cached;
  if (!existsSync(CODE)) throw new Error('dist/Code.js is missing: run `npm run build` first');
  const emu = createEmulator({
    clock: fixedClock(NOW - 8 * DAY),
    spreadsheetTimeZone: ZONE,
    scriptTimeZone: 'America/New_York',
    activeUser: 'manager@example.com',
    enabled: true,
  });
  const w = wrap(emu, emu.load(CODE));
  w.addon.call('setupWorkbook');
  w.person((ss) => {
    const sheet = (name: string) => ss.getSheetByName(name)!;
    addUserColumn(sheet('Customers'), 'Name', USER_COLUMN.Customers);
    addUserColumn(sheet('Tickets'), 'Escalated', USER_COLUMN.Tickets);
    writeRecords(sheet('Customers'), customers(), 2);
    writeRecords(sheet('Interactions'), interactions(), 2);
    writeRecords(sheet('Tickets'), tickets(), 2);
    writeRecords(sheet('Surveys'), surveys(), 2);
  });
  w.addon.call('installTriggers');
  w.addon.call('runDailyJobs');
  emu.rt.clock.set(NOW - 26 * HOUR);
  w.addon.call('runHourlyJobs');
  emu.rt.clock.set(NOW);
  cached = w.snapshot();
  return cached;
}
