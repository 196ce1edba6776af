/**
 * Protections in the emulator bind only value/format writes through a Range. Apps Script also
 * refuses (a) changing or removing a protection the user may not edit, and (b) structural edits
 * (deleting/inserting rows, clearing the sheet) inside a sheet the user may not edit.
 *
 * (a) https://developers.google.com/apps-script/reference/spreadsheet/protection : the reference's
 *     own samples remove only "protections in the spreadsheet that the user has permission to
 *     edit", guarding remove() with canEdit(); the page summary: "Protection can be removed
 *     entirely from ranges or sheets if the user has edit permission." canEdit(): "Determines
 *     whether the user has permission to edit the protected range or sheet."
 * (b) https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect : a protection
 *     "can protect the sheet from being edited except by users who have permission".
 */
import { describe, expect, it } from 'vitest';
import { fresh } from './spreadsheet-fixture';

const PROTECTED = /protected/i;

/** An owner-only protection (what an earlier add-on version put on the Audit Log). */
function ownerOnly() {
  const env = fresh();
  const { rt, sheet } = env;
  rt.owner = 'owner@example.com';
  rt.activeUser = 'owner@example.com';
  sheet.getRange('A1:B3').setValues([
    ['Time', 'What'],
    ['t1', 'a'],
    ['t2', 'b'],
  ]);
  const whole = sheet.protect().setDescription('log');
  whole.removeEditors(whole.getEditors());
  const column = sheet.getRange('D:D').protect().setDescription('computed');
  column.removeEditors(column.getEditors());
  rt.activeUser = 'staff@example.com';
  return { ...env, whole, column };
}

describe('a user outside a protection cannot change it', () => {
  it('refuses remove, setWarningOnly, setDescription and setRange, and leaves it as it was', () => {
    const { sheet, app, whole, column } = ownerOnly();
    expect(whole.canEdit()).toBe(false);
    expect(() => whole.setWarningOnly(true)).toThrow();
    expect(() => whole.setDescription('mine now')).toThrow();
    expect(() => column.setRange(sheet.getRange('E:E'))).toThrow();
    expect(() => column.remove()).toThrow();
    expect(sheet.getProtections(app.ProtectionType.SHEET)[0]!.isWarningOnly()).toBe(false);
    expect(sheet.getProtections(app.ProtectionType.SHEET)[0]!.getDescription()).toBe('log');
    expect(sheet.getProtections(app.ProtectionType.RANGE).map((p) => p.getRange().getA1Notation())).toEqual([
      'D:D',
    ]);
  });
});

describe('structural edits inside a sheet the user may not edit', () => {
  it('refuses deleteRows and insertRowsBefore, leaving the rows in place', () => {
    const { sheet } = ownerOnly();
    expect(() => sheet.deleteRows(2, 1)).toThrow(PROTECTED);
    expect(() => sheet.insertRowsBefore(2, 1)).toThrow(PROTECTED);
    expect(sheet.getRange('A2:B3').getValues()).toEqual([
      ['t1', 'a'],
      ['t2', 'b'],
    ]);
    expect(sheet.getMaxRows()).toBe(1000);
  });

  it('refuses Sheet.clear / clearContents and setDataValidation on protected cells', () => {
    const { sheet, app } = ownerOnly();
    expect(() => sheet.clearContents()).toThrow(PROTECTED);
    expect(() => sheet.clear()).toThrow(PROTECTED);
    const rule = app.newDataValidation().requireValueInList(['x']).build();
    expect(() => sheet.getRange('B2:B3').setDataValidation(rule)).toThrow(PROTECTED);
    expect(sheet.getRange('A2').getValue()).toBe('t1');
    expect(sheet.getRange('B2').getDataValidation()).toBeNull();
  });
});
