/**
 * Duplicates and the merge (issue 8, part 4) on the built add-on in the emulator: the daily job
 * flags "Acme Ltd" and "ACME, Ltd." as possible duplicates; the sidebar's merge moves the
 * duplicate's tickets, interactions and surveys to the kept ID and changes no other cell, marks
 * the duplicate Merged Into the kept ID and logs every moved row. Now is 2026-11-23 10:00 Shanghai.
 */
import { describe, expect, it } from 'vitest';
import { asPerson } from '../../tools/emulator/person';
import { type Harness, shanghai, startAddon } from './harness';

let request = 0;
const submit = (record: unknown) => ({ requestId: `merge-${++request}`, record });

const ss = (h: Harness) => h.emu.globals.SpreadsheetApp.getActive();

function saved(h: Harness, fn: string, record: Record<string, unknown>): string {
  const result = h.addon.serve(fn, submit(record)) as { ok: boolean; value: { id: string } };
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  return result.value.id;
}

const customer = (h: Harness, name: string, extra: Record<string, unknown> = {}) =>
  saved(h, 'sidebarCreateCustomer', { name, contact: 'Li Wei', status: 'Won', tier: 'Regular', ...extra });

const ticket = (h: Harness, customerId: string, subject: string, type = 'Technical') =>
  saved(h, 'sidebarCreateTicket', { customerId, subject, type });

const interaction = (h: Harness, customerId: string, subject: string) =>
  saved(h, 'sidebarLogInteraction', {
    customerId,
    when: '2026-11-20T15:00',
    channel: 'Phone',
    kind: 'Care',
    subject,
    details: 'Walked through the new invoice layout; they will send the tax number by Friday.',
  });

/** A survey row typed into the sheet, as a person would schedule an ad hoc one. */
function survey(h: Harness, id: string, customerId: string): string {
  const sheet = ss(h).getSheetByName('Surveys')!;
  const header = h.values('Surveys')[0]!;
  const cells: Record<string, unknown> = {
    ID: id,
    'Customer ID': customerId,
    Reason: 'Ad Hoc',
    Due: shanghai('2026-11-30'),
    Status: 'Due',
  };
  sheet.appendRow(header.map((name) => cells[String(name)] ?? ''));
  return id;
}

function daily(h: Harness): void {
  const outcome = h.addon.call('runDailyJobs') as { error: string };
  expect(outcome.error).toBe('');
}

const merge = (h: Harness, keepId: string, mergeId: string) =>
  h.addon.serve('sidebarMergeCustomers', submit({ keepId, mergeId })) as {
    ok: boolean;
    kind?: string;
    value: { id: string; moved: number };
    fields?: Record<string, string>;
  };

/** Every sheet's values, number formats and notes. */
function fingerprint(h: Harness) {
  return Object.fromEntries(
    ss(h)
      .getSheets()
      .map((s) => {
        const range = s.getDataRange();
        return [
          s.getName(),
          { values: range.getValues(), formats: range.getNumberFormats(), notes: range.getNotes() },
        ];
      }),
  ) as Record<string, { values: unknown[][]; formats: string[][]; notes: string[][] }>;
}

const byId = (h: Harness, sheet: string) => new Map(h.records(sheet).map((r) => [String(r.ID), r]));

/** Acme Ltd (kept), ACME, Ltd. (its duplicate, with 3 tickets, 2 interactions, 1 survey) and Beta. */
function world() {
  const h = startAddon();
  const keep = customer(h, 'Acme Ltd', { email: 'it@acme.example' });
  const dupe = customer(h, 'ACME, Ltd.', { renewalIntent: 'No' });
  const beta = customer(h, 'Beta Co', { email: 'ops@beta.example' });
  const kept = [ticket(h, keep, 'Licence key lost'), ticket(h, beta, 'VPN drops at night')];
  const moving = [
    ticket(h, dupe, 'Printer jams on tray 2'),
    ticket(h, dupe, 'Invoice shows the old address', 'Complaint'),
    ticket(h, dupe, 'Export to Excel times out'),
  ];
  const talks = [interaction(h, dupe, 'Invoice layout'), interaction(h, dupe, 'Renewal call')];
  const other = interaction(h, keep, 'Kick-off');
  const surveys = [survey(h, 'S-00101', dupe), survey(h, 'S-00102', beta)];
  return { h, keep, dupe, beta, kept, moving, talks, other, surveys };
}

