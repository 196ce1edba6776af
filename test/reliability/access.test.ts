/**
 * Access: the add-on asks for exactly the OAuth scopes the README documents; after setup the
 * computed columns carry (warning-only) protections and the Audit Log is protected outright; and
 * nothing the sidebar API accepts can change an Audit Log row: it only ever grows at the end.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TableDef } from '../../src/sheets/columns';
import { AUDIT_PROTECTION, protectionName } from '../../src/sheets/protect';
import { AUDIT_LOG, RECORD_TABLES, SETTINGS, WIN_BACKS } from '../../src/sheets/tables';
import { count } from './counters';
import { canon } from './fingerprint';
import { baseSnapshot, open, type Result, type Snapshot, type Spreadsheet, type World } from './world';

const SCOPE = 'https://www.googleapis.com/auth/';

/** The scopes in the README's "OAuth scopes" table, in full. */
function documentedScopes(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split(/^### OAuth scopes.*$/m)[1]?.split(/^#{1,3} /m)[0] ?? '';
  return [...section.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((m) => SCOPE + m[1]);
}

describe('OAuth scopes', () => {
  it('appsscript.json asks for exactly the documented scopes, and the build ships the same file', () => {
    const documented = documentedScopes();
    expect(documented.length).toBeGreaterThan(0);
    for (const file of ['appsscript.json', 'dist/appsscript.json']) {
      const scopes = (JSON.parse(readFileSync(file, 'utf8')) as { oauthScopes?: string[] }).oauthScopes;
      expect([...(scopes ?? [])].sort(), file).toEqual([...documented].sort());
      expect(new Set(scopes).size, `${file} lists a scope twice`).toBe(scopes?.length);
    }
  });

  it('asks for no broad scope: only the current spreadsheet, never all of Drive or Sheets', () => {
    for (const scope of documentedScopes()) {
      expect(scope).not.toMatch(/\/auth\/(drive|spreadsheets|gmail|script\.external_request)$/);
    }
  });
});

type Protection = GoogleAppsScript.Spreadsheet.Protection;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const headersOf = (sheet: Sheet) =>
  sheet
    .getRange(1, 1, 1, sheet.getLastColumn())
    .getValues()[0]!
    .map((h) => String(h));

/** What is wrong with the protections in the workbook, in words. */
function protectionProblems(ss: Spreadsheet): string[] {
  const { RANGE, SHEET } = SpreadsheetTypes;
  const problems: string[] = [];
  const tables: readonly TableDef[] = [...RECORD_TABLES, WIN_BACKS, SETTINGS];
  let checked = 0;
  for (const def of tables) {
    const sheet = ss.getSheetByName(def.name);
    if (!sheet) {
      problems.push(`${def.name}: no sheet`);
      continue;
    }
    if (def.appendOnly) {
      const whole = (sheet.getProtections(SHEET as never) as Protection[]).filter(
        (p) => p.getDescription() === AUDIT_PROTECTION,
      );
      if (whole.length !== 1) problems.push(`${def.name}: ${whole.length} sheet protections`);
      for (const p of whole) {
        checked++;
        // Warning-only, not owner-only: sidebar saves append audit rows as the staff member using
        // the sidebar, and a hard protection would refuse them (see src/sheets/protect.ts).
        if (!p.isWarningOnly()) problems.push(`${def.name}: a hard lock would refuse staff saves`);
        if (p.getUnprotectedRanges().length > 0) problems.push(`${def.name}: has unprotected ranges`);
      }
      continue;
    }
    const headers = headersOf(sheet);
    const ranges = sheet.getProtections(RANGE as never) as Protection[];
    for (const column of def.columns.filter((c) => c.owner === 'computed')) {
      const at = headers.indexOf(column.header) + 1;
      const mine = ranges.filter((p) => p.getDescription() === protectionName(def.name, column.key));
      if (mine.length !== 1) {
        problems.push(`${def.name} "${column.header}": ${mine.length} protections`);
        continue;
      }
      const p = mine[0]!;
      checked++;
      const range = p.getRange();
      if (range.getColumn() !== at || range.getNumColumns() !== 1)
        problems.push(`${def.name} "${column.header}" (column ${at}): protects ${range.getA1Notation()}`);
      if (range.getRow() !== 1 || range.getLastRow() < sheet.getLastRow())
        problems.push(
          `${def.name} "${column.header}": protects rows ${range.getRow()}-${range.getLastRow()} of ${sheet.getLastRow()}`,
        );
      if (!p.isWarningOnly()) problems.push(`${def.name} "${column.header}": not warning-only`);
    }
    // Entered and shared columns stay open to staff.
    for (const p of ranges) {
      const header = headers[p.getRange().getColumn() - 1];
      const column = def.columns.find((c) => c.header === header);
      if (column && column.owner !== 'computed' && p.getRange().getNumColumns() === 1)
        problems.push(`${def.name} "${header}": a person's column is protected (${p.getDescription()})`);
    }
  }
  // Customers, Tickets, Surveys, Alerts, Settings … have computed columns; two sheets are append-only.
  if (checked < 20) problems.push(`only ${checked} protections were found to check`);
  return problems;
}

/** SpreadsheetApp.ProtectionType, read once an emulator exists. */
let SpreadsheetTypes: { RANGE: unknown; SHEET: unknown };

describe('protections', () => {
  let w: World;
  beforeAll(() => {
    w = open(baseSnapshot());
    SpreadsheetTypes = w.emu.globals.SpreadsheetApp.ProtectionType as never;
  });

  it('after setup on a new spreadsheet: every computed column and the Audit Log warn', () => {
    const fresh = open({ ...baseSnapshot(), workbook: emptyWorkbook() });
    fresh.emu.rt.activeUser = 'manager@example.com';
    fresh.emu.rt.effectiveUser = 'manager@example.com';
    fresh.addon.call('setupWorkbook');
    expect(fresh.person((ss) => protectionProblems(ss))).toEqual([]);
  });

  it('with data in the sheets and the jobs run, the protections still cover their columns', () => {
    expect(w.person((ss) => protectionProblems(ss))).toEqual([]);
  });

  it('running setup again (repair) neither duplicates nor drops a protection', () => {
    w.reset(baseSnapshot());
    w.addon.call('setupWorkbook');
    w.addon.call('setupWorkbook');
    expect(w.person((ss) => protectionProblems(ss))).toEqual([]);
  });
});

/** A workbook with nothing in it, to set up from scratch. */
function emptyWorkbook(): Snapshot['workbook'] {
  const w = open(baseSnapshot());
  w.person((ss) => {
    const keep = ss.insertSheet('Blank');
    for (const sheet of ss.getSheets()) if (sheet.getName() !== 'Blank') ss.deleteSheet(sheet);
    keep.setName('Sheet1');
  });
  return w.snapshot().workbook;
}

describe('the Audit Log through the sidebar API', () => {
  let w: World;
  let auditIds: string[];

  const auditRows = () => w.values(AUDIT_LOG.name).map((r) => r.map(canon).join('\u0001'));

  beforeAll(() => {
    w = open(baseSnapshot());
    const saves: Array<[string, unknown]> = [
      ['sidebarCreateCustomer', { requestId: 'a1', record: { name: 'Audit Probe', contact: 'Li Lei' } }],
      ['sidebarUpdateTicket', { requestId: 'a2', record: { id: 'T-00002', progress: 60 } }],
      [
        'sidebarStartWinBack',
        { requestId: 'a3', record: { customerId: 'C-0011', cause: 'Budget', measures: 'Call' } },
      ],
    ];
    for (const [fn, submit] of saves) expect(w.serve(fn, submit)).toMatchObject({ ok: true });
    auditIds = w.records(AUDIT_LOG.name).map((r) => String(r.ID));
    expect(auditIds.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses every attempt to read, update, merge into or mark an Audit Log row', () => {
    const id = auditIds[0]!;
    const before = auditRows();
    const attempts: Array<[string, unknown[]]> = [
      ['sidebarGetRecord', [AUDIT_LOG.name, id]],
      ['sidebarGetRecord', ['audit log', id]],
      ['sidebarUpdateCustomer', [{ requestId: 'x1', record: { id, name: 'Changed', contact: 'X' } }]],
      ['sidebarUpdateTicket', [{ requestId: 'x2', record: { id, status: 'Closed' } }]],
      ['sidebarRecordSurvey', [{ requestId: 'x3', record: { id, responseSpeed: 1 } }]],
      ['sidebarMarkSurveySent', [{ requestId: 'x4', record: { id } }]],
      ['sidebarRecordWinBackOutcome', [{ requestId: 'x5', record: { id, outcome: 'Lost' } }]],
      ['sidebarMarkAlertDone', [{ requestId: 'x6', record: { id } }]],
      ['sidebarMergeCustomers', [{ requestId: 'x7', record: { keepId: id, mergeId: 'C-0001' } }]],
      ['sidebarMergeCustomers', [{ requestId: 'x8', record: { keepId: 'C-0001', mergeId: id } }]],
      // Right prefix, wrong table: an ID that only the Audit Log has.
      [
        'sidebarUpdateCustomer',
        [{ requestId: 'x9', record: { id: `C-${id.slice(2)}`, name: 'N', contact: 'C' } }],
      ],
      ['sidebarMarkAlertDone', [{ requestId: 'x10', record: { id: `A-${id.slice(2)}` } }]],
    ];
    for (const [fn, args] of attempts) {
      count('hostile');
      const result = w.serve(fn, ...args) as Result;
      expect(result.ok, `${fn}(${JSON.stringify(args)}) was accepted`).toBe(false);
      if (!result.ok) expect(['invalid', 'not-found']).toContain(result.kind);
    }
    expect(auditRows()).toEqual(before);
  });

  it('a save only appends: earlier rows stay exactly as they were, new ones name the user and the record', () => {
    const before = auditRows();
    const server = [
      'id',
      'created',
      'updated',
      'time',
      'user',
      'action',
      'table',
      'recordId',
      'changes',
      'Audit Log',
    ] as const;
    const forged = Object.fromEntries(server.map((k) => [k, `forged ${k}`]));
    count('hostile', 3);
    const created = w.serve('sidebarCreateCustomer', {
      requestId: 'forge-1',
      record: { ...forged, name: 'Forger', contact: 'F' },
    }) as Result;
    expect(created.ok).toBe(true);
    const id = (created as { value: { id: string } }).value.id;
    expect(
      w.serve('sidebarUpdateCustomer', {
        requestId: 'forge-2',
        record: { ...forged, id, name: 'Forger 2', contact: 'F' },
      }),
    ).toMatchObject({ ok: true });
    expect(
      w.serve('sidebarMergeCustomers', { requestId: 'forge-3', record: { keepId: 'C-0001', mergeId: id } }),
    ).toMatchObject({ ok: true });
    const after = auditRows();
    expect(after.slice(0, before.length)).toEqual(before);
    const added = w.records(AUDIT_LOG.name).slice(before.length - 1);
    expect(added.length).toBeGreaterThanOrEqual(3);
    for (const row of added) {
      expect(String(row.ID)).toMatch(/^L-\d{6,}$/);
      expect(row.User).toBe('agent@example.com');
      expect(String(row.Changes)).not.toContain('forged');
    }
    expect(added.map((r) => r['Record ID'])).toEqual(expect.arrayContaining([id]));
    const ids = w.records(AUDIT_LOG.name).map((r) => Number(String(r.ID).slice(2)));
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
