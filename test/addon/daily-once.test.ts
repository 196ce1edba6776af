/**
 * The daily work runs once per local day of the spreadsheet, on the first hourly run at or after
 * the daily hour: across daylight-saving changes, late or missed trigger runs, a change of the
 * spreadsheet's time zone, and a change of the daily hour during the day.
 */
import { describe, expect, it } from 'vitest';
import { type Harness, startAddon } from './harness';

interface Outcome {
  job: string;
  error: string;
}

function setDailyHour(h: Harness, hour: string): void {
  const sheet = h.emu.globals.SpreadsheetApp.getActive().getSheetByName('Settings')!;
  const rows = sheet.getDataRange().getValues() as unknown[][];
  const row = rows.findIndex((r) => r[0] === 'Daily jobs after (hour)') + 1;
  sheet.getRange(row, rows[0]!.indexOf('Value') + 1).setValue(hour);
}

/** Fires the schedule at each instant; returns the instants at which the daily work ran. */
function dailyRuns(h: Harness, instants: string[]): string[] {
  return instants.filter((instant) => {
    h.emu.rt.clock.set(new Date(instant));
    const outcomes = h.addon.call('runScheduledJobs') as Outcome[];
    for (const o of outcomes) expect(o.error).toBe('');
    return outcomes.some((o) => o.job === 'daily');
  });
}

describe('the daily work across daylight saving (America/New_York)', () => {
  it('runs once on the spring day when the daily hour is the skipped hour', () => {
    const h = startAddon({ zone: 'America/New_York', now: '2026-03-07T10:00-05:00' });
    setDailyHour(h, '2');
    const runs = dailyRuns(h, [
      '2026-03-07T10:10-05:00',
      '2026-03-08T00:10-05:00',
      '2026-03-08T01:10-05:00',
      // One hour on: the clock reads 03:10.
      '2026-03-08T03:10-04:00',
      '2026-03-08T04:10-04:00',
      '2026-03-08T23:10-04:00',
      '2026-03-09T01:10-04:00',
      '2026-03-09T02:10-04:00',
      '2026-03-09T03:10-04:00',
    ]);
    expect(runs).toEqual(['2026-03-07T10:10-05:00', '2026-03-08T03:10-04:00', '2026-03-09T02:10-04:00']);
  });

  it('runs once on the autumn day when the daily hour is the repeated hour', () => {
    const h = startAddon({ zone: 'America/New_York', now: '2026-10-31T10:00-04:00' });
    setDailyHour(h, '1');
    const runs = dailyRuns(h, [
      '2026-10-31T10:10-04:00',
      '2026-11-01T00:10-04:00',
      '2026-11-01T01:10-04:00',
      // The same wall hour again, an hour later.
      '2026-11-01T01:10-05:00',
      '2026-11-01T02:10-05:00',
      '2026-11-02T00:10-05:00',
      '2026-11-02T01:10-05:00',
    ]);
    expect(runs).toEqual(['2026-10-31T10:10-04:00', '2026-11-01T01:10-04:00', '2026-11-02T01:10-05:00']);
  });
});

describe('the daily work when the schedule runs late or not at all', () => {
  it('runs on the first run after the daily hour, however late, and once', () => {
    const h = startAddon({ zone: 'America/New_York', now: '2026-11-23T03:00-05:00' });
    const runs = dailyRuns(h, [
      '2026-11-23T05:59-05:00',
      // No runs from 06:00 to 09:00.
      '2026-11-23T09:58-05:00',
      '2026-11-23T10:01-05:00',
      '2026-11-24T05:30-05:00',
      // A day without a run after 06:00, then the next morning.
      '2026-11-26T03:00-05:00',
      '2026-11-26T06:00-05:00',
    ]);
    expect(runs).toEqual(['2026-11-23T09:58-05:00', '2026-11-26T06:00-05:00']);
  });
});

describe('the daily hour changed during the day', () => {
  it('does not run again the same day when the hour is moved later after it ran', () => {
    const h = startAddon({ zone: 'America/New_York', now: '2026-11-23T03:00-05:00' });
    expect(dailyRuns(h, ['2026-11-23T06:10-05:00'])).toHaveLength(1);
    setDailyHour(h, '15');
    expect(dailyRuns(h, ['2026-11-23T15:10-05:00', '2026-11-23T16:10-05:00'])).toEqual([]);
    expect(dailyRuns(h, ['2026-11-24T06:10-05:00', '2026-11-24T15:10-05:00'])).toEqual([
      '2026-11-24T15:10-05:00',
    ]);
  });

  it('runs at the next run when the hour is moved earlier before it ran', () => {
    const h = startAddon({ zone: 'America/New_York', now: '2026-11-23T03:00-05:00' });
    setDailyHour(h, '15');
    expect(dailyRuns(h, ['2026-11-23T10:10-05:00'])).toEqual([]);
    setDailyHour(h, '8');
    expect(dailyRuns(h, ['2026-11-23T11:10-05:00', '2026-11-23T12:10-05:00'])).toEqual([
      '2026-11-23T11:10-05:00',
    ]);
  });
});

describe('the daily work when the spreadsheet’s time zone changes', () => {
  const zoneTo = (h: Harness, zone: string) =>
    h.emu.globals.SpreadsheetApp.getActive().setSpreadsheetTimeZone(zone);

  it('moving west: does not run again the same day it ran, and runs the next local morning', () => {
    const h = startAddon({ zone: 'Asia/Shanghai', now: '2026-11-23T03:00+08:00' });
    // 06:10 in Shanghai on the 23rd is 17:10 on the 22nd in New York.
    expect(dailyRuns(h, ['2026-11-23T06:10+08:00'])).toHaveLength(1);
    zoneTo(h, 'America/New_York');
    const runs = dailyRuns(h, [
      '2026-11-22T18:10-05:00',
      '2026-11-22T23:10-05:00',
      '2026-11-23T05:10-05:00',
      '2026-11-23T06:10-05:00',
      '2026-11-23T07:10-05:00',
    ]);
    expect(runs).toEqual(['2026-11-23T06:10-05:00']);
  });

  it('moving east: runs on the first morning in the new zone', () => {
    const h = startAddon({ zone: 'America/New_York', now: '2026-11-23T03:00-05:00' });
    expect(dailyRuns(h, ['2026-11-23T06:10-05:00'])).toHaveLength(1);
    zoneTo(h, 'Asia/Shanghai');
    // 07:10 New York on the 23rd is 20:10 in Shanghai.
    const runs = dailyRuns(h, ['2026-11-23T20:10+08:00', '2026-11-24T05:10+08:00', '2026-11-24T06:10+08:00']);
    expect(runs).toEqual(['2026-11-24T06:10+08:00']);
  });
});

describe('a spreadsheet whose daily work ran under an earlier version', () => {
  it('takes the date that version kept as today’s run done', () => {
    const h = startAddon({ zone: 'America/New_York', now: '2026-11-23T03:00-05:00' });
    h.emu.properties.document.update((draft) => draft.set('crm.lastDailyDate', '2026-11-23'));
    expect(dailyRuns(h, ['2026-11-23T07:10-05:00', '2026-11-24T07:10-05:00'])).toEqual([
      '2026-11-24T07:10-05:00',
    ]);
  });
});
