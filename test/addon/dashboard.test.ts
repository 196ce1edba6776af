/**
 * The manager's Dashboard on the built add-on (issue 9): figures equal to hand-computed values,
 * charts created once and updated in place, the weekly problem report mailed once to the managers,
 * and alerts marked Done, then archived after 90 days. Now is Monday 2026-11-23 10:00 in Shanghai.
 */
import { describe, expect, it } from 'vitest';
import { CHART_TITLES } from '../../src/jobs/charts';
import { NUMBER_FORMATS, type TableDef } from '../../src/sheets/columns';
import { ALERTS, CUSTOMERS, INTERACTIONS, SURVEYS, TICKETS } from '../../src/sheets/tables';
import { asPerson } from '../../tools/emulator/person';
import { readDisplayValues } from '../../tools/emulator/spreadsheet/cells';
import { daily as runDaily } from './daily-fixtures';
import { type Harness, shanghai, startAddon } from './harness';

type Rec = Record<string, unknown>;

/** Lays records (keyed by column key) under the headers Set up wrote, as tools/seed/load.ts does. */
function load(h: Harness, def: TableDef, records: readonly Rec[]): void {
  const model = h.emu.workbook.sheetByName(def.name)!;
  const headers = readDisplayValues(model, { r1: 0, r2: 0, c1: 0, c2: model.lastColumn() - 1 })[0]!;
  const columns = headers.map((name) => def.columns.find((c) => c.header === name));
  h.emu.workbook.loadSheet(
    def.name,
    [headers, ...records.map((r) => columns.map((c) => (c ? (r[c.key] ?? '') : '')))],
    {
      formats: columns.map((c) => (c ? NUMBER_FORMATS[c.type] : undefined)),
      frozenRows: model.frozenRows,
      maxRows: model.maxRows,
      maxColumns: model.maxColumns,
    },
  );
}

const at = (wall: string) => shanghai(wall).getTime();
const ss = (h: Harness) => h.emu.globals.SpreadsheetApp.getActive();
const dashboard = (h: Harness) => ss(h).getSheetByName('Dashboard')!;

/** The Dashboard as displayed: the row whose first cell is `label`. */
function row(h: Harness, label: string): string[] {
  const found = dashboard(h)
    .getDataRange()
    .getDisplayValues()
    .find((r) => r[0] === label);
  if (!found) throw new Error(`No Dashboard row "${label}"`);
  return found.slice(0, 7) as string[];
}

/** The data rows of the section whose title starts with `title`. */
function section(h: Harness, title: string): string[][] {
  const grid = dashboard(h).getDataRange().getDisplayValues() as string[][];
  let i = grid.findIndex((r) => r[0]!.startsWith(title));
  if (i < 0) throw new Error(`No section "${title}"`);
  if (grid[i + 1]![1] === '') i++; // a note line
  const out: string[][] = [];
  for (let r = i + 2; r < grid.length && grid[r]!.some((c) => c !== '') && grid[r]![1] !== ''; r++)
    out.push(grid[r]!);
  return out;
}

function setManagers(h: Harness, value: string): void {
  const settings = ss(h).getSheetByName('Settings')!;
  const names = settings.getRange(1, 1, settings.getLastRow(), 1).getValues();
  const at = names.findIndex(([n]) => n === 'Managers');
  settings.getRange(at + 1, 2).setValue(value);
}

const CUSTOMER_ROWS: Rec[] = [
  {
    id: 'C-0001',
    name: 'Acme',
    contact: 'Li',
    status: 'Won',
    tier: 'Regular',
    owner: 'a@example.com',
    riskLevel: 'High',
    followUpStatus: 'Overdue',
  },
  {
    id: 'C-0002',
    name: 'Beta',
    contact: 'Wu',
    status: 'Won',
    tier: 'VIP',
    owner: 'a@example.com',
    riskLevel: 'Low',
    followUpStatus: 'OK',
  },
  {
    id: 'C-0003',
    name: 'Gamma',
    contact: 'Ma',
    status: 'Won',
    tier: 'Regular',
    owner: 'b@example.com',
    riskLevel: 'Medium',
    followUpStatus: 'Overdue',
  },
  {
    id: 'C-0004',
    name: 'Delta',
    contact: 'Xu',
    status: 'Won',
    tier: 'Key',
    owner: 'b@example.com',
    riskLevel: '',
    followUpStatus: 'Due Soon',
  },
];

const d = (wall: string) => new Date(at(wall));

