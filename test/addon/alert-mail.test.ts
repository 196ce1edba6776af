/**
 * Who gets mail, and that one bad address or a day without quota loses none: one digest per
 * person whatever the letter case of their address, an address the sidebar would refuse never
 * handed to MailApp, one Google refuses stopping that email alone, a weekly report held for want
 * of quota sent on a later run, and a survey a person closed in the sheet not emailed.
 */
import { describe, expect, it } from 'vitest';
import { alerts, at, customer, letterOf, setSetting, sheet, submit, ticket } from './daily-fixtures';
import { type Harness, startAddon } from './harness';

const recipients = (h: Harness) => h.emu.mail.map((m) => m.to.join(',')).sort();

/** Types a value into a record's cell in the sheet, as a person would. */
function typeInto(h: Harness, name: string, id: string, header: string, value: string) {
  const row = h.values(name).findIndex((r) => r[0] === id) + 1;
  sheet(h, name)
    .getRange(`${letterOf(h, name, header)}${row}`)
    .setValue(value);
}

/** Two new tickets for Acme, owned as given, and the hourly run that finds them unacknowledged. */
function twoTickets(owners: [string, string]) {
  const h = startAddon({ now: '2026-11-23T09:00' });
  setSetting(h, 'Supervisor: Technical Support', 'boss@example.com');
  const c = customer(h, { name: 'Acme', tier: 'Regular' });
  const ids = owners.map((owner) => ticket(h, { customerId: c, owner, submitted: '2026-11-23T09:00' }));
  return { h, ids };
}

describe('alert digests', () => {
  it('mail a person whose address is written in two letter cases one digest', () => {
    const { h } = twoTickets(['Boss@Example.com', 'li@example.com']);
    typeInto(h, 'Tickets', 'T-00002', 'Owner', 'LI@example.com');
    at(h, '2026-11-23T10:00');
    expect((h.addon.call('runHourlyJobs') as { error: string }).error).toBe('');
    expect(h.emu.mail.map((m) => m.to.join(',').toLowerCase()).sort()).toEqual([
      'boss@example.com',
      'li@example.com',
    ]);
  });

  it("send an alert whose Owner is no email address (a doubled dot) to the supervisor, and everyone else's", () => {
    const { h, ids } = twoTickets(['li@example.com', 'wang@example.com']);
    typeInto(h, 'Tickets', ids[0]!, 'Owner', 'li@example..com');
    at(h, '2026-11-23T10:00');
    expect((h.addon.call('runHourlyJobs') as { error: string }).error).toBe('');
    expect(recipients(h)).toEqual(['boss@example.com', 'wang@example.com']);
  });

  it('go out to everyone else when Google refuses one address, and the run names it', () => {
    const { h } = twoTickets(['li@example.com', 'wang@example.com']);
    refuse(h, 'li@example.com');
    at(h, '2026-11-23T10:00');
    const out = h.addon.call('runHourlyJobs') as { error: string; detail: string };
    expect(out.error).toBe('');
    expect(out.detail).toContain('Google refused the address li@example.com');
    expect(recipients(h)).toEqual(['boss@example.com', 'wang@example.com']);
    // Not again next hour: the alerts went to the supervisor.
    at(h, '2026-11-23T11:00');
    h.addon.call('runHourlyJobs');
    expect(recipients(h)).toEqual(['boss@example.com', 'wang@example.com']);
  });
});

/** Google refuses these addresses from now on, as MailApp does a bad one ("Invalid email: …"). */
function refuse(h: Harness, ...addresses: string[]) {
  const mail = h.emu.globals.MailApp as unknown as { sendEmail: (m: { to: string }) => void };
  const send = mail.sendEmail.bind(mail);
  mail.sendEmail = (m) => {
    if (addresses.includes(m.to)) throw new Error(`Invalid email: ${m.to}`);
    send(m);
  };
}

