/** Audit retention, restoring renamed headers, and marking surveys sent, on the built add-on. */
import { describe, expect, it } from 'vitest';
import { asPerson } from '../../tools/emulator/person';
import { type Harness, shanghai, startAddon } from './harness';

const sheet = (h: Harness, name: string) => h.emu.globals.SpreadsheetApp.getActive().getSheetByName(name)!;
let request = 0;
const submit = (record: unknown) => ({ requestId: `hk-${++request}`, record });

/** Audit rows made at these wall-clock times. */
function typeLog(h: Harness, entries: ReadonlyArray<[id: string, wall: string]>): void {
  const header = h.values('Audit Log')[0]!;
  const rows = entries.map(([id, wall]) =>
    header.map((c) => (c === 'ID' ? id : c === 'Time' ? shanghai(wall) : c === 'Action' ? 'create' : '')),
  );
  sheet(h, 'Audit Log').getRange(2, 1, rows.length, header.length).setValues(rows);
}

describe('Audit Log retention', () => {
  it('removes whole months older than the setting in one batched delete, keeping the rest', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    typeLog(h, [
      ['L-000101', '2025-09-30T23:00'],
      ['L-000102', '2025-10-31T12:00'],
      ['L-000103', '2025-11-01T00:00'],
      ['L-000104', '2026-11-20T09:00'],
    ]);
    h.emu.rt.resetCounters();
    const outcome = h.addon.call('runDailyJobs') as { error: string; detail: string };
    expect(outcome.error).toBe('');
    expect(outcome.detail).toContain('2 old audit rows removed');
    expect(h.emu.rt.calls.get('Sheet.deleteRows')).toBe(1);
    const ids = h.records('Audit Log').map((r) => r.ID);
    expect(ids.slice(0, 2)).toEqual(['L-000103', 'L-000104']);
  });

  it('deletes only the old rows it read, not rows a person sorted into their place meanwhile', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const log = sheet(h, 'Audit Log');
    typeLog(h, [
      ['L-000101', '2025-09-30T23:00'],
      ['L-000102', '2025-10-31T12:00'],
      ['L-000103', '2026-11-20T09:00'],
      ['L-000104', '2026-11-21T09:00'],
      ['L-000105', '2026-11-22T09:00'],
    ]);
    // Right after retention read the Time column (its sheet, header, last row and Time reads),
    // whatever its next call: the person sorts the log newest first.
    const READ = [
      'Spreadsheet.getSheetByName',
      'Sheet.getSheetValues',
      'Sheet.getLastRow',
      'Sheet.getSheetValues',
    ];
    const seen: string[] = [];
    h.emu.rt.hook = (method) => {
      const read = seen.slice(-4).join() === READ.join() && asPerson(h.emu.rt, () => log.getLastRow()) > 3;
      seen.push(method);
      if (!read) return;
      h.emu.rt.hook = undefined;
      asPerson(h.emu.rt, () =>
        log.getRange(2, 1, log.getLastRow() - 1, log.getLastColumn()).sort({ column: 2, ascending: false }),
      );
    };
    expect((h.addon.call('runDailyJobs') as { error: string }).error).toBe('');
    expect(h.emu.rt.hook).toBeUndefined();
    expect(h.records('Audit Log').map((r) => r.ID)).toEqual(
      expect.arrayContaining(['L-000103', 'L-000104', 'L-000105']),
    );
  });

  it('removes every row when all are older than the setting, though no empty row waits below them', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    typeLog(h, [
      ['L-000101', '2025-09-30T23:00'],
      ['L-000102', '2025-10-31T12:00'],
    ]);
    // A person deleted the empty rows (as the advice for a full spreadsheet has it).
    const log = sheet(h, 'Audit Log');
    log.deleteRows(4, log.getMaxRows() - 3);
    const outcome = h.addon.call('runDailyJobs') as { error: string; detail: string };
    expect(outcome.error).toBe('');
    expect(outcome.detail).toContain('2 old audit rows removed');
    expect(h.records('Audit Log')).toEqual([]);
  });

  it('never keeps less than 6 months, whatever the setting says', () => {
    const h = startAddon();
    const settings = h.values('Settings');
    const at = settings.findIndex((r) => r[0] === 'Keep audit log (months)') + 1;
    sheet(h, 'Settings').getRange(at, 2).setValue('3');
    const outcome = h.addon.call('runDailyJobs') as { error: string };
    expect(outcome.error).toContain(
      `Settings B${at} ("Keep audit log (months)") should be a whole number of months from 6`,
    );
  });
});