/** The same six tickets as test/domain/dashboard-figures.test.ts, worked out there by hand. */
const TICKET_ROWS: Rec[] = [
  {
    id: 'T-00001',
    customerId: 'C-0001',
    subject: 'Login fails',
    type: 'Technical',
    level: 'Regular',
    owner: 'a@example.com',
    status: 'In Progress',
    submitted: d('2026-11-20T17:00'),
    acknowledged: d('2026-11-23T09:30'),
    breaches: 'ack',
  },
  {
    id: 'T-00002',
    customerId: 'C-0001',
    subject: 'Invoice question',
    type: 'Inquiry',
    level: 'Regular',
    owner: 'a@example.com',
    status: 'New',
    submitted: d('2026-11-23T09:00'),
  },
  {
    id: 'T-00003',
    customerId: 'C-0003',
    subject: 'Engineer late',
    type: 'Complaint',
    level: 'Regular',
    owner: 'b@example.com',
    status: 'Resolved',
    submitted: d('2026-11-10T10:00'),
    acknowledged: d('2026-11-10T10:15'),
    resolved: d('2026-11-10T15:00'),
    pausedMinutes: 60,
  },
  {
    id: 'T-00004',
    customerId: 'C-0002',
    subject: 'Sync stopped',
    type: 'Technical',
    level: 'Complex',
    owner: 'b@example.com',
    status: 'Closed',
    submitted: d('2026-11-14T10:00'),
    acknowledged: d('2026-11-14T10:30'),
    closed: d('2026-11-15T10:00'),
    breaches: 'resolve',
  },
  {
    id: 'T-00005',
    customerId: 'C-0001',
    subject: 'Export slow',
    type: 'Technical',
    level: 'Regular',
    owner: 'a@example.com',
    status: 'Resolved',
    submitted: d('2026-10-05T09:00'),
    acknowledged: d('2026-10-05T09:06'),
    resolved: d('2026-10-05T11:00'),
  },
  {
    id: 'T-00006',
    customerId: 'C-0004',
    subject: 'Upgrade options',
    type: 'Inquiry',
    level: 'Regular',
    owner: '',
    status: 'Waiting on Customer',
    submitted: d('2026-11-02T10:00'),
    acknowledged: d('2026-11-02T12:00'),
    waitingSince: d('2026-11-03T10:00'),
    breaches: 'update, resolve',
  },
];

const survey = (id: string, responded: string, scores: number[], recommend: number): Rec => ({
  id,
  customerId: 'C-0001',
  reason: 'Ad Hoc',
  sent: new Date(at(responded) - 3_600_000),
  responded: d(responded),
  responseSpeed: scores[0],
  resolution: scores[1],
  professionalism: scores[2],
  productFit: scores[3] ?? '',
  proactiveCare: scores[4] ?? '',
  recommend,
  status: 'Responded',
});

const SURVEY_ROWS: Rec[] = [
  survey('S-00001', '2026-10-10T10:00', [5, 5, 5, 5, 5], 5),
  survey('S-00002', '2026-11-05T10:00', [3, 3, 3, 3, 3], 3),
  survey('S-00003', '2026-11-20T10:00', [4, 4, 4, 5], 4),
  survey('S-00004', '2026-08-01T10:00', [2, 2, 2, 2, 2], 1),
  { id: 'S-00005', customerId: 'C-0003', reason: 'Ad Hoc', due: d('2026-11-24'), status: 'Due' },
];

const touch = (id: string, customerId: string, kind: string, when: string): Rec => ({
  id,
  customerId,
  kind,
  channel: 'Phone',
  subject: 'Call',
  details: 'Talked about the renewal plan',
  when: d(when),
});

const INTERACTION_ROWS: Rec[] = [
  touch('I-000001', 'C-0001', 'Care', '2026-10-01T10:00'),
  touch('I-000002', 'C-0001', 'Sales', '2026-11-01T10:00'),
  touch('I-000003', 'C-0002', 'Care', '2026-11-20T10:00'),
  touch('I-000004', 'C-0003', 'Sales', '2026-11-02T10:00'),
  touch('I-000005', 'C-0001', 'Care', '2026-09-01T10:00'),
  touch('I-000006', 'C-0003', 'Sales', '2026-08-15T10:00'),
];

function fixture(): Harness {
  const h = startAddon();
  load(h, CUSTOMERS, CUSTOMER_ROWS);
  load(h, TICKETS, TICKET_ROWS);
  load(h, SURVEYS, SURVEY_ROWS);
  load(h, INTERACTIONS, INTERACTION_ROWS);
  return h;
}

