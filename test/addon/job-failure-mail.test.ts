/**
 * Apps Script mails nobody when a trigger's run fails, and a failing hourly run holds no ticket to
 * its targets: the scheduled run tells the Managers (or, when Settings names none, the person the
 * schedule runs as), once a day at most per job, in words that say what to fix.
 */
import { describe, expect, it } from 'vitest';
import { at, setSetting } from './daily-fixtures';
import { type Harness, startAddon } from './harness';

const failureMails = (h: Harness) => h.emu.mail.filter((m) => /did not run/.test(m.subject));

function brokenSchedule(managers: string): Harness {
  const h = startAddon();
  h.addon.call('installTriggers');
  setSetting(h, 'Managers', managers);
  setSetting(h, 'SLA Regular: resolve (minutes)', 'abc');
  return h;
}

describe('a scheduled run that fails', () => {
  it('mails the Managers what failed and which setting to fix', () => {
    const h = brokenSchedule('boss@example.com, lead@example.com');
    const [hourly] = h.addon.call('runScheduledJobs') as { error: string }[];
    expect(hourly!.error).toContain('SLA Regular: resolve (minutes)');
    const mails = failureMails(h);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual(['boss@example.com', 'lead@example.com']);
    expect(mails[0]!.subject).toBe('CRM: the hourly jobs did not run');
    expect(mails[0]!.body).toContain(hourly!.error);
    expect(mails[0]!.body).toContain('2026-11-23 10:00');
    expect(mails[0]!.body).toContain(h.emu.globals.SpreadsheetApp.getActive().getUrl());
  });

  it('mails once a day while it keeps failing', () => {
    const h = brokenSchedule('boss@example.com');
    h.addon.call('runScheduledJobs');
    at(h, '2026-11-23T11:00');
    h.addon.call('runScheduledJobs');
    at(h, '2026-11-24T09:00');
    h.addon.call('runScheduledJobs');
    expect(failureMails(h)).toHaveLength(1);
    at(h, '2026-11-24T10:00');
    h.addon.call('runScheduledJobs');
    expect(failureMails(h)).toHaveLength(2);
  });

  it('mails the person the schedule runs as when Settings names no manager', () => {
    const h = brokenSchedule('');
    h.addon.call('runScheduledJobs');
    expect(failureMails(h).map((m) => m.to)).toEqual([['agent@example.com']]);
  });

  it('mails no one when the run works', () => {
    const h = startAddon();
    h.addon.call('installTriggers');
    setSetting(h, 'Managers', 'boss@example.com');
    const outcomes = h.addon.call('runScheduledJobs') as { error: string }[];
    expect(outcomes.map((o) => o.error)).toEqual(['', '']);
    expect(failureMails(h)).toEqual([]);
  });
});
