/**
 * Spreadsheets outside the US. Mostly a small business in Germany: the spreadsheet's locale is
 * de_DE (decimal comma, day.month.year) and its zone Europe/Berlin. What people type reads back as typed, Settings typed the German way
 * are understood or refused naming the cell, and what the jobs compute are real dates and numbers.
 * Now is Monday 2026-11-23 10:00 in Berlin (CET, UTC+1).
 */
import { describe, expect, it } from 'vitest';
import { customer, letterOf, serve, setSetting, sheet, submit, ticket } from './daily-fixtures';
import { type Harness, startAddon } from './harness';

/** A wall time in Berlin in November or December (CET, UTC+1) as an instant. */
const berlin = (wall: string) => new Date(`${wall}:00+01:00`);

const germanSheet = () =>
  startAddon({ zone: 'Europe/Berlin', locale: 'de_DE', now: '2026-11-23T10:00:00+01:00' });

const hourly = (h: Harness) => h.addon.call('runHourlyJobs') as { error: string; detail: string };
const daily = (h: Harness) => h.addon.call('runDailyJobs') as { error: string; detail: string };

/** A row a person adds to Settings, its Value cell formatted as a date first: Sheets stores a date. */
function typeDatedSetting(h: Harness, name: string, typed: string): unknown {
  const s = sheet(h, 'Settings');
  const row = s.getLastRow() + 1;
  s.getRange(row, 1).setValue(name);
  const value = s.getRange(`${letterOf(h, 'Settings', 'Value')}${row}`).setNumberFormat('dd.mm.yyyy');
  value.setValue(typed);
  return value.getValue();
}

