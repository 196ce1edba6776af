/**
 * A win-back's Check Reaction By is the days set in Settings after it starts, by the calendar of
 * the spreadsheet's zone (src/api/win-backs.ts): a change of clocks in between moves it by no hour.
 */
import { describe, expect, it } from 'vitest';
import { customer, record, serve } from './daily-fixtures';
import { startAddon } from './harness';

describe('a win-back started just before the clocks go back', () => {
  it('is checked at the same time of day 3 days on', () => {
    const h = startAddon();
    h.emu.globals.SpreadsheetApp.getActive().setSpreadsheetTimeZone('America/New_York');
    // Friday 10:00 in New York (EDT); clocks go back on Sunday 2026-11-01.
    h.emu.rt.clock.set(new Date('2026-10-30T10:00:00-04:00'));
    const acme = customer(h, { name: 'Acme Ltd' });
    const w = serve(h, 'sidebarStartWinBack', {
      customerId: acme,
      cause: 'Budget',
      measures: 'Discount offered.',
    });
    expect(w.ok, JSON.stringify(w)).toBe(true);
    const checkBy = record(h, 'Win-backs', w.value!.id)['Check Reaction By'] as Date;
    // Monday 10:00 EST.
    expect(checkBy.getTime()).toBe(new Date('2026-11-02T10:00:00-05:00').getTime());
  });
});