describe('dashboard figures', () => {
  it('equal the hand-computed values for the fixture (Refresh dashboard reads the sheets as they stand)', () => {
    const h = fixture();
    expect(h.addon.call('refreshDashboard')).toMatchObject({ error: '' });
    expect(row(h, 'Open tickets').slice(0, 2)).toEqual(['Open tickets', '3']);
    expect(row(h, 'Breached now').slice(0, 3)).toEqual(['Breached now', '2', 'of 3 open']);
    expect(row(h, 'SLA met % (2026-11 vs 2026-10)').slice(1, 5)).toEqual([
      '50%',
      '1 of 2 resolved',
      '100%',
      '1 of 1 resolved',
    ]);
    expect(row(h, 'Median hours to acknowledge (2026-11 vs 2026-10)').slice(1, 5)).toEqual([
      '1.0',
      '4 tickets',
      '0.1',
      '1 ticket',
    ]);
    expect(row(h, 'Median hours to resolve (2026-11 vs 2026-10)').slice(1, 5)).toEqual([
      '14.0',
      '2 tickets',
      '2.0',
      '1 ticket',
    ]);
    expect(row(h, 'At-risk customers')[1]).toBe('2');
    expect(row(h, 'Overdue follow-ups')[1]).toBe('2');
    expect(row(h, 'Surveys due')[1]).toBe('1');
    expect(row(h, 'CSAT (2026-Q4 vs 2026-Q3)').slice(1, 5)).toEqual([
      '67%',
      '3 answers (thin)',
      '0%',
      '1 answer (thin)',
    ]);
    expect(row(h, 'Recommend score (2026-Q4 vs 2026-Q3)').slice(1, 4)).toEqual([
      '0',
      '3 answers (thin)',
      '-100',
    ]);
    expect(row(h, 'Care share of touches (2026-Q4 vs 2026-Q3)').slice(1, 5)).toEqual([
      '50%',
      '2 of 4 touches',
      '50%',
      '1 of 2 touches',
    ]);
    // The fixture's records were all saved within the month: none to refresh.
    expect(section(h, 'By owner').map((r) => r.slice(0, 8))).toEqual([
      ['a@example.com', '2', '1', '1', '1', '0', '67%', '2 of 3 touches'],
      ['b@example.com', '0', '0', '1', '1', '0', '0%', '0 of 1 touches'],
      ['(no owner)', '1', '1', '0', '0', '0', '', 'no interactions'],
      ['Total', '3', '2', '2', '2', '0', '50%', '2 of 4 touches'],
    ]);
    // Each table says how it is counted, in a line under it.
    const text = dashboard(h).getDataRange().getDisplayValues().flat().join('\n');
    expect(text).toContain('SLA met %: tickets resolved in the month');
    expect(text).toContain("Tickets count under the ticket's Owner");
  });

  it('leave out a record merged into another: it is not a customer of its own', () => {
    const h = fixture();
    // Merged today into Acme (C-0001): the daily job has not yet cleared what it held before.
    const duplicate = { ...CUSTOMER_ROWS[0], id: 'C-0005', name: 'ACME Ltd', mergedInto: 'C-0001' };
    load(h, CUSTOMERS, [...CUSTOMER_ROWS, duplicate]);
    expect(h.addon.call('refreshDashboard')).toMatchObject({ error: '' });
    expect(row(h, 'At-risk customers')[1]).toBe('2');
    expect(row(h, 'Overdue follow-ups')[1]).toBe('2');
    expect(section(h, 'Chart data: customers per risk level').map((r) => r.slice(0, 2))).toEqual([
      ['High', '1'],
      ['Medium', '1'],
      ['Low', '1'],
      ['Not scored', '1'],
    ]);
    expect(section(h, 'Churn and win-back')[0]![0]).toBe('2');
  });

  it('agree, after the daily job, with the columns that job has just written', () => {
    const h = fixture();
    // One record last saved two months ago.
    const sheet = h.emu.globals.SpreadsheetApp.getActive().getSheetByName('Customers')!;
    const updated = h.values('Customers')[0]!.indexOf('Updated') + 1;
    sheet.getRange(2, updated).setValue(new Date(h.emu.rt.clock.now() - 60 * 86_400_000));
    const outcome = h.addon.call('runDailyJobs') as { error: string };
    expect(outcome.error).toBe('');
    const customers = h.records('Customers');
    const atRisk = customers.filter((c) => c['Risk Level'] === 'High' || c['Risk Level'] === 'Medium').length;
    const overdue = customers.filter((c) => c['Follow-up Status'] === 'Overdue').length;
    const due = h.records('Surveys').filter((s) => s.Status === 'Due').length;
    expect(row(h, 'At-risk customers')[1]).toBe(String(atRisk));
    expect(row(h, 'Overdue follow-ups')[1]).toBe(String(overdue));
    expect(row(h, 'Surveys due')[1]).toBe(String(due));
    expect(row(h, 'Open tickets')[1]).toBe('3');
    // Last saved (Updated, else Created) over 30 days ago.
    const monthAgo = h.emu.rt.clock.now() - 30 * 86_400_000;
    const stale = customers.filter((c) => {
      const saved = (c.Updated || c.Created) as Date | '';
      return c.Status !== 'Churned' && saved instanceof Date && saved.getTime() < monthAgo;
    }).length;
    expect(stale).toBeGreaterThan(0);
    expect(stale).toBeLessThan(customers.length);
    expect(row(h, 'Records to refresh')[1]).toBe(String(stale));
  });

  it('waits out an hourly run holding the sheet, and says so when the sheet stays busy', () => {
    const h = fixture();
    h.emu.locks.hold('document', 28_000);
    expect(h.addon.call('refreshDashboard')).toMatchObject({ error: '' });
    h.emu.locks.hold('document');
    expect(h.addon.call('refreshDashboard')).toMatchObject({ error: expect.stringMatching(/busy/) });
    expect(h.emu.workbook.toasts.at(-1)?.message).toMatch(/^The dashboard was not refreshed: .*busy/);
  });

  it('reports a refresh that was done as done, even when its toast cannot be shown', () => {
    const h = fixture();
    h.emu.rt.hook = (method) => {
      if (method === 'Spreadsheet.toast') throw new Error('Toasts are not available right now.');
    };
    expect(h.addon.call('refreshDashboard')).toMatchObject({
      error: '',
      detail: expect.stringMatching(/^Dashboard refreshed/),
    });
    h.emu.rt.hook = undefined;
  });

  it('is written in a few batched calls: one setValues for all its sections', () => {
    const h = fixture();
    h.emu.rt.resetCounters();
    h.addon.call('refreshDashboard');
    expect(h.emu.rt.calls.get('Range.setValues')).toBe(1);
    expect(h.emu.rt.calls.get('Range.setNumberFormats')).toBe(1);
  });

  it('blanks what an earlier, longer or wider layout left below and beside the sections', () => {
    const h = fixture();
    h.addon.call('refreshDashboard');
    const before = dashboard(h).getDataRange().getValues();
    const below = before.length + 3;
    const beside = before[0]!.length + 2;
    dashboard(h).getRange(below, 1).setValue('an old line');
    dashboard(h).getRange(before.length, beside).setValue('an old figure');
    h.emu.rt.resetCounters();
    h.addon.call('refreshDashboard');
    expect(h.emu.rt.calls.get('Range.clearContent')).toBeUndefined();
    const after = dashboard(h).getRange(1, 1, below, beside).getValues();
    expect(after[below - 1]![0]).toBe('');
    expect(after[before.length - 1]![beside - 1]).toBe('');
    // The sections as before (the status block at the top says when it ran).
    expect(after.slice(5, before.length).map((r) => r.slice(0, before[0]!.length))).toEqual(before.slice(5));
  });
});