describe('Set up / repair and renamed headers', () => {
  it('offers to restore a renamed header and restores it when the person agrees', () => {
    const h = startAddon();
    const header = h.values('Tickets')[0]!;
    const at = header.indexOf('Subject') + 1;
    sheet(h, 'Tickets').getRange(1, at).setValue('Topic');
    h.emu.ui.answer('YES');
    h.addon.call('setupWorkbook');
    expect(JSON.stringify(h.emu.ui.alerts.at(-1))).toContain('\\"Topic\\" was \\"Subject\\"');
    expect(h.values('Tickets')[0]![at - 1]).toBe('Subject');
    expect(h.values('Tickets')[0]).toHaveLength(header.length);
  });

  it('keeps the new name when the person declines, and the column still works', () => {
    const h = startAddon();
    const header = h.values('Tickets')[0]!;
    const at = header.indexOf('Subject') + 1;
    sheet(h, 'Tickets').getRange(1, at).setValue('Topic');
    h.emu.ui.answer('NO');
    h.addon.call('setupWorkbook');
    expect(h.values('Tickets')[0]![at - 1]).toBe('Topic');
    expect(h.values('Tickets')[0]).toHaveLength(header.length);
  });

  it('finds a renamed column by its own binding alone: opening a record costs a few calls more, not one per column', () => {
    const h = startAddon();
    h.addon.serve('sidebarCreateCustomer', submit({ name: 'Acme', contact: 'Li Wei', industry: 'Retail' }));
    const open = () => {
      h.emu.rt.resetCounters();
      const record = h.addon.serve('sidebarGetRecord', 'Customers', 'C-0001') as {
        value: { industry: string };
      };
      return [record.value.industry, h.emu.rt.totalCalls()] as const;
    };
    const [, plain] = open();
    const at = h.values('Customers')[0]!.indexOf('Industry') + 1;
    sheet(h, 'Customers').getRange(1, at).setValue('Sector');
    const [industry, renamed] = open();
    expect(industry).toBe('Retail');
    expect(renamed - plain).toBeLessThanOrEqual(10);
  });
});

