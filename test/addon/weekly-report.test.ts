/**
 * The weekly problem report (src/jobs/weekly-report.ts) as a manager reads it on the Dashboard and
 * in the email: the spreadsheet in Asia/Shanghai, "Managers" set, the daily job run on Monday
 * 2026-11-23.
 */
import { describe, expect, it } from 'vitest';
import { customer, daily, setSetting, ticket, typeRows } from './daily-fixtures';
import { shanghai, startAddon } from './harness';

describe('tickets whose Submitted is no date', () => {
  it('are named as counted in no week, on the Dashboard and in the email', () => {
    const h = startAddon({ now: '2026-11-23T06:00' });
    setSetting(h, 'Managers', 'boss@example.com');
    const c = customer(h, { name: 'Acme', status: 'Won' });
    const ticket = (id: string, submitted: unknown) => ({
      ID: id,
      'Customer ID': c,
      Subject: 'Login fails',
      Type: 'Technical',
      Level: 'Regular',
      Status: 'New',
      Submitted: submitted,
    });
    typeRows(h, 'Tickets', [
      ticket('T-00001', shanghai('2026-11-18T09:00')),
      // Typed day first, which the sheet keeps as text; one left empty; one typed 2062 for 2026.
      ticket('T-00002', '18/11/2026 09:00'),
      ticket('T-00003', ''),
      ticket('T-00004', shanghai('2062-11-18T09:00')),
    ]);
    daily(h, '2026-11-23T07:00');
    const note =
      '3 tickets are counted in no week, their Submitted empty, not a date or in the future: T-00002, T-00003, T-00004; their SLA Status says what to fix.';
    expect(h.values('Dashboard').flat()).toContain(
      `1 ticket submitted 2026-11-16 to 2026-11-22; 0 the week before (2026-11-09 to 2026-11-15). ${note}`,
    );
    const [mail] = h.emu.mail.filter((m) => m.subject.startsWith('CRM weekly problem report'));
    expect(mail!.body).toContain(note);
    expect(mail!.htmlBody).toContain(note);
  });
});

describe('the spreadsheet zone moved west on a Monday morning', () => {
  it('does not mail the week before again, which is last week there', () => {
    const h = startAddon({ now: '2026-11-20T06:00' });
    setSetting(h, 'Managers', 'boss@example.com');
    ticket(h, { customerId: customer(h, { name: 'Acme', status: 'Won' }), subject: 'Login fails' });
    daily(h, '2026-11-23T07:00');
    const reports = () => h.emu.mail.filter((m) => m.subject.startsWith('CRM weekly problem report'));
    expect(reports().map((m) => m.subject)).toEqual(['CRM weekly problem report: 2026-11-16 to 2026-11-22']);
    // 10:00 in Shanghai is still Sunday 18:00 in Los Angeles: its last week is the one mailed before.
    h.emu.globals.SpreadsheetApp.getActive().setSpreadsheetTimeZone('America/Los_Angeles');
    daily(h, '2026-11-23T10:00');
    expect(reports()).toHaveLength(1);
  });
});

describe('a workbook with no tickets in either week', () => {
  it('mails the managers no report (a new workbook has nothing to say)', () => {
    const h = startAddon({ now: '2026-11-23T06:00' });
    setSetting(h, 'Managers', 'boss@example.com');
    customer(h, { name: 'Acme', status: 'Won' });
    daily(h, '2026-11-23T07:00');
    expect(h.emu.mail.filter((m) => m.subject.startsWith('CRM weekly problem report'))).toEqual([]);
    expect(h.values('Dashboard').flat()).toContain(
      '0 tickets submitted 2026-11-16 to 2026-11-22; 0 the week before (2026-11-09 to 2026-11-15).',
    );
  });
});

describe('whom the report goes to, and when it cannot go', () => {
  /** A workbook with one ticket closed last week, owned and solved: it raises no alert of its own. */
  function lastWeeksTicket(managers: string) {
    const h = startAddon({ now: '2026-11-23T06:00' });
    if (managers) setSetting(h, 'Managers', managers);
    const c = customer(h, { name: 'Acme', status: 'Won' });
    typeRows(h, 'Tickets', [
      {
        ID: 'T-00001',
        'Customer ID': c,
        Subject: 'Login fails',
        Type: 'Technical',
        Level: 'Regular',
        Status: 'Closed',
        Owner: 'li@example.com',
        Solution: 'Reset the password',
        Submitted: shanghai('2026-11-18T09:00'),
        Acknowledged: shanghai('2026-11-18T09:10'),
        Resolved: shanghai('2026-11-18T10:00'),
        Closed: shanghai('2026-11-18T10:00'),
      },
    ]);
    return h;
  }
  const reports = (h: ReturnType<typeof startAddon>) =>
    h.emu.mail.filter((m) => m.subject.startsWith('CRM weekly problem report'));

  it('mails a week whose only tickets are undated, naming them', () => {
    const h = startAddon({ now: '2026-11-23T06:00' });
    setSetting(h, 'Managers', 'boss@example.com');
    const c = customer(h, { name: 'Acme', status: 'Won' });
    typeRows(h, 'Tickets', [
      {
        ID: 'T-00001',
        'Customer ID': c,
        Subject: 'Login fails',
        Type: 'Technical',
        Status: 'New',
        Submitted: '',
      },
    ]);
    daily(h, '2026-11-23T07:00');
    expect(reports(h).map((m) => m.body)).toEqual([expect.stringContaining('T-00001')]);
  });

  it('goes to at most 50 managers in one email, saying how many were left out', () => {
    const managers = Array.from({ length: 51 }, (_, i) => `m${i + 1}@example.com`);
    const h = lastWeeksTicket(managers.join(', '));
    const detail = daily(h, '2026-11-23T07:00').detail;
    expect(reports(h).map((m) => m.to)).toEqual([managers.slice(0, 50)]);
    expect(detail).toContain('weekly report mailed to 50 managers (1 left out: at most 50 per email)');
  });

  it('goes when the quota left is exactly its recipients', () => {
    const h = lastWeeksTicket('boss@example.com, lead@example.com');
    h.emu.rt.mailQuota = 2;
    daily(h, '2026-11-23T07:00');
    expect(reports(h).map((m) => m.to)).toEqual([['boss@example.com', 'lead@example.com']]);
  });

  it('says on its Monday, and only then, that no Managers are set to mail it to', () => {
    const h = lastWeeksTicket('');
    expect(daily(h, '2026-11-23T07:00').detail).toContain(
      'weekly report not mailed: no Managers in Settings',
    );
    expect(daily(h, '2026-11-24T07:00').detail).not.toContain('weekly report');
  });
});