describe('dashboard months in a spreadsheet zone with daylight saving', () => {
  it('count a ticket resolved at 23:30 on the last day of a month in that month (New York)', () => {
    // Now Monday 2026-11-02 10:00 in New York, the day after clocks went back; Auckland is a day on.
    const h = startAddon({ zone: 'America/New_York', now: '2026-11-02T10:00-05:00' });
    load(h, CUSTOMERS, CUSTOMER_ROWS.slice(0, 1));
    const resolved = (id: string, submitted: string, done: string, breaches: string): Rec => ({
      ...TICKET_ROWS[4],
      id,
      submitted: new Date(submitted),
      acknowledged: new Date(submitted),
      resolved: new Date(done),
      breaches,
    });
    load(h, TICKETS, [
      // Saturday 31 October 23:30 EDT is 1 November in UTC and in Auckland: still October.
      resolved('T-00101', '2026-10-31T20:00-04:00', '2026-10-31T23:30-04:00', ''),
      // Sunday 1 November 00:30 EDT, before the clocks went back: November.
      resolved('T-00102', '2026-10-31T21:00-04:00', '2026-11-01T00:30-04:00', 'resolve'),
    ]);
    expect(h.addon.call('refreshDashboard')).toMatchObject({ error: '' });
    expect(row(h, 'SLA met % (2026-11 vs 2026-10)').slice(1, 5)).toEqual([
      '0%',
      '0 of 1 resolved',
      '100%',
      '1 of 1 resolved',
    ]);
    // A month without data reads empty, and says so beside it.
    expect(row(h, 'Median hours to acknowledge (2026-11 vs 2026-10)').slice(1, 5)).toEqual([
      '',
      'no tickets',
      '0.0',
      '2 tickets',
    ]);
    // Both in the week of Monday 26 October (to Sunday 1 November).
    const weeks = section(h, 'Chart data: tickets per week');
    expect(weeks.find((w) => w[0] === '2026-10-26')!.slice(0, 3)).toEqual(['2026-10-26', '2', '2']);
    expect(weeks.at(-1)![0]).toBe('2026-11-02');
  });
});

describe('the Dashboard sheet', () => {
  it('says on it, and warns anyone typing there, that the add-on rebuilds it', () => {
    const h = fixture();
    h.addon.call('refreshDashboard');
    // A note typed below the tables goes on the next rebuild (the test above): the sheet says so first.
    expect(dashboard(h).getRange(5, 1).getValue()).toBe(
      'The CRM rebuilds this sheet on every run: anything typed here is replaced. Keep your notes on another sheet.',
    );
    const { SHEET } = h.emu.globals.SpreadsheetApp.ProtectionType;
    const warnings = dashboard(h).getProtections(SHEET);
    expect(warnings.map((p) => [p.getDescription(), p.isWarningOnly()])).toEqual([
      ['CRM: the add-on rebuilds this sheet; anything typed here is replaced on its next run', true],
    ]);
    // Set up again finds it: still one.
    h.addon.call('setupWorkbook');
    expect(dashboard(h).getProtections(SHEET)).toHaveLength(1);
  });

  it('warns so again when a job makes it anew after someone deleted it', () => {
    const h = fixture();
    const ss = h.emu.globals.SpreadsheetApp.getActive();
    ss.deleteSheet(dashboard(h));
    expect(h.addon.call('refreshDashboard')).toMatchObject({ error: '' });
    const { SHEET } = h.emu.globals.SpreadsheetApp.ProtectionType;
    expect(
      dashboard(h)
        .getProtections(SHEET)
        .map((p) => p.isWarningOnly()),
    ).toEqual([true]);
  });
});

