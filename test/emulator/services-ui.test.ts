import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../tools/emulator/index';

describe('Ui', () => {
  it('records the add-on menu tree', () => {
    const emu = createEmulator({ addonName: 'CRM' });
    const ui = emu.globals.SpreadsheetApp.getUi();
    const more = ui.createMenu('More').addItem('Help', 'showHelp');
    ui.createAddonMenu().addItem('Open CRM', 'openSidebar').addSeparator().addSubMenu(more).addToUi();
    expect(emu.ui.menus).toEqual([
      {
        name: 'CRM',
        addon: true,
        entries: [
          { type: 'item', caption: 'Open CRM', functionName: 'openSidebar' },
          { type: 'separator' },
          {
            type: 'submenu',
            menu: {
              name: 'More',
              addon: false,
              entries: [{ type: 'item', caption: 'Help', functionName: 'showHelp' }],
            },
          },
        ],
      },
    ]);
  });

  it('replaces a menu added again under the same name', () => {
    const emu = createEmulator();
    const ui = emu.globals.SpreadsheetApp.getUi();
    ui.createMenu('Tools').addItem('A', 'a').addToUi();
    ui.createMenu('Tools').addItem('B', 'b').addToUi();
    expect(emu.ui.menus).toMatchObject([{ name: 'Tools', entries: [{ caption: 'B' }] }]);
  });

  it('records sidebars and dialogs with their HTML', () => {
    const emu = createEmulator();
    const { SpreadsheetApp, HtmlService } = emu.globals;
    const ui = SpreadsheetApp.getUi();
    ui.showSidebar(HtmlService.createHtmlOutput('<form></form>').setTitle('CRM'));
    ui.showModalDialog(HtmlService.createHtmlOutput('<p>sure?</p>').setWidth(400).setHeight(100), 'Confirm');
    expect(emu.ui.sidebar).toMatchObject({ kind: 'sidebar', title: 'CRM', content: '<form></form>' });
    expect(emu.ui.dialogs[1]).toMatchObject({ kind: 'modal', title: 'Confirm', width: 400, height: 100 });
  });

  it('answers alerts with the first button unless told otherwise', () => {
    const emu = createEmulator();
    const ui = emu.globals.SpreadsheetApp.getUi();
    expect(ui.alert('Saved')).toBe(ui.Button.OK);
    expect(ui.alert('Delete?', 'Delete 3 rows?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    emu.ui.answer('NO');
    expect(ui.alert('Delete 3 rows?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(emu.ui.alerts).toMatchObject([
      { title: '', prompt: 'Saved', buttons: 'OK', clicked: 'OK' },
      { title: 'Delete?', prompt: 'Delete 3 rows?', buttons: 'YES_NO', clicked: 'YES' },
      { title: '', prompt: 'Delete 3 rows?', buttons: 'YES_NO', clicked: 'NO' },
    ]);
  });

  it('refuses an answer the dialog does not offer', () => {
    const emu = createEmulator();
    const ui = emu.globals.SpreadsheetApp.getUi();
    emu.ui.answer('YES');
    expect(() => ui.alert('Saved')).toThrow(/not in ButtonSet.OK/);
  });

  it('prompts for text', () => {
    const emu = createEmulator();
    const ui = emu.globals.SpreadsheetApp.getUi();
    emu.ui.answer('OK', 'ACME');
    const response = ui.prompt('Customer name?', ui.ButtonSet.OK_CANCEL);
    expect(response.getResponseText()).toBe('ACME');
    expect(response.getSelectedButton()).toBe(ui.Button.OK);
  });
});
