/**
 * Issue 8 (follow-ups, specific records, duplicates), on the built add-on in the emulator: the
 * spreadsheet in Asia/Shanghai, default settings (first call-back 24 h after Created; cadence VIP
 * and Key 30 days, Regular 91; Due Soon within 2 days).
 *
 * The sidebar's merge of duplicates is tested in merge.test.ts, and what the daily job does with a
 * merged record in merged-records.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { asPerson } from '../../tools/emulator/person';
import {
  alerts,
  at,
  customer,
  daily,
  instant,
  interaction,
  record,
  serve,
  setSetting,
  submit,
  ticket,
  typeRows,
  updateTicket,
} from './daily-fixtures';
import { type Harness, shanghai, startAddon } from './harness';

const NOW = '2026-11-23T10:00';

describe('follow-up plan', () => {
  it('makes a Potential customer created yesterday 10:00 with no interaction Overdue for call-back', () => {
    const h = startAddon({ now: '2026-11-22T10:00' });
    const id = customer(
      h,
      { name: 'Acme', status: 'Potential', owner: 'amy@example.com' },
      '2026-11-22T10:00',
    );
    // The call-back is due 24 hours after Created: Monday 10:00. A minute before, it is Due Soon.
    daily(h, '2026-11-23T09:59');
    let c = record(h, 'Customers', id);
    expect(instant(c['Next Follow-up'])).toBe(shanghai('2026-11-23T10:00').getTime());
    expect(c['Follow-up Status']).toBe('Due Soon');
    expect(c['Last Contact']).toBe('');
    daily(h, '2026-11-23T10:01');
    c = record(h, 'Customers', id);
    expect(instant(c['Next Follow-up'])).toBe(shanghai('2026-11-23T10:00').getTime());
    expect(c['Follow-up Status']).toBe('Overdue');
    const [alert] = alerts(h, 'Follow-up Overdue', id);
    expect(alert?.Owner).toBe('amy@example.com');
    expect(alert?.Message).toContain('2026-11-23 10:00');
  });

  it('counts a call logged for the minute the customer was created as the call-back', () => {
    const h = startAddon({ now: '2026-11-22T10:00' });
    // Created is stamped to the second; the interaction's When is typed to the minute.
    h.emu.rt.clock.set(new Date(shanghai('2026-11-22T10:00').getTime() + 42_000));
    const id = customer(h, { name: 'Acme', status: 'Potential', owner: 'amy@example.com' });
    interaction(h, id, '2026-11-22T10:00');
    daily(h, '2026-11-23T10:01');
    expect(record(h, 'Customers', id)['Follow-up Status']).toBe('OK');
    expect(alerts(h, 'Follow-up Overdue', id)).toEqual([]);
  });

  it('makes a VIP last contacted 40 days ago Overdue and a Regular one OK', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const vip = customer(
      h,
      { name: 'Bigco', status: 'Won', tier: 'VIP', owner: 'amy@example.com' },
      '2026-01-05T10:00',
    );
    const regular = customer(
      h,
      { name: 'Smallco', status: 'Won', tier: 'Regular', owner: 'bo@example.com' },
      '2026-01-05T10:00',
    );
    // 40 days before Monday 2026-11-23 10:00.
    interaction(h, vip, '2026-10-14T10:00');
    interaction(h, regular, '2026-10-14T10:00');
    daily(h, '2026-11-23T10:00');
    const v = record(h, 'Customers', vip);
    expect(instant(v['Last Contact'])).toBe(shanghai('2026-10-14T10:00').getTime());
    // Last contact + 30 days.
    expect(instant(v['Next Follow-up'])).toBe(shanghai('2026-11-13T10:00').getTime());
    expect(v['Follow-up Status']).toBe('Overdue');
    const r = record(h, 'Customers', regular);
    // Last contact + 91 days.
    expect(instant(r['Next Follow-up'])).toBe(shanghai('2027-01-13T10:00').getTime());
    expect(r['Follow-up Status']).toBe('OK');
  });

  it("pairs each interaction with its own next action when a person sorts Interactions between two of the job's reads", () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const make = (name: string) =>
      customer(h, { name, status: 'Won', tier: 'Regular', owner: 'amy@example.com' }, '2026-01-05T10:00');
    const [a, b] = [make('Acme'), make('Bigco')];
    interaction(h, a!, '2026-11-02T10:00', { nextAction: 'Send the quote', nextActionDue: '2026-11-30' });
    interaction(h, b!, '2026-11-09T10:00', { nextAction: 'Book the training', nextActionDue: '2026-12-04' });
    // The person sorts newest first right after the job's first read of Interactions' columns.
    const interactions = h.emu.globals.SpreadsheetApp.getActive().getSheetByName('Interactions')!;
    let sheets = 0;
    let reads = 0;
    h.emu.rt.hook = (method) => {
      if (method === 'Spreadsheet.getSheetByName') sheets++;
      // Settings, Customers, then Interactions: its header row, then its first run of columns.
      if (sheets === 3 && method === 'Sheet.getSheetValues' && ++reads === 3) {
        h.emu.rt.hook = undefined;
        asPerson(h.emu.rt, () =>
          interactions.getRange(2, 1, 2, interactions.getLastColumn()).sort({ column: 3, ascending: false }),
        );
      }
    };
    daily(h, '2026-11-23T10:00');
    expect(h.emu.rt.hook).toBeUndefined();
    expect(h.values('Interactions')[1]![1]).toBe(b);
    expect(instant(record(h, 'Customers', a!)['Next Follow-up'])).toBe(
      shanghai('2026-11-30T00:00').getTime(),
    );
    expect(instant(record(h, 'Customers', b!)['Next Follow-up'])).toBe(
      shanghai('2026-12-04T00:00').getTime(),
    );
  });

  it('counts an interaction a person typed into the sheet without an ID', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const id = customer(
      h,
      { name: 'Acme', status: 'Won', tier: 'VIP', owner: 'amy@example.com' },
      '2026-01-05T10:00',
    );
    typeRows(h, 'Interactions', [
      {
        'Customer ID': id,
        When: shanghai('2026-11-20T15:00'),
        Channel: 'Phone',
        Kind: 'Care',
        Subject: 'Check-in',
      },
    ]);
    daily(h, '2026-11-23T10:00');
    expect(instant(record(h, 'Customers', id)['Last Contact'])).toBe(shanghai('2026-11-20T15:00').getTime());
  });

  it('asks for a check-back 48 hours after a ticket is resolved, alerts when it is missed, and is done by an interaction', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const id = customer(
      h,
      { name: 'Bigco', status: 'Won', tier: 'Key', owner: 'amy@example.com' },
      '2026-11-02T10:00',
    );
    interaction(h, id, '2026-11-19T10:00');
    at(h, '2026-11-20T09:00');
    const t = ticket(h, { customerId: id, level: 'Regular' });
    at(h, '2026-11-20T15:00');
    updateTicket(h, { id: t, status: 'Resolved', solution: 'Replaced the roller' });
    daily(h, '2026-11-22T14:00');
    let c = record(h, 'Customers', id);
    expect(instant(c['Next Follow-up'])).toBe(shanghai('2026-11-22T15:00').getTime());
    expect(c['Follow-up Status']).toBe('Due Soon');
    daily(h, '2026-11-23T10:00');
    expect(record(h, 'Customers', id)['Follow-up Status']).toBe('Overdue');
    const [alert] = alerts(h, 'Follow-up Overdue', id);
    expect(alert?.Message).toBe(
      `Follow-up with Bigco was due 2026-11-22 15:00: check-back after ticket ${t} was resolved (2026-11-20 15:00).`,
    );
    interaction(h, id, '2026-11-23T11:00');
    daily(h, '2026-11-23T12:00');
    c = record(h, 'Customers', id);
    // Key cadence: 30 days after the check-back call.
    expect(instant(c['Next Follow-up'])).toBe(shanghai('2026-12-23T11:00').getTime());
    expect(c['Follow-up Status']).toBe('OK');
  });

  it('raises one Follow-up Overdue alert for the owner across runs, escalated to the Sales supervisor', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    setSetting(h, 'Supervisor: Sales', 'sales.lead@example.com');
    const vip = customer(
      h,
      { name: 'Bigco', status: 'Won', tier: 'VIP', owner: 'amy@example.com' },
      '2026-01-05T10:00',
    );
    const regular = customer(h, { name: 'Smallco', status: 'Won', tier: 'Regular' }, '2026-01-05T10:00');
    interaction(h, vip, '2026-10-14T10:00');
    interaction(h, regular, '2026-10-14T10:00');
    daily(h, '2026-11-23T10:00');
    daily(h, '2026-11-23T16:00');
    daily(h, '2026-11-24T10:00');
    daily(h, '2026-11-25T10:00');
    // Its owner's at-risk analysis, missed too, is escalated with the same kind (health.test.ts).
    const followUps = (id?: string) =>
      alerts(h, 'Follow-up Overdue', id).filter((a) => String(a.Message).startsWith('Follow-up with'));
    const raised = followUps(vip);
    expect(raised).toHaveLength(1);
    expect(raised[0]!.Owner).toBe('amy@example.com');
    expect(raised[0]!['Escalated To']).toBe('sales.lead@example.com');
    expect(instant(raised[0]!.Raised)).toBe(shanghai('2026-11-23T10:00').getTime());
    expect(followUps()).toHaveLength(1);
  });
});

describe('one missed follow-up, one alert', () => {
  const followUps = (h: Harness, id: string) =>
    alerts(h, 'Follow-up Overdue', id).filter((a) => String(a.Message).startsWith('Follow-up with'));
  const overdueRegular = () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const id = customer(
      h,
      { name: 'Smallco', status: 'Won', tier: 'Regular', owner: 'amy@example.com' },
      '2026-01-05T10:00',
    );
    interaction(h, id, '2026-06-01T10:00');
    daily(h, '2026-11-23T10:00');
    expect(followUps(h, id)).toHaveLength(1);
    return { h, id };
  };

  it('is not raised again when the customer moves from Regular to VIP while still not contacted', () => {
    const { h, id } = overdueRegular();
    expect(serve(h, 'sidebarUpdateCustomer', { id, tier: 'VIP' }).ok).toBe(true);
    daily(h, '2026-11-24T10:00');
    expect(record(h, 'Customers', id)['Follow-up Status']).toBe('Overdue');
    expect(followUps(h, id)).toHaveLength(1);
  });

  it('is not raised again for every overdue customer when a manager changes the cadence setting', () => {
    const { h, id } = overdueRegular();
    setSetting(h, 'Follow-up cadence Regular (days)', '90');
    daily(h, '2026-11-24T10:00');
    expect(followUps(h, id)).toHaveLength(1);
  });

  it('is not raised again over one an earlier version raised, whose key named the due time', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const id = customer(
      h,
      { name: 'Smallco', status: 'Won', tier: 'Regular', owner: 'amy@example.com' },
      '2026-01-05T10:00',
    );
    interaction(h, id, '2026-06-01T10:00');
    const due = shanghai('2026-08-31T10:00');
    typeRows(h, 'Alerts', [
      {
        ID: 'A-000001',
        Raised: shanghai('2026-11-22T10:00'),
        Kind: 'Follow-up Overdue',
        'Record ID': id,
        'Customer ID': id,
        Message:
          'Follow-up with Smallco was due 2026-08-31 10:00: Regular cadence 91 days (last contact 2026-06-01 10:00).',
        Owner: 'amy@example.com',
        Due: due,
        Status: 'Open',
        Mailed: shanghai('2026-11-22T10:00'),
        Key: `follow-up:${id}:${due.getTime()}`,
      },
    ]);
    daily(h, '2026-11-23T10:00');
    expect(followUps(h, id).map((a) => a.ID)).toEqual(['A-000001']);
  });

  it('is raised anew for the next miss after the customer was contacted', () => {
    const { h, id } = overdueRegular();
    const [first] = followUps(h, id);
    interaction(h, id, '2026-11-23T15:00');
    daily(h, '2027-02-23T10:00');
    // The touch settled the first (Done), and 90 days on it moved to the archive.
    expect(h.records('Alerts Archive').map((a) => [a.ID, a.Status])).toEqual([[first!.ID, 'Done']]);
    expect(followUps(h, id).map((a) => a.Message)).toEqual([
      'Follow-up with Smallco was due 2027-02-22 15:00: Regular cadence 91 days (last contact 2026-11-23 15:00).',
    ]);
  });
});

describe('specific records', () => {
  it('refuses an interaction whose details say only "contacted", with a message on details, and writes nothing', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const id = customer(h, { name: 'Acme' });
    const interactionsBefore = h.values('Interactions');
    const auditBefore = h.values('Audit Log');
    const result = h.addon.serve(
      'sidebarLogInteraction',
      submit({
        customerId: id,
        when: '2026-11-23T09:30',
        channel: 'Phone',
        kind: 'Care',
        subject: 'Check-in',
        details: 'contacted',
      }),
    ) as { ok: boolean; kind: string; fields: Record<string, string> };
    expect(result.ok).toBe(false);
    expect(result.kind).toBe('invalid');
    expect(Object.keys(result.fields)).toEqual(['details']);
    expect(result.fields.details).toMatch(/what was discussed and agreed/);
    expect(h.values('Interactions')).toEqual(interactionsBefore);
    expect(h.values('Interactions')).toHaveLength(1);
    expect(h.values('Audit Log')).toEqual(auditBefore);
  });

  it('accepts the same interaction once it says what was agreed', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const id = customer(h, { name: 'Acme' });
    const result = h.addon.serve(
      'sidebarLogInteraction',
      submit({
        customerId: id,
        when: '2026-11-23T09:30',
        channel: 'Phone',
        kind: 'Care',
        subject: 'Check-in',
        details: 'Contacted Li Wei about the renewal; demo booked for Friday.',
      }),
    );
    expect(result).toMatchObject({ ok: true });
    expect(h.records('Interactions')).toHaveLength(1);
  });
});

describe('duplicates', () => {
  it('flags "Acme Ltd" and "ACME, Ltd." as possible duplicates of each other, and nothing else', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const a = customer(h, { name: 'Acme Ltd', email: 'li@acme.example', phone: '021 5555 0101' });
    const b = customer(h, { name: 'ACME, Ltd.', email: 'wang@acme-sh.example', phone: '021 5555 0202' });
    const other = customer(h, { name: 'Acme Tools Ltd', email: 'sales@acmetools.example' });
    daily(h, '2026-11-23T10:00');
    expect(record(h, 'Customers', a)['Possible Duplicate']).toBe(`${b} (same name)`);
    expect(record(h, 'Customers', b)['Possible Duplicate']).toBe(`${a} (same name)`);
    expect(record(h, 'Customers', other)['Possible Duplicate']).toBe('');
  });

  const warned = (h: ReturnType<typeof startAddon>, name: string) =>
    h.addon.serve('sidebarFindDuplicates', { name, email: '' }) as { ok: boolean; value: unknown[] };

  it('warns on the New customer form about the names the daily check would flag', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const a = customer(h, { name: 'Acme Ltd' });
    const b = customer(h, { name: '阿里巴巴集团有限公司' });
    expect(warned(h, 'ACME Co., Ltd.')).toEqual({
      ok: true,
      value: [{ id: a, name: 'Acme Ltd', why: 'same name' }],
    });
    expect(warned(h, '阿里巴巴（集团）')).toEqual({
      ok: true,
      value: [{ id: b, name: '阿里巴巴集团有限公司', why: 'same name' }],
    });
    expect(warned(h, 'Acme Tools Ltd')).toEqual({ ok: true, value: [] });
  });

  it('does not warn about a record already merged into another', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const keep = customer(h, { name: 'Acme Ltd' });
    const dupe = customer(h, { name: 'ACME, Ltd.' });
    const merged = h.addon.serve('sidebarMergeCustomers', submit({ keepId: keep, mergeId: dupe }));
    expect(merged).toMatchObject({ ok: true });
    expect(warned(h, 'Acme Ltd')).toEqual({
      ok: true,
      value: [{ id: keep, name: 'Acme Ltd', why: 'same name' }],
    });
  });

  it('names at most 20 others when thousands share a placeholder phone, so the cell never overflows', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    // 7,000 IDs listed whole would pass a cell's 50,000 characters, which Sheets refuses.
    const rows = Array.from({ length: 7000 }, (_, i) => ({
      ID: `C-${String(i + 1).padStart(4, '0')}`,
      Name: `Walk-in ${i + 1}`,
      Contact: 'Front desk',
      Phone: '000 0000 0000',
    }));
    typeRows(h, 'Customers', rows);
    daily(h, '2026-11-23T10:00');
    const flagged = String(record(h, 'Customers', 'C-0001')['Possible Duplicate']);
    expect(flagged).toMatch(/^C-0002, C-0003, .*, C-0021 and 6979 more \(same phone\)$/);
  });
});

describe('key leads', () => {
  it("lists its owner's records last saved over 30 days ago in My queue, oldest first, until one is saved again", () => {
    const h = startAddon({ now: '2026-11-23T10:00', user: 'amy@example.com' });
    const owner = 'amy@example.com';
    const oldest = customer(h, { name: 'Oldest', status: 'Won', owner }, '2026-09-01T10:00');
    const older = customer(h, { name: 'Older', status: 'Won', owner }, '2026-10-01T10:00');
    // Saved this week, churned, or someone else's.
    customer(h, { name: 'Fresh', status: 'Won', owner }, '2026-11-20T10:00');
    customer(h, { name: 'Gone', status: 'Churned', owner }, '2026-08-01T10:00');
    customer(h, { name: 'Theirs', status: 'Won', owner: 'bo@example.com' }, '2026-08-01T10:00');
    const queue = () =>
      (
        h.addon.serve('sidebarBootstrap') as {
          value: { queue: { refresh: { id: string; why: string }[]; totals: { refresh: number } } };
        }
      ).value.queue;
    expect(queue().refresh).toEqual([
      { id: oldest, name: 'Oldest', why: 'record last saved 2026-09-01 10:00' },
      { id: older, name: 'Older', why: 'record last saved 2026-10-01 10:00' },
    ]);
    expect(queue().totals.refresh).toBe(2);
    const saved = h.addon.serve(
      'sidebarUpdateCustomer',
      submit({ id: oldest, name: 'Oldest', contact: 'Li Wei', status: 'Won', owner }),
    ) as { ok: boolean };
    expect(saved.ok).toBe(true);
    expect(queue().refresh.map((c) => c.id)).toEqual([older]);
    setSetting(h, 'Follow-up record refresh (days)', '60');
    expect(queue().refresh).toEqual([]);
  });

  it("lists its owner's leads scoring 80 or more in My queue, best first, from the Settings threshold", () => {
    const h = startAddon({ now: '2026-11-23T10:00', user: 'amy@example.com' });
    const hot = {
      size: '51-200',
      needType: 'Technical Consulting',
      needKeywords: 'ERP rollout',
      priority: 'High',
      expectedStart: '2026-12-07',
    };
    const owner = 'amy@example.com';
    const top = customer(h, { name: 'Top', status: 'Intent', owner, ...hot, size: '1000+' });
    const key = customer(h, { name: 'Key', status: 'Potential', owner, ...hot });
    // Scored as high, but already won, someone else's, or below the threshold.
    customer(h, { name: 'Won', status: 'Won', owner, ...hot });
    customer(h, { name: 'Theirs', status: 'Potential', owner: 'bo@example.com', ...hot });
    const low = customer(h, { name: 'Low', status: 'Potential', owner, ...hot, priority: 'Low' });
    daily(h, '2026-11-23T10:30');
    const queue = () =>
      (h.addon.serve('sidebarBootstrap') as { value: { queue: { keyLeads: { id: string; why: string }[] } } })
        .value.queue.keyLeads;
    expect(record(h, 'Customers', key)['Lead Score']).toBe(88);
    expect(Number(record(h, 'Customers', low)['Lead Score'])).toBeLessThan(80);
    expect(queue().map((c) => c.id)).toEqual([top, key]);
    expect(queue()[1]!.why).toBe('Potential, lead score 88 (key follow-up from 80)');
    setSetting(h, 'Lead score key follow-up at', '90');
    expect(queue().map((c) => c.id)).toEqual([top]);
  });
});

describe('a new customer saved without a Status', () => {
  it('is called back within 24 hours and, scoring 80 or more, listed under Key leads', () => {
    const h = startAddon({ now: '2026-11-23T10:00', user: 'amy@example.com' });
    const id = customer(h, {
      name: 'Fresh',
      owner: 'amy@example.com',
      size: '51-200',
      needType: 'Technical Consulting',
      needKeywords: 'ERP rollout',
      priority: 'High',
      expectedStart: '2026-12-07',
    });
    daily(h, '2026-11-24T10:01');
    const c = record(h, 'Customers', id);
    expect(instant(c['Next Follow-up'])).toBe(shanghai('2026-11-24T10:00').getTime());
    expect(c['Follow-up Status']).toBe('Overdue');
    expect(alerts(h, 'Follow-up Overdue', id)[0]?.Message).toContain('first call-back');
    const queue = h.addon.serve('sidebarBootstrap') as {
      value: { queue: { keyLeads: { id: string; why: string }[] } };
    };
    expect(queue.value.queue.keyLeads).toEqual([
      { id, name: 'Fresh', why: 'lead score 88 (key follow-up from 80)' },
    ]);
  });
});

describe('a customer set to Won in Edit customer', () => {
  it('is refused without a Contract Start, which the visit after signing counts from, and kept as it was', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const id = customer(h, { name: 'Acme', status: 'Intent', owner: 'amy@example.com' });
    const r = serve(h, 'sidebarUpdateCustomer', { id, status: 'Won' });
    expect(r.fields?.contractStart).toBe(
      'Enter the Contract Start: the first visit after signing and the routine surveys count from it.',
    );
    expect(record(h, 'Customers', id).Status).toBe('Intent');
    expect(serve(h, 'sidebarUpdateCustomer', { id, status: 'Won', contractStart: '2026-11-23' }).ok).toBe(
      true,
    );
    daily(h, '2026-11-24T10:00');
    expect(record(h, 'Customers', id)['Next Follow-up']).toEqual(shanghai('2026-12-23'));
  });

  it('saves a record already Won without a Contract Start as it is: only signing asks for it', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const id = customer(h, { name: 'Acme', status: 'Won', owner: 'amy@example.com' });
    expect(serve(h, 'sidebarUpdateCustomer', { id, status: 'Won', notes: 'Checked.' }).ok).toBe(true);
  });
});

describe('an interaction without a When', () => {
  it('does not make Last Contact 1970 nor a follow-up due in 1970', () => {
    const h = startAddon({ now: NOW });
    const id = customer(
      h,
      { name: 'Acme', status: 'Won', tier: 'Regular', owner: 'amy@example.com' },
      '2026-11-20T10:00',
    );
    typeRows(h, 'Interactions', [
      {
        ID: 'I-000901',
        'Customer ID': id,
        Channel: 'Phone',
        Kind: 'Care',
        Subject: 'Onboarding call',
        Details: 'Walked through the invoice layout; they send the tax number by Friday.',
      },
    ]);
    daily(h, NOW);
    const c = record(h, 'Customers', id);
    const last = c['Last Contact'];
    expect(last instanceof Date ? last.getUTCFullYear() : last).not.toBe(1970);
    const next = c['Next Follow-up'];
    expect(next instanceof Date ? next.getUTCFullYear() : next).not.toBe(1970);
    expect(alerts(h, 'Follow-up Overdue', id).map((a) => a.Message)).toEqual([]);
  });
});

const TOUCHES = ['2026-09-01', '2026-09-10', '2026-09-20', '2026-10-01', '2026-10-10', '2026-11-18'];

describe('Suggested Tier', () => {
  it('counts 6 touches in the last 90 days as active whatever the health window', () => {
    const h = startAddon({ now: NOW });
    setSetting(h, 'Health: window (days)', '30');
    const id = customer(h, { name: 'Busy Co', status: 'Won', tier: 'Regular' }, '2026-01-05T10:00');
    for (const day of TOUCHES) interaction(h, id, `${day}T10:00`);
    daily(h, NOW);
    // No Contract Value → its Tier, Regular, is the base; last contact 5 days ago and 6 touches in 90 days → one up.
    expect(record(h, 'Customers', id)['Suggested Tier']).toBe('Key');
  });

  it('suggests no step down for a VIP whose Contract Value was never typed, and one for a value typed under Key', () => {
    const h = startAddon({ now: NOW });
    const blank = customer(h, { name: 'Quiet Giant', status: 'Won', tier: 'VIP' }, '2026-01-05T10:00');
    const small = customer(
      h,
      { name: 'Small Deal', status: 'Won', tier: 'VIP', contractValue: 20000 },
      '2026-01-05T10:00',
    );
    daily(h, NOW);
    expect(record(h, 'Customers', blank)['Suggested Tier']).toBe('');
    expect(record(h, 'Customers', small)['Suggested Tier']).toBe('Regular');
  });

  it('is the same with the default window (control)', () => {
    const h = startAddon({ now: NOW });
    const id = customer(h, { name: 'Busy Co', status: 'Won', tier: 'Regular' }, '2026-01-05T10:00');
    for (const day of TOUCHES) interaction(h, id, `${day}T10:00`);
    daily(h, NOW);
    expect(record(h, 'Customers', id)['Suggested Tier']).toBe('Key');
  });
});