describe('dashboard charts', () => {
  it('are created once beside the figures and updated in place: the count stays the same over three runs', () => {
    const h = fixture();
    const charts = () => dashboard(h).getCharts();
    const seen: string[][] = [];
    for (let run = 0; run < 3; run++) {
      expect((h.addon.call('runDailyJobs') as { error: string }).error).toBe('');
      seen.push(charts().map((c) => `${c.getId()} ${c.getOptions().get('title')}`));
    }
    h.addon.call('refreshDashboard');
    expect(charts()).toHaveLength(4);
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[2]).toEqual(seen[0]);
    expect(seen[0]!.map((s) => s.replace(/^\S+ /, ''))).toEqual([
      'Tickets opened vs resolved per week',
      'SLA met % per week',
      'CSAT % per month',
      'Customers per risk level',
    ]);
    const width = dashboard(h)
      .getDataRange()
      .getValues()
      .reduce((w, r) => {
        const last = r.map((c) => c !== '').lastIndexOf(true);
        return Math.max(w, last + 1);
      }, 0);
    for (const chart of charts()) {
      // Each chart reads its own data block (a header row, then numbers) and covers no table.
      const [range] = chart.getRanges();
      const header = range!.getValues()[0]!;
      expect(['Week of', 'Month', 'Risk level']).toContain(header[0]);
      expect(chart.getContainerInfo().getAnchorColumn()).toBeGreaterThan(width);
    }
    const [tickets] = charts();
    expect(tickets!.getType()).toBe('COLUMN');
    expect(
      tickets!
        .getRanges()[0]!
        .getValues()
        .slice(1)
        .map((r) => r[0]),
    ).toEqual([
      '2026-10-05',
      '2026-10-12',
      '2026-10-19',
      '2026-10-26',
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
    ]);
  });
  it('are left alone while their place and data stay put; one deleted by hand comes back, and a moved layout moves them', () => {
    const h = fixture();
    const titles = () =>
      dashboard(h)
        .getCharts()
        .map((c) => c.getOptions().get('title'));
    const calls = (method: string) => h.emu.rt.calls.get(method) ?? 0;
    expect(h.addon.call('runDailyJobs')).toMatchObject({ error: '' });
    const daily = dashboard(h).getDataRange().getValues();
    h.emu.rt.resetCounters();
    // Refresh dashboard lays out the same sections as the daily run (win-backs included).
    expect(h.addon.call('refreshDashboard')).toMatchObject({
      error: '',
      detail: 'Dashboard refreshed (4 charts).',
    });
    expect(
      dashboard(h)
        .getDataRange()
        .getValues()
        .map((r) => r[0]),
    ).toEqual(daily.map((r) => r[0]));
    expect([calls('Sheet.updateChart'), calls('Sheet.insertChart')]).toEqual([0, 0]);

    dashboard(h).removeChart(dashboard(h).getCharts()[1]!);
    h.emu.rt.resetCounters();
    h.addon.call('refreshDashboard');
    expect([calls('Sheet.updateChart'), calls('Sheet.insertChart')]).toEqual([0, 1]);
    expect(titles().sort()).toEqual(Object.values(CHART_TITLES).sort());

    // A new owner adds a row to the per-owner table: every chart's data block moves down a row.
    load(h, TICKETS, [...TICKET_ROWS, { ...TICKET_ROWS[1], id: 'T-00009', owner: 'new@example.com' }]);
    h.emu.rt.resetCounters();
    h.addon.call('refreshDashboard');
    expect(calls('Sheet.updateChart')).toBe(4);
    for (const chart of dashboard(h).getCharts()) {
      const header = chart.getRanges()[0]!.getValues()[0]!;
      expect(['Week of', 'Month', 'Risk level']).toContain(header[0]);
    }
  });
});

const LOGIN_TICKETS: Rec[] = [
  ['T-00011', 'Login fails after password reset', 'Technical', '2026-11-16T10:00'],
  [
    'T-00012',
    'Cannot log in',
    'Technical',
    '2026-11-17T11:00',
    'Customer reported the login page rejects the password',
  ],
  ['T-00013', 'Invoice copy requested', 'Inquiry', '2026-11-18T09:30'],
  ['T-00014', 'Login error on mobile', 'Technical', '2026-11-19T15:00'],
  ['T-00015', '登录失败', 'Complaint', '2026-11-20T10:00', '客户无法登录系统'],
  ['T-00016', 'Invoice amount wrong', 'Complaint', '2026-11-21T10:00'],
  ['T-00017', 'Login slow', 'Technical', '2026-11-10T10:00'],
  ['T-00018', 'Invoice question', 'Inquiry', '2026-11-11T10:00'],
].map(([id, subject, type, when, description]) => ({
  id,
  customerId: 'C-0001',
  subject,
  description: description ?? '',
  type,
  level: 'Regular',
  owner: 'a@example.com',
  status: 'Resolved',
  submitted: d(when!),
  acknowledged: d(when!),
  resolved: d(when!),
}));

