import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../tools/emulator/index';
import { ADDON_HOURLY, ADDON_ONE_PER_TYPE, TOO_MANY_TRIGGERS } from '../../tools/emulator/services/triggers';

describe('ScriptApp triggers', () => {
  it('creates an hourly time-driven trigger and describes it', () => {
    const { globals, triggers } = createEmulator({ activeUser: 'ann@example.com' });
    const { ScriptApp } = globals;
    const trigger = ScriptApp.newTrigger('runScheduledJobs').timeBased().everyHours(1).create();
    expect(trigger.getHandlerFunction()).toBe('runScheduledJobs');
    expect(trigger.getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(trigger.getTriggerSource()).toBe(ScriptApp.TriggerSource.CLOCK);
    expect(trigger.getUniqueId()).toMatch(/^\d+$/);
    expect(triggers.all()).toMatchObject([
      { handler: 'runScheduledJobs', owner: 'ann@example.com', schedule: { everyHours: 1 } },
    ]);
  });

  it('records daily schedules with an hour and a minute', () => {
    const { globals, triggers } = createEmulator();
    globals.ScriptApp.newTrigger('daily')
      .timeBased()
      .everyDays(1)
      .atHour(6)
      .nearMinute(30)
      .inTimezone('Asia/Shanghai')
      .create();
    expect(triggers.all()[0]?.schedule).toEqual({
      everyDays: 1,
      atHour: 6,
      nearMinute: 30,
      timeZone: 'Asia/Shanghai',
    });
  });

  it('lists the current user’s triggers and deletes them', () => {
    const emu = createEmulator({ activeUser: 'ann@example.com' });
    const { ScriptApp, SpreadsheetApp } = emu.globals;
    ScriptApp.newTrigger('hourly').timeBased().everyHours(1).create();
    ScriptApp.newTrigger('edited').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create();
    expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['hourly', 'edited']);
    const mine = ScriptApp.getUserTriggers(SpreadsheetApp.getActive());
    expect(mine.map((t) => t.getEventType())).toEqual([
      ScriptApp.EventType.CLOCK,
      ScriptApp.EventType.ON_EDIT,
    ]);
    ScriptApp.deleteTrigger(mine[0]!);
    expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['edited']);
    emu.rt.activeUser = emu.rt.effectiveUser = 'bob@example.com';
    expect(ScriptApp.getProjectTriggers()).toEqual([]);
  });

  it('allows 20 triggers per user per script', () => {
    const { ScriptApp } = createEmulator({ addon: false }).globals;
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => ScriptApp.newTrigger('f20').timeBased().everyHours(1).create()).toThrow(TOO_MANY_TRIGGERS);
  });

  it('gives an add-on one trigger of each type per user per document', () => {
    const emu = createEmulator();
    const { ScriptApp } = emu.globals;
    ScriptApp.newTrigger('a').timeBased().everyHours(1).create();
    expect(() => ScriptApp.newTrigger('b').timeBased().everyDays(1).create()).toThrow(ADDON_ONE_PER_TYPE);
    emu.rt.activeUser = emu.rt.effectiveUser = 'someone-else@example.com';
    expect(() => ScriptApp.newTrigger('b').timeBased().everyDays(1).create()).not.toThrow();
  });

  it('refuses an add-on time-driven trigger more often than hourly', () => {
    const { ScriptApp } = createEmulator().globals;
    expect(() => ScriptApp.newTrigger('f').timeBased().everyMinutes(30).create()).toThrow(ADDON_HOURLY);
    const { ScriptApp: plainScript } = createEmulator({ addon: false }).globals;
    expect(() => plainScript.newTrigger('f').timeBased().everyMinutes(30).create()).not.toThrow();
  });

  it('takes only 1, 5, 10, 15 or 30 minutes', () => {
    const { ScriptApp } = createEmulator({ addon: false }).globals;
    expect(() => ScriptApp.newTrigger('f').timeBased().everyMinutes(7)).toThrow(/1, 5, 10, 15 or 30/);
  });

  it('exposes AuthMode, EventType and TriggerSource as enum objects', () => {
    const { ScriptApp } = createEmulator().globals;
    expect(String(ScriptApp.AuthMode.NONE)).toBe('NONE');
    expect(Object.keys(ScriptApp.AuthMode)).toEqual(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
    expect(ScriptApp.AuthMode.FULL).not.toBe('FULL');
    expect(ScriptApp.EventType.ON_OPEN.name()).toBe('ON_OPEN');
    expect(ScriptApp.TriggerSource.SPREADSHEETS.ordinal()).toBe(0);
  });
});
