/**
 * A sent survey's Reminder Due and Closes are the days set in Settings after Sent, by the calendar
 * of the spreadsheet's zone (src/domain/survey-lifecycle.ts): a change of clocks in between moves
 * them by no hour, and so by no daily run.
 */
import { describe, expect, it } from 'vitest';
import { alerts, customer, daily, instant, record, typeRows } from './daily-fixtures';
import { startAddon } from './harness';

describe('a survey sent just before the clocks go back', () => {
  it('falls due for its reminder and closes at the time of day it was sent', () => {
    const h = startAddon();
    h.emu.globals.SpreadsheetApp.getActive().setSpreadsheetTimeZone('America/New_York');
    const acme = customer(h, { name: 'Acme Ltd', owner: 'amy@example.com' });
    // Friday 10:00 in New York (EDT); clocks go back on Sunday 2026-11-01.
    typeRows(h, 'Surveys', [
      { ID: 'S-00001', 'Customer ID': acme, Reason: 'Ad Hoc', Sent: new Date('2026-10-30T10:00:00-04:00') },
    ]);
    // Monday 09:30 EST: 3 days of 24 hours have passed, but it is not yet 3 days after 10:00 Friday.
    h.emu.rt.clock.set(new Date('2026-11-02T09:30:00-05:00'));
    daily(h);
    const survey = record(h, 'Surveys', 'S-00001');
    expect(instant(survey['Reminder Due'])).toBe(new Date('2026-11-02T10:00:00-05:00').getTime());
    expect(instant(survey.Closes)).toBe(new Date('2026-11-06T10:00:00-05:00').getTime());
    expect(survey.Status).toBe('Sent');
    expect(alerts(h, 'Survey Reminder', 'S-00001')).toHaveLength(0);
  });
});