describe('weekly problem report', () => {
  it('lists "login" first and mails the managers once, on the first daily run of the Monday', () => {
    const h = startAddon();
    load(h, CUSTOMERS, CUSTOMER_ROWS.slice(0, 1));
    load(h, TICKETS, LOGIN_TICKETS);
    setManagers(h, 'boss@example.com, lead@example.com');
    const reports = () => h.emu.mail.filter((m) => m.subject.startsWith('CRM weekly problem report'));

    h.addon.call('refreshDashboard'); // on demand: shows the report, mails nobody
    expect(reports()).toHaveLength(0);
    const keywords = section(h, 'Weekly problems by keyword (2026-11-16 to 2026-11-22)');
    expect(keywords[0]!.slice(0, 5)).toEqual(['login', '3', '1', '+2', 'T-00011, T-00012, T-00014']);
    expect(keywords.find((k) => k[0] === 'invoice')!.slice(0, 5)).toEqual([
      'invoice',
      '2',
      '1',
      '+1',
      'T-00013, T-00016',
    ]);
    expect(section(h, 'Weekly problems by type')[0]!.slice(0, 4)).toEqual(['Technical', '3', '1', '+2']);

    runDaily(h);
    runDaily(h);
    expect(reports()).toHaveLength(1);
    const [mail] = reports();
    expect(mail!.to).toEqual(['boss@example.com', 'lead@example.com']);
    expect(mail!.subject).toBe('CRM weekly problem report: 2026-11-16 to 2026-11-22');
    expect(mail!.body).toMatch(
      /By keyword[^\n]*\n- login: 3 \(week before 1, \+2\) - T-00011, T-00012, T-00014\n/,
    );
    expect(mail!.htmlBody).toContain('<td>login</td>');

    h.emu.rt.clock.advance(24 * 3_600_000); // Tuesday: no report mail
    runDaily(h);
    expect(reports()).toHaveLength(1);
  });
});

const alert = (id: string, status: string, doneAt: string): Rec => ({
  id,
  raised: d('2026-06-01T10:00'),
  kind: 'Follow-up Overdue',
  recordId: 'C-0001',
  customerId: 'C-0001',
  message: `Alert ${id}`,
  owner: 'a@example.com',
  status,
  doneAt: doneAt ? d(doneAt) : '',
  mailed: d('2026-06-01T10:00'),
  key: `test:${id}`,
});

/** A-00001, A-00003 … Done long ago, A-00002, A-00004 … open between them. */
const alternating = (count: number) =>
  Array.from({ length: count }, (_, i) => {
    const id = `A-${String(i + 1).padStart(5, '0')}`;
    return i % 2 === 0 ? alert(id, 'Done', '2026-07-01T10:00') : alert(id, 'Open', '');
  });