describe('a German (de_DE) spreadsheet', () => {
  it('knows its locale', () => {
    expect(germanSheet().emu.globals.SpreadsheetApp.getActive().getSpreadsheetLocale()).toBe('de_DE');
  });

  it('understands Settings typed the German way: 12,5 %, 3,5, 24.12.2026 as text or as a date', () => {
    const h = germanSheet();
    setSetting(h, 'Care touches goal', '12,5 %');
    setSetting(h, 'Survey low score under', '3,5');
    setSetting(h, 'Business hours', '08:00-17:00');
    setSetting(h, 'Holiday', '24.12.2026');
    // Typed into a date-formatted cell, Sheets in Germany stores 25.12.2026 as a date.
    expect(typeDatedSetting(h, 'Holiday', '25.12.2026')).toEqual(berlin('2026-12-25T00:00'));
    expect(hourly(h).error).toBe('');
    expect(daily(h).error).toBe('');

    // A Regular ticket (4 hours to resolve) an hour before closing on the 23rd: both holidays and
    // the weekend pass, so 3 hours remain on Monday the 28th from 08:00.
    h.emu.rt.clock.set(berlin('2026-12-23T16:00'));
    const acme = customer(h, { name: 'Acme GmbH', tier: 'Regular' });
    const id = ticket(h, { customerId: acme, submitted: '2026-12-23T16:00', level: 'Regular' });
    expect(hourly(h).error).toBe('');
    const row = h.records('Tickets').find((r) => r.ID === id)!;
    expect(row['Resolve Due']).toEqual(berlin('2026-12-28T11:00'));
  });

  it('refuses 1.000 minutes (a thousand in Germany), naming the cell and saying to type 1000', () => {
    const h = germanSheet();
    setSetting(h, 'SLA Regular: resolve (minutes)', '1.000');
    const { error } = hourly(h);
    expect(error).toMatch(/^Settings B\d+ \("SLA Regular: resolve \(minutes\)"\)/);
    expect(error).toContain('without a thousands separator, like 1000');
    setSetting(h, 'SLA Regular: resolve (minutes)', '1000');
    expect(hourly(h).error).toBe('');
  });

  it('keeps what was typed in the sidebar as typed, and stores dates and amounts as such', () => {
    const h = germanSheet();
    const id = customer(h, {
      name: 'Müller & Söhne',
      contact: 'Jürgen Weiß',
      phone: '030 1234567',
      notes: '1,5',
      contractValue: 1234.5,
      firstContact: '2026-11-20',
    });
    const tid = ticket(h, {
      customerId: id,
      subject: '24.12.2026',
      description: '1.5',
      submitted: '2026-11-23T09:00',
    });
    expect(hourly(h).error).toBe('');
    expect(daily(h).error).toBe('');

    const c = h.records('Customers').find((r) => r.ID === id)!;
    expect(c).toMatchObject({
      Name: 'Müller & Söhne',
      Phone: '030 1234567',
      Notes: '1,5',
      'Contract Value': 1234.5,
    });
    expect(c['First Contact']).toEqual(berlin('2026-11-20T00:00'));
    const t = h.records('Tickets').find((r) => r.ID === tid)!;
    expect(t).toMatchObject({ Subject: '24.12.2026', Description: '1.5' });
    expect(t.Submitted).toEqual(berlin('2026-11-23T09:00'));
    for (const due of ['Ack Due', 'Resolve Due', 'Update Due']) expect(t[due], due).toBeInstanceOf(Date);
  });

  it('puts figures on the Dashboard as numbers, none as text that looks like one', () => {
    const h = germanSheet();
    const acme = customer(h, { name: 'Acme GmbH', tier: 'Regular', status: 'Won' });
    ticket(h, { customerId: acme, submitted: '2026-11-23T09:00' });
    expect(hourly(h).error).toBe('');
    expect(daily(h).error).toBe('');
    const cells = h.values('Dashboard').flat();
    expect(cells.some((v) => typeof v === 'number')).toBe(true);
    expect(cells.filter((v) => typeof v === 'string' && /^-?\d+([.,]\d+)?\s*%?$/.test(v))).toEqual([]);
  });

  it('mails the alert digest and the survey email with nothing unreadable in them', () => {
    const h = germanSheet();
    h.emu.rt.clock.set(berlin('2026-11-23T09:00'));
    setSetting(h, 'Supervisor: Technical Support', 'chef@example.com');
    const acme = customer(h, { name: 'Acme GmbH', tier: 'Regular', email: 'kunde@example.com' });
    ticket(h, { customerId: acme, owner: 'li@example.com', submitted: '2026-11-23T09:00' });
    h.emu.rt.clock.set(berlin('2026-11-23T10:00'));
    expect(hourly(h).error).toBe('');
    const digest = h.emu.mail.find((m) => m.to.includes('li@example.com'));
    expect(digest?.body).toContain('missed its acknowledgement target');
    expect(digest?.body).not.toMatch(/NaN|Invalid Date|undefined/);

    const survey = serve(h, 'sidebarScheduleSurvey', { customerId: acme, reason: 'Ad Hoc' });
    expect(survey.ok, JSON.stringify(survey)).toBe(true);
    const sent = h.addon.serve(
      'sidebarMarkSurveySent',
      submit({ id: survey.value!.id, sendEmail: true }),
    ) as {
      ok: boolean;
    };
    expect(sent.ok).toBe(true);
    const mail = h.emu.mail.find((m) => m.to.includes('kunde@example.com'));
    expect(mail?.body).not.toMatch(/NaN|Invalid Date|undefined/);
  });
});

describe('sheets in France, Brazil and Japan', () => {
  for (const [locale, zone, offset] of [
    ['fr_FR', 'Europe/Paris', '+01:00'],
    ['pt_BR', 'America/Sao_Paulo', '-03:00'],
    ['ja_JP', 'Asia/Tokyo', '+09:00'],
  ] as const) {
    it(`${locale}: keeps text that reads as a number or a date there as typed, and computes real dates`, () => {
      const h = startAddon({ zone, locale, now: `2026-11-23T10:00:00${offset}` });
      setSetting(h, 'Care touches goal', locale === 'ja_JP' ? '12.5%' : '12,5 %');
      const id = customer(h, { name: '24/12/2026', notes: '1,5', contractValue: 1234.5 });
      const tid = ticket(h, {
        customerId: id,
        subject: '2026/12/24',
        description: '0,25',
        submitted: '2026-11-23T09:00',
      });
      expect(hourly(h).error).toBe('');
      expect(daily(h).error).toBe('');
      expect(h.records('Customers').find((r) => r.ID === id)).toMatchObject({
        Name: '24/12/2026',
        Notes: '1,5',
        'Contract Value': 1234.5,
      });
      const t = h.records('Tickets').find((r) => r.ID === tid)!;
      expect(t).toMatchObject({ Subject: '2026/12/24', Description: '0,25' });
      expect(t.Submitted).toEqual(new Date(`2026-11-23T09:00:00${offset}`));
      expect(t['Resolve Due']).toBeInstanceOf(Date);
    });
  }
});
