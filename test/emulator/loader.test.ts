import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../tools/emulator/index';
import { topLevelFunctions } from '../../tools/emulator/loader';
import { loadScript } from './loader-fixture';

const SCRIPT = `
var Bundle = (function () { return { hello: function (name) { return 'hello ' + name; } }; })();
function hello(name) { return Bundle.hello(name); }
function shape() { return { list: [1, 'a', null], at: new Date(Date.UTC(2026, 0, 1)) }; }
globalThis.hidden = function () { return 'hidden'; };
var alsoHidden = function () {};
`;

describe('loading a script', () => {
  it('lists only top-level function declarations', () => {
    expect(topLevelFunctions(SCRIPT)).toEqual(['hello', 'shape']);
    expect(loadScript(createEmulator(), SCRIPT).functions).toEqual(['hello', 'shape']);
  });

  it('calls them with arguments and hands back plain emulator values', () => {
    const addon = loadScript(createEmulator(), SCRIPT);
    expect(addon.call('hello', 'Ann')).toBe('hello Ann');
    const result = addon.call('shape') as { list: unknown[]; at: Date };
    expect(result.list).toEqual([1, 'a', null]);
    expect(result.at).toBeInstanceOf(Date);
    expect(result.at.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('refuses what is not a top-level function, as Apps Script does', () => {
    const addon = loadScript(createEmulator(), SCRIPT);
    expect(() => addon.call('hidden')).toThrow('Script function not found: hidden');
  });

  it('holds exactly the Apps Script globals', () => {
    const addon = loadScript(
      createEmulator(),
      `function names() {
        return ['require', 'process', 'module', 'exports', 'fetch', 'setTimeout', 'setInterval', 'Buffer',
          'SpreadsheetApp', 'Charts', 'LockService', 'PropertiesService', 'ScriptApp', 'HtmlService', 'MailApp',
          'Session', 'Utilities', 'Logger', 'console'].filter(function (n) { return typeof globalThis[n] !== 'undefined'; });
      }`,
    );
    expect(addon.call('names')).toEqual([
      'SpreadsheetApp',
      'Charts',
      'LockService',
      'PropertiesService',
      'ScriptApp',
      'HtmlService',
      'MailApp',
      'Session',
      'Utilities',
      'Logger',
      'console',
    ]);
  });

  it('reads the built-ins from bindings of its own, still letting a script declare one of their names', () => {
    // The bindings make built-ins as quick to read as in Apps Script; one a script declares is its own.
    const addon = loadScript(
      createEmulator(),
      `var escape = 'mine';
       function readings() {
         const global = globalThis.Math;
         globalThis.Math = null;
         try { return [Math.floor(2.5), Math === global, escape, JSON.stringify([1])]; } finally { globalThis.Math = global; }
       }`,
    );
    expect(addon.call('readings')).toEqual([2, true, 'mine', '[1]']);
  });

  it('starts every execution from a fresh global scope', () => {
    const addon = loadScript(
      createEmulator(),
      'var count = 0; function bump() { count += 1; return count; }',
    );
    expect(addon.call('bump')).toBe(1);
    expect(addon.call('bump')).toBe(1);
  });
});

describe('time inside the script', () => {
  const CLOCK = `function now() { return [new Date().getTime(), Date.now(), typeof Date(), new Date(0).getTime()]; }`;

  it('new Date() and Date.now() follow the simulated clock', () => {
    const emu = createEmulator();
    const addon = loadScript(emu, CLOCK);
    const start = emu.rt.clock.now();
    expect(addon.call('now')).toEqual([start, start, 'string', 0]);
    emu.rt.clock.advance(3_600_000);
    expect(addon.call('now')).toEqual([start + 3_600_000, start + 3_600_000, 'string', 0]);
  });

  it('every form of new Date(...) and a Date subclass behave as the context’s own Date', () => {
    const emu = createEmulator();
    const addon = loadScript(
      emu,
      `class Stamp extends Date { label() { return 'stamp'; } }
       function forms() {
         const made = [new Date(86400000), new Date('2026-01-05T00:00:00Z'), new Date(2026, 0), new Date(2026, 0, 5),
           new Date(2026, 0, 5, 1), new Date(2026, 0, 5, 1, 2), new Date(2026, 0, 5, 1, 2, 3), new Date(2026, 0, 5, 1, 2, 3, 4)];
         const stamp = new Stamp(0);
         return [made.map((d) => d.getTime()), made.every((d) => d instanceof Date), stamp.label(), stamp.getTime(), stamp instanceof Date];
       }`,
    );
    const local = [
      new Date(2026, 0).getTime(),
      new Date(2026, 0, 5).getTime(),
      new Date(2026, 0, 5, 1).getTime(),
      new Date(2026, 0, 5, 1, 2).getTime(),
      new Date(2026, 0, 5, 1, 2, 3).getTime(),
      new Date(2026, 0, 5, 1, 2, 3, 4).getTime(),
    ];
    expect(addon.call('forms')).toEqual([[86400000, Date.UTC(2026, 0, 5), ...local], true, 'stamp', 0, true]);
  });

  it('applies the 6-minute limit to each execution on its own', () => {
    const emu = createEmulator();
    const addon = loadScript(
      emu,
      `function slow() { Utilities.sleep(7 * 60 * 1000); return Session.getScriptTimeZone(); }
       function quick() { return Session.getScriptTimeZone(); }`,
    );
    expect(() => addon.call('slow')).toThrow('Exceeded maximum execution time');
    expect(addon.call('quick')).toBe(emu.rt.scriptTimeZone);
    expect(emu.rt.executionStart).toBeUndefined();
  });

  it('stops a run that catches the time-limit error', () => {
    const addon = loadScript(
      createEmulator(),
      `function stubborn() {
        try { Utilities.sleep(7 * 60 * 1000); Session.getScriptTimeZone(); } catch (e) { return 'caught'; }
      }`,
    );
    expect(() => addon.call('stubborn')).toThrow('Exceeded maximum execution time');
  });
});

describe('values from the emulator inside the script', () => {
  it('Dates from the spreadsheet are the script’s own Dates, arrays its own arrays', () => {
    const emu = createEmulator();
    const addon = loadScript(
      emu,
      `function check() {
        const range = SpreadsheetApp.getActive().getSheets()[0].getRange('A1:B1');
        range.setValues([[new Date(Date.UTC(2026, 0, 5)), 'x']]);
        const values = range.getValues();
        return [values instanceof Array, values[0] instanceof Array, values[0][0] instanceof Date, values[0][0].getTime()];
      }`,
    );
    expect(addon.call('check')).toEqual([true, true, true, Date.UTC(2026, 0, 5)]);
  });

  it("errors from services are the script's Errors, reported as Apps Script's Exception", () => {
    const emu = createEmulator();
    emu.locks.hold('document');
    const addon = loadScript(
      emu,
      `function check() {
        try { LockService.getDocumentLock().waitLock(10); } catch (e) { return [e instanceof Error, String(e)]; }
      }`,
    );
    expect(addon.call('check')).toEqual([
      true,
      'Exception: Lock timeout: another process was holding the lock for too long.',
    ]);
  });

  it('enum values keep their identity', () => {
    const addon = loadScript(
      createEmulator(),
      `function check() {
        const t = ScriptApp.newTrigger('f').timeBased().everyHours(1).create();
        return t.getEventType() === ScriptApp.EventType.CLOCK;
      }`,
    );
    expect(addon.call('check')).toBe(true);
  });
});

describe('who runs what', () => {
  const SCRIPT_AS = `
    function install() { ScriptApp.newTrigger('tick').timeBased().everyHours(1).create(); }
    function tick(e) {
      PropertiesService.getDocumentProperties().setProperty('ran', Session.getActiveUser().getEmail() + ' ' + String(e.authMode) + ' ' + e.triggerUid);
    }`;

  it('runs an installable trigger as the person who installed it', () => {
    const emu = createEmulator({ activeUser: 'ann@example.com' });
    const addon = loadScript(emu, SCRIPT_AS);
    addon.call('install');
    emu.rt.activeUser = emu.rt.effectiveUser = 'bob@example.com';
    addon.runClockTriggers();
    const uid = emu.triggers.all()[0]?.uniqueId;
    expect(emu.properties.document.get('ran')).toBe(`ann@example.com FULL ${uid}`);
    expect(emu.rt.activeUser).toBe('bob@example.com');
  });
});

describe('a person editing a cell', () => {
  const ON_EDIT = `function onEdit(e) {
    PropertiesService.getDocumentProperties().setProperty('event', JSON.stringify({
      a1: e.range.getA1Notation(), value: e.value, oldValue: e.oldValue, mode: String(e.authMode),
      user: e.user.getEmail(), source: e.source.getSheets().length > 0
    }));
  }`;

  const lastEvent = (emu: ReturnType<typeof createEmulator>) =>
    JSON.parse(emu.properties.document.get('event') ?? 'null');

  it('fires onEdit in LIMITED with the range, new and old value, source and user', () => {
    const emu = createEmulator({ activeUser: 'ann@example.com', enabled: true });
    const addon = loadScript(emu, ON_EDIT);
    const sheet = emu.globals.SpreadsheetApp.getActive().getSheets()[0]!.getName();
    addon.edit(sheet, 'B2', 'first');
    expect(lastEvent(emu)).toEqual({
      a1: 'B2',
      value: 'first',
      mode: 'LIMITED',
      user: 'ann@example.com',
      source: true,
    });
    addon.edit(sheet, 'B2', 42);
    expect(lastEvent(emu)).toMatchObject({ value: '42', oldValue: 'first' });
    addon.edit(sheet, 'B2', '');
    expect(lastEvent(emu)).toEqual({
      a1: 'B2',
      oldValue: '42',
      mode: 'LIMITED',
      user: 'ann@example.com',
      source: true,
    });
  });

  it('hands dates over as serial numbers in the spreadsheet zone', () => {
    const emu = createEmulator({ spreadsheetTimeZone: 'Asia/Shanghai' });
    const addon = loadScript(emu, ON_EDIT);
    const sheet = emu.globals.SpreadsheetApp.getActive().getSheets()[0]!.getName();
    addon.edit(sheet, 'A1', new Date(Date.UTC(2026, 0, 4, 16)));
    expect(lastEvent(emu)).toMatchObject({ value: '46027' });
  });

  it('does not count the person’s edit as service calls', () => {
    const emu = createEmulator();
    const addon = loadScript(emu, 'function unrelated() {}');
    const sheet = emu.globals.SpreadsheetApp.getActive().getSheets()[0]!.getName();
    emu.rt.resetCounters();
    addon.edit(sheet, 'A1', 1);
    expect(emu.rt.totalCalls()).toBe(0);
  });
});

describe('google.script.run', () => {
  const SERVER = `
    function echo(x) { return x; }
    function when() { return { at: new Date() }; }
    function secret_() { return 1; }`;

  it('passes plain data both ways', () => {
    const addon = loadScript(createEmulator(), SERVER);
    expect(addon.serve('echo', { a: [1, 'b', { c: true }] })).toEqual({ a: [1, 'b', { c: true }] });
  });

  it('refuses a Date argument and delivers a Date result as null', () => {
    const addon = loadScript(createEmulator(), SERVER);
    expect(() => addon.serve('echo', { at: new Date() })).toThrow(/argument 1.at is a Date/);
    expect(addon.serve('when')).toBeNull();
  });

  it('cannot reach private functions', () => {
    const addon = loadScript(createEmulator(), SERVER);
    expect(() => addon.serve('secret_')).toThrow(/private function secret_/);
    expect(addon.call('secret_')).toBe(1);
  });
});