describe('possible duplicates', () => {
  it('flags "Acme Ltd" and "ACME, Ltd." as each other\'s duplicate, and nothing else', () => {
    const { h, keep, dupe, beta } = world();
    daily(h);
    const customers = byId(h, 'Customers');
    expect(customers.get(keep)!['Possible Duplicate']).toBe(`${dupe} (same name)`);
    expect(customers.get(dupe)!['Possible Duplicate']).toBe(`${keep} (same name)`);
    expect(customers.get(beta)!['Possible Duplicate']).toBe('');
  });
});

describe('merging a duplicate', () => {
  it("moves the duplicate's three tickets, interactions and surveys to the kept ID and changes no other cell", () => {
    const { h, keep, dupe, moving, talks, surveys } = world();
    daily(h);
    const before = fingerprint(h);
    h.emu.rt.resetCounters();
    const result = merge(h, keep, dupe);
    // The six records, and the open At Risk alert the daily run raised about the duplicate.
    expect(result).toMatchObject({ ok: true, value: { id: keep, moved: 7 } });
    // One write per table, whatever its number of records.
    expect(h.emu.rt.calls.get('RangeList.setValue')).toBe(4);
    const after = fingerprint(h);

    // What should have changed: one Customer ID cell per moved row, and Merged Into.
    const expected = structuredClone(before);
    const repoint = (sheet: string, ids: readonly string[], header: string, to: string) => {
      const grid = expected[sheet]!.values;
      const column = grid[0]!.indexOf(header);
      for (const id of ids) grid.find((r) => r[0] === id)![column] = to;
    };
    repoint('Tickets', moving, 'Customer ID', keep);
    repoint('Interactions', talks, 'Customer ID', keep);
    repoint('Surveys', [surveys[0]!], 'Customer ID', keep);
    const warnings = h.records('Alerts').filter((a) => a['Record ID'] === dupe);
    expect(warnings.map((a) => a.Kind)).toEqual(['At Risk']);
    repoint('Alerts', [String(warnings[0]!.ID)], 'Customer ID', keep);
    repoint('Customers', [dupe], 'Merged Into', keep);
    const { 'Audit Log': logBefore, ...rest } = expected;
    const { 'Audit Log': logAfter, ...restAfter } = after;
    expect(restAfter).toEqual(rest);
    expect(logAfter!.values.slice(0, logBefore!.values.length)).toEqual(logBefore!.values);

    const tickets = h.records('Tickets').filter((t) => t['Customer ID'] === keep);
    expect(tickets).toHaveLength(4);
    expect(h.records('Tickets').some((t) => t['Customer ID'] === dupe)).toBe(false);
    expect(byId(h, 'Customers').get(dupe)!['Merged Into']).toBe(keep);
    expect(h.records('Customers')).toHaveLength(3);
  });

  it("moves the duplicate's win-back too: it follows the customer it is about", () => {
    const { h, keep, dupe } = world();
    const winBack = saved(h, 'sidebarStartWinBack', {
      customerId: dupe,
      cause: 'Budget',
      measures: 'Offer 10% off the renewal',
    });
    expect(merge(h, keep, dupe)).toMatchObject({ ok: true, value: { id: keep, moved: 7 } });
    expect(byId(h, 'Win-backs').get(winBack)!['Customer ID']).toBe(keep);
    expect(h.records('Audit Log').some((r) => r['Record ID'] === winBack && r.Action === 'merge')).toBe(true);
  });

  it('logs each moved row, and the merged record, in the Audit Log, once', () => {
    const { h, keep, dupe, moving, talks, surveys } = world();
    const start = h.records('Audit Log').length;
    merge(h, keep, dupe);
    const log = h.records('Audit Log').slice(start);
    expect(log.map((r) => [r.Action, r.Table, r['Record ID'], r.Changes])).toEqual([
      ...moving.map((id) => ['merge', 'Tickets', id, `customerId: ${dupe} → ${keep}`]),
      ...talks.map((id) => ['merge', 'Interactions', id, `customerId: ${dupe} → ${keep}`]),
      ['merge', 'Surveys', surveys[0], `customerId: ${dupe} → ${keep}`],
      ['merge', 'Customers', dupe, `mergedInto: (empty) → ${keep}`],
    ]);
    expect(log.every((r) => r.User === 'agent@example.com')).toBe(true);
    expect(merge(h, keep, dupe)).toMatchObject({ ok: true, value: { moved: 0 } });
    expect(h.records('Audit Log').slice(start)).toHaveLength(log.length);
  });

  it('refuses to merge a customer into itself, and changes nothing', () => {
    const { h, keep } = world();
    const before = fingerprint(h);
    const result = merge(h, keep, keep);
    expect(result).toMatchObject({ ok: false, kind: 'invalid' });
    expect(result.fields).toEqual({ mergeId: 'Choose two different customers.' });
    expect(fingerprint(h)).toEqual(before);
  });

  it('refuses to keep a record that was itself merged away', () => {
    const { h, keep, dupe, beta } = world();
    merge(h, keep, dupe);
    const before = fingerprint(h);
    const result = merge(h, dupe, beta);
    expect(result).toMatchObject({ ok: false, kind: 'invalid' });
    expect(result.fields!.keepId).toBe(`${dupe} was merged into ${keep}: keep ${keep} instead.`);
    expect(fingerprint(h)).toEqual(before);
  });

  it('moves the right records when a person sorts Interactions while the merge runs', () => {
    const { h, keep, dupe, beta, talks, other } = world();
    const betas = interaction(h, beta, 'Invoice question');
    h.emu.rt.hook = (method) => {
      if (method !== 'Range.getNumberFormats') return;
      h.emu.rt.hook = undefined;
      asPerson(h.emu.rt, () => {
        const sheet = ss(h).getSheetByName('Interactions')!;
        const subject = h.values('Interactions')[0]!.indexOf('Subject') + 1;
        sheet
          .getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn())
          .sort({ column: subject, ascending: true });
      });
    };
    expect(merge(h, keep, dupe)).toMatchObject({ ok: true, value: { moved: 6 } });
    expect(h.emu.rt.hook).toBeUndefined();
    const owners = byId(h, 'Interactions');
    expect([...talks, other, betas].map((id) => owners.get(id)!['Customer ID'])).toEqual([
      keep,
      keep,
      keep,
      beta,
    ]);
  });

  it('says how many records moved when a merge fails partway, logs them, and a second merge finishes', () => {
    const { h, keep, dupe } = world();
    let writes = 0;
    h.emu.rt.hook = (method) => {
      // The second table's write (Interactions), after Tickets' three records moved.
      if (method !== 'RangeList.setValue' || ++writes < 2) return;
      h.emu.rt.hook = undefined;
      throw new Error('Service Spreadsheets failed while accessing document');
    };
    const first = merge(h, keep, dupe) as unknown as { ok: boolean; message: string };
    expect(first.ok).toBe(false);
    expect(first.message).toBe(
      `3 of 6 records moved from ${dupe} to ${keep} before something went wrong (Service Spreadsheets failed while accessing document). They are in the Audit Log. Choose Merge again to go on.`,
    );
    const logged = () => h.records('Audit Log').filter((r) => r.Action === 'merge').length;
    expect(logged()).toBe(3);
    // Finished into another customer, its records would end up split between two.
    const beta = h.records('Customers').find((c) => c.Name === 'Beta Co')!.ID as string;
    expect(merge(h, beta, dupe)).toMatchObject({
      ok: false,
      fields: {
        mergeId: `The merge of ${dupe} into ${keep} stopped part way (3 records moved): merge ${dupe} into ${keep} again to finish it first, or its records end up split between two customers.`,
      },
    });
    expect(logged()).toBe(3);
    expect(merge(h, keep, dupe)).toMatchObject({ ok: true, value: { moved: 3 } });
    // Finished, the pair is free again: the next merge is refused only as any merged record's is.
    expect(merge(h, beta, dupe).fields?.mergeId).toMatch(/^C-\d+ was merged into/);
    expect(logged()).toBe(7);
    expect(h.records('Tickets').some((t) => t['Customer ID'] === dupe)).toBe(false);
    expect(byId(h, 'Customers').get(dupe)!['Merged Into']).toBe(keep);
  });

  /** A person inserts a row above the first moving ticket and types a ticket of Beta's there. */
  function typeTicketAbove(h: Harness, first: string, beta: string) {
    const tickets = ss(h).getSheetByName('Tickets')!;
    const header = h.values('Tickets')[0]!.map(String);
    asPerson(h.emu.rt, () => {
      const row =
        tickets
          .getRange('A:A')
          .getValues()
          .findIndex(([id]) => id === first) + 1;
      tickets.insertRowsBefore(row, 1);
      const typed: Record<string, string> = { ID: 'T-09999', 'Customer ID': beta, Subject: 'Typed' };
      tickets.getRange(row, 1, 1, header.length).setValues([header.map((name) => typed[name] ?? '')]);
    });
  }

  const loggedAsMistake = (h: Harness) =>
    h
      .records('Audit Log')
      .filter((r) => r['Record ID'] === 'T-09999')
      .map((r) => r.Action);

  it('names a ticket typed in under its write when a merge stops partway, and puts back the others', () => {
    const { h, keep, dupe, beta, moving } = world();
    let writes = 0;
    h.emu.rt.hook = (method) => {
      if (method !== 'RangeList.setValue') return;
      // Just before the Tickets write.
      if (++writes === 1) return typeTicketAbove(h, moving[0]!, beta);
      h.emu.rt.hook = undefined;
      throw new Error('Service Spreadsheets failed while accessing document');
    };
    const answer = merge(h, keep, dupe) as unknown as { ok: boolean; kind: string; message: string };
    expect(answer).toMatchObject({ ok: false, kind: 'partly' });
    expect(answer.message).toContain(
      `3 of 6 records moved from ${dupe} to ${keep} before something went wrong`,
    );
    const tickets2 = byId(h, 'Tickets');
    expect(moving.map((id) => tickets2.get(id)!['Customer ID'])).toEqual([keep, keep, keep]);
    // The typed ticket sat on the first moving ticket's row when the write came: the merge never
    // read what it held, so it is named for a person to check, in the answer and the Audit Log.
    expect(answer.message).toContain('T-09999 may now show');
    expect(loggedAsMistake(h)).toEqual(['update by mistake']);
  });

  it('logs a record it set back after a sort put it under its write, as it logs every cell it writes', () => {
    const { h, keep, dupe, beta, kept } = world();
    const tickets = ss(h).getSheetByName('Tickets')!;
    const subject = h.values('Tickets')[0]!.indexOf('Subject') + 1;
    h.emu.rt.hook = (method) => {
      if (method !== 'RangeList.setValue') return;
      h.emu.rt.hook = undefined;
      // Just before the Tickets write a person sorts by Subject: Beta's "VPN drops at night" comes
      // to sit where a ticket to move sat.
      asPerson(h.emu.rt, () =>
        tickets.getRange(2, 1, tickets.getLastRow() - 1, tickets.getLastColumn()).sort(subject),
      );
    };
    const start = h.records('Audit Log').length;
    const answer = merge(h, keep, dupe) as unknown as { message?: string };
    expect(answer.message).toContain(`${kept[1]} got ${keep} by mistake as rows moved, and was set back`);
    expect(byId(h, 'Tickets').get(kept[1]!)!['Customer ID']).toBe(beta);
    const logged = h
      .records('Audit Log')
      .slice(start)
      .filter((r) => r['Record ID'] === kept[1])
      .map((r) => [r.Action, r.Table, r.Changes]);
    expect(logged).toEqual([['set back', 'Tickets', `customerId: ${keep} → ${beta}`]]);
  });

  it('logs a ticket typed in under its write as "update by mistake" when the merge goes through', () => {
    const { h, keep, dupe, beta, moving } = world();
    h.emu.rt.hook = (method) => {
      if (method !== 'RangeList.setValue') return;
      h.emu.rt.hook = undefined;
      typeTicketAbove(h, moving[0]!, beta);
    };
    const answer = merge(h, keep, dupe) as unknown as { message?: string };
    expect(byId(h, 'Tickets').get('T-09999')!['Customer ID']).toBe(keep);
    expect(answer.message).toContain('T-09999 may now show');
    expect(loggedAsMistake(h)).toEqual(['update by mistake']);
  });

  it("moves at most 300 records per merge, so it ends well inside Apps Script's time limit, and a second merge goes on", () => {
    const { h, keep, dupe } = world();
    const sheet = ss(h).getSheetByName('Surveys')!;
    const header = h.values('Surveys')[0]!.map(String);
    const rows = Array.from({ length: 300 }, (_, i) =>
      header.map(
        (name) => ({ ID: `S-${9000 + i}`, 'Customer ID': dupe, Reason: 'Ad Hoc', Status: 'Due' })[name] ?? '',
      ),
    );
    asPerson(h.emu.rt, () =>
      sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, header.length).setValues(rows),
    );
    const first = merge(h, keep, dupe) as unknown as { ok: boolean; message: string };
    expect(first).toEqual({
      ok: false,
      kind: 'partly',
      message: `300 of 306 records moved from ${dupe} to ${keep}; a merge moves at most 300 records at a time. They are in the Audit Log. Choose Merge again to go on.`,
    });
    expect(byId(h, 'Customers').get(dupe)!['Merged Into']).toBe('');
    expect(merge(h, keep, dupe)).toMatchObject({ ok: true, value: { moved: 6 } });
    const linked = ['Tickets', 'Interactions', 'Surveys'].flatMap((name) => h.records(name));
    expect(linked.filter((r) => r['Customer ID'] === dupe)).toEqual([]);
    expect(h.records('Audit Log').filter((r) => r.Action === 'merge')).toHaveLength(307);
  });

  it('no longer flags or scores the merged record; the kept one is scored on what moved', () => {
    const { h, keep, dupe } = world();
    daily(h);
    const risky = byId(h, 'Customers').get(dupe)!;
    // Before the merge the duplicate is scored (renewal intent No, a complaint, 3 open tickets) and at risk.
    expect(risky['Health Score']).toBeLessThanOrEqual(60);
    const atRisk = (id: string) =>
      h.records('Alerts').filter((a) => a.Kind === 'At Risk' && a['Customer ID'] === id);
    expect(atRisk(dupe)).toHaveLength(1);

    merge(h, keep, dupe);
    h.emu.rt.clock.set(shanghai('2026-11-24T10:00'));
    daily(h);
    const customers = byId(h, 'Customers');
    expect(customers.get(keep)!['Possible Duplicate']).toBe('');
    expect(customers.get(dupe)).toMatchObject({
      'Possible Duplicate': '',
      'Health Score': '',
      'Risk Level': '',
      'Risk Reasons': `merged into ${keep}: not scored`,
      'Merged Into': keep,
    });
    expect(customers.get(keep)!['Health Score']).not.toBe('');
    // Its open warning moved to the kept customer, which the run scored afresh (not at risk).
    expect(atRisk(dupe)).toHaveLength(0);
    expect(atRisk(keep).map((a) => a['Record ID'])).toEqual([dupe]);
  });
});

