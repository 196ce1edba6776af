import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../tools/emulator/index';
import { NO_UI } from '../../tools/emulator/services/spreadsheet-guard';
import { loadScript } from './loader-fixture';

const MENU_ON_OPEN = `function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem(String(e.authMode), 'x').addToUi();
  if (e.authMode !== ScriptApp.AuthMode.NONE) PropertiesService.getDocumentProperties().getKeys();
}
function use() {}`;

describe('AuthMode.NONE: onOpen of an add-on not yet used in the document', () => {
  it('may build the menu', () => {
    const emu = createEmulator();
    loadScript(emu, MENU_ON_OPEN).open();
    expect(emu.ui.menus[0]?.entries).toEqual([{ type: 'item', caption: 'NONE', functionName: 'x' }]);
  });

  it.each([
    [
      'PropertiesService.getDocumentProperties()',
      'You do not have permission to call PropertiesService.getDocumentProperties.',
    ],
    ['LockService.getDocumentLock()', 'You do not have permission to call LockService.getDocumentLock.'],
    ['Session.getActiveUser()', 'You do not have permission to call Session.getActiveUser.'],
    [
      'SpreadsheetApp.getActive()',
      'You do not have permission to call SpreadsheetApp.getActive. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly',
    ],
  ])('may not call %s', (call, message) => {
    const emu = createEmulator();
    const addon = loadScript(emu, `function onOpen(e) { ${call}; }`);
    expect(() => addon.open()).toThrow(message);
  });

  it('gets no source or user in its event, and may read the locale', () => {
    const emu = createEmulator();
    const addon = loadScript(
      emu,
      `function onOpen(e) {
        const keys = Object.keys(e).join(',') + ' ' + Session.getActiveUserLocale();
        SpreadsheetApp.getUi().createMenu(keys).addToUi();
      }`,
    );
    addon.open();
    expect(emu.ui.menus[0]?.name).toBe('authMode en_US');
  });

  it('turns into LIMITED once the add-on has been used in the document', () => {
    const emu = createEmulator();
    const addon = loadScript(emu, MENU_ON_OPEN);
    addon.call('use');
    addon.open();
    expect(emu.ui.menus[0]?.entries[0]).toMatchObject({ caption: 'LIMITED' });
  });
});

describe('AuthMode.LIMITED: simple triggers', () => {
  const refused = (call: string) => {
    const emu = createEmulator({ enabled: true });
    return () => loadScript(emu, `function onOpen() { ${call}; }`).open();
  };

  it('cannot send mail', () => {
    expect(refused("MailApp.sendEmail('a@example.com', 's', 'b')")).toThrow(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
  });

  it('cannot manage triggers', () => {
    expect(refused("ScriptApp.newTrigger('f')")).toThrow(
      'You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
  });

  it('cannot open a sidebar', () => {
    expect(refused("SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('x'))")).toThrow(
      'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
  });

  it('may use properties, locks and the document', () => {
    expect(
      refused(
        "PropertiesService.getDocumentProperties().setProperty('a', '1'); LockService.getDocumentLock().tryLock(1); SpreadsheetApp.getActive()",
      ),
    ).not.toThrow();
  });

  it('stops after 30 seconds', () => {
    const emu = createEmulator({ enabled: true });
    const addon = loadScript(
      emu,
      'function onOpen() { Utilities.sleep(31000); Session.getScriptTimeZone(); }',
    );
    expect(() => addon.open()).toThrow('Exceeded maximum execution time');
  });
});

describe('time-driven triggers', () => {
  it('have no UI to show', () => {
    const emu = createEmulator();
    const addon = loadScript(
      emu,
      `function install() { ScriptApp.newTrigger('tick').timeBased().everyHours(1).create(); }
       function tick() { SpreadsheetApp.getUi(); }`,
    );
    addon.call('install');
    expect(() => addon.runClockTriggers()).toThrow(NO_UI);
    expect(NO_UI).toBe('Cannot call SpreadsheetApp.getUi() from this context.');
  });
});