describe('Set up / repair and column bindings', () => {
  const bindings = (h: Harness, name: string) =>
    sheet(h, name)
      .createDeveloperMetadataFinder()
      .withKey('crm.column')
      .find()
      .map((md) => [md.getValue(), md.getLocation().getColumn()!.getColumn()] as const)
      .sort(([a], [b]) => String(a).localeCompare(String(b)));
  const repair = (h: Harness) => {
    h.emu.rt.resetCounters();
    h.addon.call('setupWorkbook');
    return h.emu.rt.calls.get('DeveloperMetadata.getValue') ?? 0;
  };

  it('reads no binding when every header is in place and each column has one', () => {
    const h = startAddon();
    expect(repair(h)).toBe(0);
  });

  it('binds again a column that lost its binding, and the column is then found when renamed', () => {
    const h = startAddon();
    const width = h.values('Tickets')[0]!.length;
    const at = h.values('Tickets')[0]!.indexOf('Subject') + 1;
    const subject = sheet(h, 'Tickets')
      .getRange(1, at, sheet(h, 'Tickets').getMaxRows(), 1)
      .createDeveloperMetadataFinder()
      .withKey('crm.column')
      .find();
    expect(subject).toHaveLength(1);
    subject[0]!.remove();
    expect(repair(h)).toBeGreaterThan(0);
    expect(bindings(h, 'Tickets').find(([key]) => key === 'subject')).toEqual(['subject', at]);
    sheet(h, 'Tickets').getRange(1, at).setValue('Topic');
    h.emu.ui.answer('NO');
    h.addon.call('setupWorkbook');
    expect(h.values('Tickets')[0]![at - 1]).toBe('Topic');
    // Found through its binding: no new, empty Subject column is added.
    expect(h.values('Tickets')[0]).toHaveLength(width);
  });

  /** Contact and Email headers swapped by hand: each column is now found by the other's header. */
  const swapContactAndEmail = (h: Harness) => {
    const header = h.values('Customers')[0]!;
    const contact = header.indexOf('Contact') + 1;
    const email = header.indexOf('Email') + 1;
    sheet(h, 'Customers').getRange(1, contact).setValue('Email');
    sheet(h, 'Customers').getRange(1, email).setValue('Contact');
    return { contact, email };
  };

  it('moves the bindings of swapped headers when it reads them, keeping one per column', () => {
    const h = startAddon();
    const { contact, email } = swapContactAndEmail(h);
    const before = bindings(h, 'Customers').length;
    // A binding gone too (its column deleted and typed again, say): the count tells, and all are read.
    const phone = h.values('Customers')[0]!.indexOf('Phone') + 1;
    sheet(h, 'Customers')
      .getRange(1, phone, sheet(h, 'Customers').getMaxRows(), 1)
      .createDeveloperMetadataFinder()
      .find()[0]!
      .remove();
    expect(repair(h)).toBeGreaterThan(0);
    const after = bindings(h, 'Customers');
    expect(after).toHaveLength(before);
    expect(after.find(([key]) => key === 'contact')).toEqual(['contact', email]);
    expect(after.find(([key]) => key === 'email')).toEqual(['email', contact]);
    expect(after.find(([key]) => key === 'phone')).toEqual(['phone', phone]);
    expect(repair(h)).toBe(0);
  });

  it("never takes a swapped header's old binding for a renamed column", () => {
    const h = startAddon();
    const { email } = swapContactAndEmail(h);
    h.addon.call('setupWorkbook');
    // The Contact header (over the old Email column) renamed: its binding still sits on the column
    // headed Email, which must not take the contact.
    sheet(h, 'Customers').getRange(1, email).setValue('Main contact');
    const saved = h.addon.serve(
      'sidebarCreateCustomer',
      submit({ name: 'Acme', contact: 'Li Wei', email: 'li@acme.example' }),
    ) as { ok: boolean; message: string };
    expect(saved).toMatchObject({ ok: false });
    expect(saved.message).toMatch(/no "Contact" column.*Set up \/ repair/);
    expect(h.values('Customers')).toHaveLength(1);
  });
});