describe('an alert for its owner alone', () => {
  /** A ticket of li's that cannot be timed: its Bad Data alert names li alone. */
  function badRow(managers: string) {
    const h = startAddon({ now: '2026-11-23T09:00' });
    setSetting(h, 'Managers', managers);
    const c = customer(h, { name: 'Acme', tier: 'Regular' });
    const id = ticket(h, { customerId: c, owner: 'li@example.com', submitted: '2026-11-23T09:00' });
    typeInto(h, 'Tickets', id, 'Paused Minutes', 'abc');
    return h;
  }
  const badData = (h: Harness) => alerts(h, 'Bad Data')[0]!;

  it('goes to the Managers, saying why, when Google refuses the owner’s address', () => {
    const h = badRow('boss@example.com');
    refuse(h, 'li@example.com');
    at(h, '2026-11-23T10:00');
    const out = h.addon.call('runHourlyJobs') as { error: string; detail: string };
    expect(out.error).toBe('');
    expect(out.detail).toContain('Google refused the address li@example.com');
    expect(badData(h)).toMatchObject({ Owner: 'li@example.com', 'Escalated To': '' });
    expect(recipients(h)).toEqual(['boss@example.com']);
    expect(h.emu.mail[0]!.body).toContain(
      `${badData(h).ID} · Bad Data · T-00001: Google refused the owner's address li@example.com`,
    );
    expect(badData(h).Mailed).toBeInstanceOf(Date);
  });

  it('goes to the Managers when the quota left is exactly the one email it takes', () => {
    const h = badRow('boss@example.com');
    refuse(h, 'li@example.com');
    h.emu.rt.mailQuota = 1;
    at(h, '2026-11-23T10:00');
    expect((h.addon.call('runHourlyJobs') as { error: string }).error).toBe('');
    expect(recipients(h)).toEqual(['boss@example.com']);
    expect(badData(h).Mailed).toBeInstanceOf(Date);
  });

  it('reaches a Manager with alerts of their own in the same one email', () => {
    const h = badRow('boss@example.com');
    const c = customer(h, { name: 'Beta', tier: 'Regular' });
    const own = ticket(h, { customerId: c, owner: 'boss@example.com', submitted: '2026-11-23T09:00' });
    typeInto(h, 'Tickets', own, 'Paused Minutes', 'abc');
    refuse(h, 'li@example.com');
    at(h, '2026-11-23T10:00');
    expect((h.addon.call('runHourlyJobs') as { error: string }).error).toBe('');
    expect(recipients(h)).toEqual(['boss@example.com']);
    const body = h.emu.mail[0]!.body;
    expect(body).toContain("T-00001: Google refused the owner's address li@example.com");
    expect(body).toContain(`Bad Data · ${own}: Ticket ${own} cannot be timed`);
    expect(alerts(h, 'Bad Data').every((a) => a.Mailed instanceof Date)).toBe(true);
  });

  it('stays unmailed while nobody could be mailed, and goes once someone can be', () => {
    const h = badRow('');
    refuse(h, 'li@example.com');
    at(h, '2026-11-23T10:00');
    expect((h.addon.call('runHourlyJobs') as { error: string }).error).toBe('');
    expect(h.emu.mail).toEqual([]);
    expect(badData(h).Mailed).toBe('');
    setSetting(h, 'Managers', 'boss@example.com');
    at(h, '2026-11-23T11:00');
    h.addon.call('runHourlyJobs');
    expect(recipients(h)).toEqual(['boss@example.com']);
    expect(badData(h).Mailed).toBeInstanceOf(Date);
  });
});

/** A breach raised at Monday's closing, held for business hours, its owner marking it Done at once. */
function doneBeforeMailed(): { h: Harness; id: string } {
  const h = startAddon({ now: '2026-11-23T17:00' });
  setSetting(h, 'Supervisor: Technical Support', 'boss@example.com');
  const c = customer(h, { name: 'Acme', tier: 'Regular' });
  ticket(h, { customerId: c, owner: 'li@example.com', submitted: '2026-11-23T17:00' });
  at(h, '2026-11-23T18:00');
  h.addon.call('runHourlyJobs');
  const [breach] = alerts(h, 'SLA Breach');
  expect(breach).toMatchObject({ Owner: 'li@example.com', 'Escalated To': 'boss@example.com', Mailed: '' });
  at(h, '2026-11-23T18:30');
  const done = h.addon.serve('sidebarMarkAlertDone', submit({ id: breach!.ID }));
  expect(done).toMatchObject({ ok: true });
  return { h, id: String(breach!.ID) };
}

describe('a breach escalated outside business hours', () => {
  it('reaches the supervisor at the opening though its owner marked it Done before', () => {
    const { h, id } = doneBeforeMailed();
    at(h, '2026-11-24T09:00');
    h.addon.call('runHourlyJobs');
    // The owner marked it Done: only the supervisor still needs to hear of it.
    expect(recipients(h)).toEqual(['boss@example.com']);
    expect(h.emu.mail[0]!.body).toContain(`${id} · SLA Breach · T-00001 (already marked Done):`);
    expect(alerts(h, 'SLA Breach')[0]).toMatchObject({ Status: 'Done' });
    expect(alerts(h, 'SLA Breach')[0]!.Mailed).toBeInstanceOf(Date);
  });

  it('is history a week on: an old alert marked Done is not mailed when the schedule starts again', () => {
    const { h, id } = doneBeforeMailed();
    at(h, '2026-12-01T09:00');
    expect((h.addon.call('runHourlyJobs') as { error: string }).error).toBe('');
    expect(h.emu.mail.map((m) => m.body).join('\n')).not.toContain(`${id} ·`);
  });
});