describe('alerts housekeeping', () => {
  it('archives alerts Done more than 90 days ago, in one append and a delete per block of rows', () => {
    const h = startAddon();
    // 90 days before now is 2026-08-25 10:00.
    load(h, ALERTS, [
      alert('A-00001', 'Done', '2026-08-01T10:00'),
      alert('A-00002', 'Open', ''),
      alert('A-00003', 'Done', '2026-11-13T10:00'),
      alert('A-00004', 'Done', '2026-08-20T10:00'),
      alert('A-00005', 'Done', '2026-07-01T10:00'),
      alert('A-00006', 'Done', ''),
    ]);
    h.emu.rt.resetCounters();
    expect((h.addon.call('runDailyJobs') as { detail: string }).detail).toContain('3 done alerts archived');
    expect(h.emu.rt.calls.get('Sheet.deleteRows')).toBe(2); // row 2, then rows 5-6
    expect(h.records('Alerts').map((a) => a.ID)).toEqual(['A-00002', 'A-00003', 'A-00006']);
    const archive = h.records('Alerts Archive');
    expect(archive.map((a) => [a.ID, a.Status, a.Message])).toEqual([
      ['A-00001', 'Done', 'Alert A-00001'],
      ['A-00004', 'Done', 'Alert A-00004'],
      ['A-00005', 'Done', 'Alert A-00005'],
    ]);
    expect(archive.map((a) => a.Archived)).toEqual(Array(3).fill(new Date(at('2026-11-23T10:00'))));
    runDaily(h);
    expect(h.records('Alerts Archive')).toHaveLength(3);
  });

  it('keeps an alert Done exactly 90 days ago, archiving one Done a minute before that', () => {
    const h = startAddon();
    load(h, ALERTS, [
      alert('A-00001', 'Done', '2026-08-25T10:00'),
      alert('A-00002', 'Done', '2026-08-25T09:59'),
    ]);
    expect((h.addon.call('runDailyJobs') as { detail: string }).detail).toContain('1 done alert archived');
    expect(h.records('Alerts').map((a) => a.ID)).toEqual(['A-00001']);
    expect(h.records('Alerts Archive').map((a) => a.ID)).toEqual(['A-00002']);
  });

  it('archives every row of a sheet with no room below them, leaving an empty row (Sheets keeps one)', () => {
    const h = startAddon();
    load(h, ALERTS, [
      alert('A-00001', 'Done', '2026-08-01T10:00'),
      alert('A-00002', 'Done', '2026-08-01T10:00'),
    ]);
    const alerts = h.emu.globals.SpreadsheetApp.getActive().getSheetByName('Alerts')!;
    alerts.deleteRows(4, alerts.getMaxRows() - 3);
    expect((h.addon.call('runDailyJobs') as { detail: string }).detail).toContain('2 done alerts archived');
    expect(h.records('Alerts')).toEqual([]);
    expect(alerts.getMaxRows()).toBe(2);
  });

  // Sheets' Status dropdown lets "done" through, kept as typed (the emulator's
  // validation-check.ts says why): it is Done all the same.
  it('archives an old alert whose Status was typed "done"', () => {
    const h = startAddon();
    load(h, ALERTS, [alert('A-00001', 'done', '2026-08-01T10:00'), alert('A-00002', 'Open', '')]);
    expect((h.addon.call('runDailyJobs') as { detail: string }).detail).toContain('1 done alert archived');
    expect(h.records('Alerts').map((a) => a.ID)).toEqual(['A-00002']);
    expect(h.records('Alerts Archive').map((a) => a.ID)).toEqual(['A-00001']);
  });

  it('archives at most 40 blocks of rows a day, and the rest the next day', () => {
    const h = startAddon();
    // 42 old done alerts, each its own block between two open ones.
    load(h, ALERTS, alternating(84));
    h.emu.rt.resetCounters();
    const first = h.addon.call('runDailyJobs') as { detail: string };
    expect(first.detail).toContain('40 done alerts archived');
    expect(first.detail).toContain('2 more old done alerts move to the archive in the next daily runs');
    expect(h.emu.rt.calls.get('Sheet.deleteRows')).toBe(40);
    h.emu.rt.clock.advance(24 * 3_600_000);
    expect((h.addon.call('runDailyJobs') as { detail: string }).detail).toContain('2 done alerts archived');
    expect(h.records('Alerts').every((a) => a.Status === 'Open')).toBe(true);
    expect(h.records('Alerts')).toHaveLength(42);
    expect(h.records('Alerts Archive')).toHaveLength(42);
  });

  it('deletes no open alert when a person sorts Alerts between two of its deletes', () => {
    const h = startAddon();
    load(h, ALERTS, alternating(5));
    const alerts = h.emu.globals.SpreadsheetApp.getActive().getSheetByName('Alerts')!;
    // The person sorts right after the first delete, whatever the job's next call is.
    let deleted = false;
    h.emu.rt.hook = (method) => {
      if (!deleted) deleted = method === 'Sheet.deleteRows';
      else {
        h.emu.rt.hook = undefined;
        asPerson(h.emu.rt, () =>
          alerts
            .getRange(2, 1, alerts.getLastRow() - 1, alerts.getLastColumn())
            .sort({ column: 1, ascending: false }),
        );
      }
    };
    expect((h.addon.call('runDailyJobs') as { detail: string }).detail).toContain('3 done alerts archived');
    // In the person's new order: A-00004 first.
    expect(h.records('Alerts').map((a) => [a.ID, a.Status])).toEqual([
      ['A-00004', 'Open'],
      ['A-00002', 'Open'],
    ]);
  });

  it('archives an alert once when the run before stopped between its append and its deletes', () => {
    const h = startAddon();
    load(h, ALERTS, alternating(5));
    h.emu.rt.hook = (method) => {
      if (method !== 'Sheet.deleteRows') return;
      h.emu.rt.hook = undefined;
      throw new Error('Service Spreadsheets timed out while accessing document');
    };
    expect((h.addon.call('runDailyJobs') as { error: string }).error).toContain('timed out');
    expect(h.records('Alerts Archive').map((a) => a.ID)).toEqual(['A-00001', 'A-00003', 'A-00005']);
    expect(h.records('Alerts')).toHaveLength(5);
    h.emu.rt.clock.advance(24 * 3_600_000);
    expect((h.addon.call('runDailyJobs') as { detail: string }).detail).toContain('3 done alerts archived');
    expect(h.records('Alerts Archive').map((a) => a.ID)).toEqual(['A-00001', 'A-00003', 'A-00005']);
    expect(h.records('Alerts').map((a) => a.ID)).toEqual(['A-00002', 'A-00004']);
  });

  /** Two old done alerts; a person sets A-00001 back to Open just before the job's `method` call. */
  function reopenedBefore(method: string) {
    const h = startAddon();
    load(h, ALERTS, [
      alert('A-00001', 'Done', '2026-08-01T10:00'),
      alert('A-00002', 'Done', '2026-07-01T10:00'),
    ]);
    const alerts = h.emu.globals.SpreadsheetApp.getActive().getSheetByName('Alerts')!;
    h.emu.rt.hook = (called) => {
      if (called !== method) return;
      h.emu.rt.hook = undefined;
      asPerson(h.emu.rt, () => alerts.getRange('J2').setValue('Open'));
    };
    return { h, outcome: h.addon.call('runDailyJobs') as { error: string; detail: string } };
  }

  it('keeps an alert a person sets back to Open while the daily job runs', () => {
    // After the job has read the Alerts, before it archives.
    const { h, outcome } = reopenedBefore('Spreadsheet.getUrl');
    expect(outcome.detail).toContain('1 done alert archived');
    expect(h.records('Alerts').map((a) => [a.ID, a.Status])).toEqual([['A-00001', 'Open']]);
    expect(h.records('Alerts Archive').map((a) => a.ID)).toEqual(['A-00002']);
  });

  it('keeps an alert a person sets back to Open after the archive copied it, just before its row goes', () => {
    // The archive's append is done; the deletes come next.
    const { h, outcome } = reopenedBefore('Sheet.getFrozenRows');
    expect(outcome.error).toBe('');
    expect(h.records('Alerts').map((a) => [a.ID, a.Status])).toContainEqual(['A-00001', 'Open']);
  });

  it('keeps a Done At a person typed as words when they pick Done, or Open again, in the sheet or My queue', () => {
    const h = startAddon();
    load(h, ALERTS, [alert('A-00001', 'Open', '')]);
    h.addon.edit('Alerts', 'K2', 'with Li, Friday');
    h.addon.edit('Alerts', 'J2', 'Done');
    h.addon.edit('Alerts', 'J2', 'Open');
    expect(h.records('Alerts').map((a) => a['Done At'])).toEqual(['with Li, Friday']);
    // Done from My queue keeps them too.
    const done = h.addon.serve('sidebarMarkAlertDone', { requestId: 'r1', record: { id: 'A-00001' } });
    expect(done).toMatchObject({ ok: true });
    expect(h.records('Alerts')[0]).toMatchObject({ Status: 'Done', 'Done At': 'with Li, Friday' });
  });

  it('stamps Done At when a person picks Done in the sheet, and clears it when set back to Open', () => {
    const h = startAddon();
    load(h, ALERTS, [alert('A-00001', 'Open', ''), alert('A-00002', 'Open', '')]);
    h.addon.edit('Alerts', 'J3', 'Done');
    const doneAt = () => h.records('Alerts').map((a) => a['Done At']);
    expect(doneAt()).toEqual(['', new Date(at('2026-11-23T10:00'))]);
    h.addon.edit('Alerts', 'J3', 'Open');
    expect(doneAt()).toEqual(['', '']);
    expect(h.records('Audit Log').map((l) => l.Changes)).toEqual([
      'status: Open → Done; doneAt: (empty) → 2026-11-23T10:00',
      'status: Done → Open; doneAt: 2026-11-23T10:00 → (empty)',
    ]);
  });

  it('logs Done pasted over several alerts with their earlier Status unknown, not empty', () => {
    const h = startAddon();
    load(h, ALERTS, [alert('A-00001', 'Open', ''), alert('A-00002', 'Open', '')]);
    const alerts = h.emu.globals.SpreadsheetApp.getActive().getSheetByName('Alerts')!;
    const range = alerts.getRange('J2:J3');
    range.setValues([['Done'], ['Done']]);
    h.addon.call('onEdit', { range, source: h.emu.globals.SpreadsheetApp.getActive(), authMode: 'LIMITED' });
    expect(h.records('Audit Log').map((l) => l.Changes)).toEqual([
      'status: (unknown) → Done; doneAt: (empty) → 2026-11-23T10:00',
      'status: (unknown) → Done; doneAt: (empty) → 2026-11-23T10:00',
    ]);
  });

  it('marks an alert Done from the sidebar', () => {
    const h = startAddon();
    load(h, ALERTS, [alert('A-00001', 'Open', '')]);
    const done = h.addon.serve('sidebarMarkAlertDone', { requestId: 'r1', record: { id: 'A-00001' } });
    expect(done).toEqual({ ok: true, value: { id: 'A-00001', repeated: false } });
    expect(h.records('Alerts')[0]).toMatchObject({
      Status: 'Done',
      'Done At': new Date(at('2026-11-23T10:00')),
    });
    const bad = h.addon.serve('sidebarMarkAlertDone', { requestId: 'r2', record: { id: 'nope' } }) as {
      ok: boolean;
    };
    expect(bad.ok).toBe(false);
  });
});