describe('marking a survey sent', () => {
  function withSurvey() {
    const h = startAddon();
    h.addon.serve(
      'sidebarCreateCustomer',
      submit({ name: 'Acme <b>Ltd</b>', contact: 'Li Wei', email: 'li@acme.example', status: 'Won' }),
    );
    const header = h.values('Surveys')[0]!;
    const row = header.map((c) =>
      c === 'ID'
        ? 'S-00001'
        : c === 'Customer ID'
          ? 'C-0001'
          : c === 'Reason'
            ? 'Ad Hoc'
            : c === 'Status'
              ? 'Due'
              : '',
    );
    sheet(h, 'Surveys').getRange(2, 1, 1, header.length).setValues([row]);
    return h;
  }

  it('stamps Sent and, when chosen, emails the questions to the contact, escaped', () => {
    const h = withSurvey();
    const result = h.addon.serve('sidebarMarkSurveySent', submit({ id: 'S-00001', sendEmail: true })) as {
      ok: boolean;
    };
    expect(result.ok).toBe(true);
    const survey = h.records('Surveys')[0]!;
    expect(survey.Sent).toEqual(shanghai('2026-11-23T10:00'));
    expect(survey.Status).toBe('Sent');
    expect(h.emu.mail).toHaveLength(1);
    const mail = h.emu.mail[0]!;
    expect(JSON.stringify(mail)).toContain('li@acme.example');
    expect(JSON.stringify(mail)).toContain('Acme &lt;b&gt;Ltd&lt;/b&gt;');
    expect(JSON.stringify(mail)).toContain('How likely are you to recommend us?');
  });

  it('logs whom the survey was emailed to, and no email when it was only marked sent', () => {
    const logged = (h: Harness) =>
      h
        .records('Audit Log')
        .filter((r) => r['Record ID'] === 'S-00001')
        .map((r) => r.Changes);
    const emailed = withSurvey();
    emailed.addon.serve('sidebarMarkSurveySent', submit({ id: 'S-00001', sendEmail: true }));
    expect(logged(emailed)).toEqual([
      'sent: (empty) → 2026-11-23T10:00; status: Due → Sent; emailed to li@acme.example',
    ]);
    const marked = withSurvey();
    marked.addon.serve('sidebarMarkSurveySent', submit({ id: 'S-00001' }));
    expect(logged(marked)).toEqual(['sent: (empty) → 2026-11-23T10:00; status: Due → Sent']);
  });

  it('says the email went when marking the survey sent fails after it, so nobody emails it twice', () => {
    const h = withSurvey();
    let mailed = false;
    h.emu.rt.hook = (method) => {
      if (method === 'MailApp.sendEmail') mailed = true;
      else if (mailed && method === 'Range.setValues') {
        h.emu.rt.hook = undefined;
        throw new Error('Service Spreadsheets failed while accessing document');
      }
    };
    const result = h.addon.serve('sidebarMarkSurveySent', submit({ id: 'S-00001', sendEmail: true }));
    expect(result).toMatchObject({ ok: false, kind: 'partly' });
    expect((result as { message: string }).message).toMatch(
      /^The survey went by email to li@acme\.example, but S-00001 could not be marked sent \(.*\)\. Use "Mark sent" rather than "Email" to finish/,
    );
    expect(h.emu.mail).toHaveLength(1);
    expect(h.records('Surveys')[0]!.Status).toBe('Due');
  });

  it('refuses to send twice, and says so on the field', () => {
    const h = withSurvey();
    h.addon.serve('sidebarMarkSurveySent', submit({ id: 'S-00001' }));
    const again = h.addon.serve('sidebarMarkSurveySent', submit({ id: 'S-00001', sendEmail: true })) as {
      ok: boolean;
      fields: Record<string, string>;
    };
    expect(again.ok).toBe(false);
    expect(again.fields.id).toMatch(/already sent/);
    expect(h.emu.mail).toHaveLength(0);
  });
});

describe('a survey email signed in Settings', () => {
  it('closes with the name and leads the subject with it, so the customer knows who asks', () => {
    const h = startAddon();
    h.addon.call('setupWorkbook');
    const settings = h.emu.globals.SpreadsheetApp.getActive().getSheetByName('Settings')!;
    const row = h.values('Settings').findIndex((r) => r[0] === 'Survey emails signed') + 1;
    expect(row).toBeGreaterThan(1);
    settings.getRange(row, 2).setValue('Northwind <Service>');
    const customer = h.addon.serve(
      'sidebarCreateCustomer',
      submit({ name: 'Acme', contact: 'Li Wei', email: 'li@acme.example', status: 'Won' }),
    ) as { value: { id: string } };
    const survey = h.addon.serve(
      'sidebarScheduleSurvey',
      submit({ customerId: customer.value.id, reason: 'Ad Hoc' }),
    ) as { ok: boolean; value: { id: string } };
    expect(survey.ok).toBe(true);
    h.addon.serve('sidebarMarkSurveySent', submit({ id: survey.value.id, sendEmail: true }));
    const [mail] = h.emu.mail;
    expect(mail!.subject).toBe(`Northwind <Service>: a short survey (${survey.value.id}): how are we doing?`);
    expect(mail!.body.endsWith('Comments:\n\nThank you,\nNorthwind <Service>\n')).toBe(true);
    expect(mail!.htmlBody).toContain('<p>Thank you,<br>Northwind &lt;Service&gt;</p>');
  });
});