/** A breach raised Monday 10:00 while no mail could go (no quota), its owner marking it Done at once. */
function doneWhileQuotaOut(): { h: Harness; id: string } {
  const h = startAddon({ now: '2026-11-23T09:00' });
  setSetting(h, 'Supervisor: Technical Support', 'boss@example.com');
  const c = customer(h, { name: 'Acme', tier: 'Regular' });
  ticket(h, { customerId: c, owner: 'li@example.com', submitted: '2026-11-23T09:00' });
  h.emu.rt.mailQuota = 0;
  at(h, '2026-11-23T10:00');
  h.addon.call('runHourlyJobs');
  const [breach] = alerts(h, 'SLA Breach');
  at(h, '2026-11-23T10:30');
  expect(h.addon.serve('sidebarMarkAlertDone', submit({ id: breach!.ID }))).toMatchObject({ ok: true });
  h.emu.rt.mailQuota = 100;
  return { h, id: String(breach!.ID) };
}

describe('mail quota and hours', () => {
  /** A new ticket owned by li@, its supervisor boss@, found unacknowledged at `wall`. */
  function breachAt(wall: string, quota: number, setup: (h: Harness) => void = () => {}) {
    const h = startAddon({ now: '2026-11-23T09:00' });
    setup(h);
    setSetting(h, 'Supervisor: Technical Support', 'boss@example.com');
    const c = customer(h, { name: 'Acme', tier: 'Regular' });
    ticket(h, { customerId: c, owner: 'li@example.com', submitted: '2026-11-23T09:00' });
    h.emu.rt.mailQuota = quota;
    at(h, wall);
    expect((h.addon.call('runHourlyJobs') as { error: string }).error).toBe('');
    return recipients(h);
  }

  it('sends the digests when the quota left is exactly enough for them, and holds them all when it is one short', () => {
    expect(breachAt('2026-11-23T10:00', 2)).toEqual(['boss@example.com', 'li@example.com']);
    expect(breachAt('2026-11-23T10:00', 1)).toEqual([]);
  });

  it('mails at night too when Settings say not to hold alert emails for business hours', () => {
    expect(breachAt('2026-11-23T19:00', 100)).toEqual([]);
    const always = (h: Harness) => setSetting(h, 'Alert emails only in business hours', 'No');
    expect(breachAt('2026-11-23T19:00', 100, always)).toEqual(['boss@example.com', 'li@example.com']);
  });
});

describe('a breach marked Done before any mail could go', () => {
  const mailedAt = (wall: string) => {
    const { h, id } = doneWhileQuotaOut();
    at(h, wall);
    expect((h.addon.call('runHourlyJobs') as { error: string }).error).toBe('');
    return h.emu.mail.filter((m) => m.body.includes(`${id} ·`)).map((m) => m.to.join(','));
  };

  it('still reaches the supervisor a week after it was raised, to the minute, and not a minute later', () => {
    expect(mailedAt('2026-11-30T10:00')).toEqual(['boss@example.com']);
    expect(mailedAt('2026-11-30T10:01')).toEqual([]);
  });
});

describe('the weekly report', () => {
  it('held on Monday for want of quota is sent by a later daily run, once', () => {
    // A ticket last week: the report has something to say.
    const h = startAddon({ now: '2026-11-18T10:00' });
    setSetting(h, 'Managers', 'boss@example.com');
    ticket(h, { customerId: customer(h, { name: 'Acme', status: 'Won' }), subject: 'Login fails' });
    h.emu.rt.mailQuota = 0;
    at(h, '2026-11-23T06:00');
    const monday = h.addon.call('runScheduledJobs') as Array<{ detail: string }>;
    expect(monday.map((o) => o.detail).join(' | ')).toMatch(/weekly report held/);
    h.emu.rt.mailQuota = 100;
    for (const wall of ['2026-11-23T10:00', '2026-11-24T06:00', '2026-11-24T10:00', '2026-11-25T06:00']) {
      at(h, wall);
      const outcomes = h.addon.call('runScheduledJobs') as Array<{ error: string }>;
      expect(outcomes.map((o) => o.error).join('')).toBe('');
    }
    expect(h.emu.mail.filter((m) => m.subject.startsWith('CRM weekly problem report'))).toHaveLength(1);
  });
});

describe('emailing a survey from My queue', () => {
  it('refuses one a person closed in the sheet since the queue was loaded, and leaves it closed', () => {
    const h = startAddon();
    const c = customer(h, {
      name: 'Acme',
      email: 'li@acme.example',
      status: 'Won',
      owner: 'agent@example.com',
    });
    const saved = h.addon.serve('sidebarScheduleSurvey', submit({ customerId: c, reason: 'Ad Hoc' })) as {
      value: { id: string };
    };
    const id = saved.value.id;
    typeInto(h, 'Surveys', id, 'Status', 'Expired');
    const answer = h.addon.serve('sidebarMarkSurveySent', submit({ id, sendEmail: true }));
    expect(answer).toMatchObject({ ok: false });
    expect(JSON.stringify(answer)).toContain('set its Status back to Due to send it');
    expect(h.emu.mail).toHaveLength(0);
    expect(h.records('Surveys').find((r) => r.ID === id)!.Status).toBe('Expired');
  });
});