describe("the merged customer's alerts", () => {
  /** An alert row as the daily job writes it, typed in so its Status can be chosen. */
  function alertRow(h: Harness, cells: Record<string, unknown>): void {
    const sheet = ss(h).getSheetByName('Alerts')!;
    const header = h.values('Alerts')[0]!.map(String);
    asPerson(h.emu.rt, () => sheet.appendRow(header.map((name) => cells[name] ?? '')));
  }

  it("hands its alerts about the customer to the kept customer's owner; a ticket's or win-back's stay with theirs", () => {
    const h = startAddon();
    const keep = customer(h, 'Acme Ltd', { owner: 'amy@example.com' });
    const dupe = customer(h, 'ACME, Ltd.', { owner: 'bob@example.com' });
    const printer = ticket(h, dupe, 'Printer jams on tray 2');
    const winBack = saved(h, 'sidebarStartWinBack', {
      customerId: dupe,
      cause: 'Budget',
      measures: 'Offer 10% off the renewal',
    });
    const asked = survey(h, 'S-00101', dupe);
    const raised = (id: string, kind: string, recordId: string, owner: string) =>
      alertRow(h, {
        ID: id,
        Kind: kind,
        'Record ID': recordId,
        'Customer ID': dupe,
        Owner: owner,
        Status: 'Open',
        Key: id,
      });
    raised('A-09001', 'At Risk', dupe, 'bob@example.com');
    raised('A-09002', 'Follow-up Overdue', dupe, 'bob@example.com');
    raised('A-09003', 'Survey Reminder', asked, 'bob@example.com');
    raised('A-09004', 'SLA Breach', printer, 'bob@example.com');
    raised('A-09005', 'Follow-up Overdue', winBack, 'bob@example.com');
    const start = h.records('Audit Log').length;
    expect(merge(h, keep, dupe)).toMatchObject({ ok: true, value: { id: keep } });
    const owners = h.records('Alerts').map((a) => [a.ID, a['Customer ID'], a.Owner]);
    expect(owners).toEqual([
      ['A-09001', keep, 'amy@example.com'],
      ['A-09002', keep, 'amy@example.com'],
      ['A-09003', keep, 'amy@example.com'],
      ['A-09004', keep, 'bob@example.com'],
      ['A-09005', keep, 'bob@example.com'],
    ]);
    const logged = h
      .records('Audit Log')
      .slice(start)
      .filter((r) => r.Table === 'Alerts' && String(r.Changes).startsWith('owner'))
      .map((r) => [r['Record ID'], r.Changes]);
    expect(logged).toEqual(
      ['A-09001', 'A-09002', 'A-09003'].map((id) => [id, 'owner: bob@example.com → amy@example.com']),
    );
  });

  /** A person types `owner` into the Owner of alert `id`. */
  function reassign(h: Harness, id: string, owner: string): void {
    const sheet = ss(h).getSheetByName('Alerts')!;
    const [header, ...rows] = h.values('Alerts');
    const row = rows.findIndex((r) => r[0] === id) + 2;
    asPerson(h.emu.rt, () => sheet.getRange(row, header!.indexOf('Owner') + 1).setValue(owner));
  }

  it('finishing a merge that stopped before the owner write hands the moved alerts over; an owner a person typed stays', () => {
    const h = startAddon();
    const keep = customer(h, 'Acme Ltd', { owner: 'amy@example.com' });
    const dupe = customer(h, 'ACME, Ltd.', { owner: 'bob@example.com' });
    survey(h, 'S-00101', dupe);
    const raised = (id: string, kind: string, about: string) =>
      alertRow(h, {
        ID: id,
        Kind: kind,
        'Record ID': about,
        'Customer ID': about,
        Owner: 'bob@example.com',
        Status: 'Open',
        Key: id,
      });
    raised('A-09001', 'At Risk', dupe);
    raised('A-09002', 'Follow-up Overdue', dupe);
    raised('A-09003', 'At Risk', dupe);
    // The kept customer's own, from when Bob looked after it: not the merge's to hand over.
    raised('A-09004', 'At Risk', keep);
    let writes = 0;
    h.emu.rt.hook = (method) => {
      // Surveys' write, Alerts' Customer ID write, then the owner write fails.
      if (method !== 'RangeList.setValue' || ++writes < 3) return;
      h.emu.rt.hook = undefined;
      throw new Error('Service Spreadsheets failed while accessing document');
    };
    expect(merge(h, keep, dupe)).toMatchObject({ ok: false, kind: 'partly' });
    const owners = () => h.records('Alerts').map((a) => [a.ID, a['Customer ID'], a.Owner]);
    expect(owners()).toEqual([
      ['A-09001', keep, 'bob@example.com'],
      ['A-09002', keep, 'bob@example.com'],
      ['A-09003', keep, 'bob@example.com'],
      ['A-09004', keep, 'bob@example.com'],
    ]);
    // Meanwhile a person gives one to Carol: their choice, which finishing the merge keeps.
    reassign(h, 'A-09003', 'carol@example.com');
    const start = h.records('Audit Log').length;
    expect(merge(h, keep, dupe)).toMatchObject({ ok: true, value: { id: keep, moved: 0 } });
    expect(owners()).toEqual([
      ['A-09001', keep, 'amy@example.com'],
      ['A-09002', keep, 'amy@example.com'],
      ['A-09003', keep, 'carol@example.com'],
      ['A-09004', keep, 'bob@example.com'],
    ]);
    const logged = h
      .records('Audit Log')
      .slice(start)
      .filter((r) => r.Table === 'Alerts')
      .map((r) => [r['Record ID'], r.Changes]);
    expect(logged).toEqual(
      ['A-09001', 'A-09002'].map((id) => [id, 'owner: bob@example.com → amy@example.com']),
    );
    // Once the merge is finished, an owner typed on its alerts stays, whatever merge is run again.
    reassign(h, 'A-09001', 'bob@example.com');
    expect(merge(h, keep, dupe)).toMatchObject({ ok: true });
    expect(owners()[0]).toEqual(['A-09001', keep, 'bob@example.com']);
  });

  it('moves its open alerts to the kept customer, logged, and leaves the done ones as history', () => {
    const { h, keep, dupe, moving } = world();
    daily(h);
    // The daily run warned about the duplicate (renewal intent No, a complaint, 3 open tickets).
    const warning = h.records('Alerts').find((a) => a.Kind === 'At Risk' && a['Customer ID'] === dupe)!;
    expect(warning['Record ID']).toBe(dupe);
    alertRow(h, {
      ID: 'A-09001',
      Kind: 'SLA Breach',
      'Record ID': moving[0],
      'Customer ID': dupe,
      Message: 'Ticket missed its first response.',
      Status: 'Open',
      Key: 'typed-1',
    });
    alertRow(h, {
      ID: 'A-09002',
      Kind: 'Follow-up Overdue',
      'Record ID': dupe,
      'Customer ID': dupe,
      Message: 'Follow-up was due last week.',
      Status: 'Done',
      Key: 'typed-2',
    });
    const start = h.records('Audit Log').length;
    expect(merge(h, keep, dupe)).toMatchObject({ ok: true, value: { id: keep, moved: 8 } });
    const alerts = byId(h, 'Alerts');
    // Its Record ID still names the record it was raised on.
    expect(alerts.get(String(warning.ID))).toMatchObject({ 'Record ID': dupe, 'Customer ID': keep });
    expect(alerts.get('A-09001')).toMatchObject({ 'Record ID': moving[0], 'Customer ID': keep });
    expect(alerts.get('A-09002')).toMatchObject({ 'Record ID': dupe, 'Customer ID': dupe });
    const logged = h
      .records('Audit Log')
      .slice(start)
      .filter((r) => r.Table === 'Alerts')
      .map((r) => [r.Action, r['Record ID'], r.Changes]);
    expect(logged).toEqual([
      ['merge', warning.ID, `customerId: ${dupe} → ${keep}`],
      ['merge', 'A-09001', `customerId: ${dupe} → ${keep}`],
    ]);
  });
});
