import { describe, expect, it } from 'vitest';
import { fresh } from './spreadsheet-fixture';

describe('range protection', () => {
  it('protects a range with a description and warning-only flag', () => {
    const { app, sheet } = fresh();
    const protection = sheet.getRange('C1:C1000').protect().setDescription('computed').setWarningOnly(true);
    expect(protection.getProtectionType()).toBe(app.ProtectionType.RANGE);
    expect([protection.getDescription(), protection.isWarningOnly()]).toEqual(['computed', true]);
    expect(protection.getRange().getA1Notation()).toBe('C1:C1000');
    expect(protection.canEdit()).toBe(true);
    const found = sheet.getProtections(app.ProtectionType.RANGE);
    expect(found.map((p) => p.getDescription())).toEqual(['computed']);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toEqual([]);
  });

  it('moves the range with inserted columns and can point elsewhere or be removed', () => {
    const { app, sheet, ss } = fresh();
    const protection = sheet.getRange('C:C').protect();
    sheet.insertColumnBefore(1);
    expect(sheet.getProtections(app.ProtectionType.RANGE)[0]!.getRange().getColumn()).toBe(4);
    protection.setRange(sheet.getRange('A1:A5'));
    expect(protection.getRange().getA1Notation()).toBe('A1:A5');
    expect(ss.getProtections(app.ProtectionType.RANGE)).toHaveLength(1);
    protection.remove();
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(0);
  });

  it('starts with the owner and the user as editors; the owner stays when editors are removed', () => {
    const { sheet, rt } = fresh();
    rt.owner = 'owner@example.com';
    const protection = sheet.getRange('A1').protect();
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual([
      'owner@example.com',
      'user@example.com',
    ]);
    protection.removeEditors(protection.getEditors());
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual(['owner@example.com']);
    expect(protection.canEdit()).toBe(false);
    // Out of the editors, the user can no longer change the protection; the owner can.
    expect(() => protection.addEditor('user@example.com')).toThrow(/protected/);
    rt.activeUser = 'owner@example.com';
    protection.addEditor('user@example.com');
    rt.activeUser = 'user@example.com';
    expect(protection.canEdit()).toBe(true);
    expect(protection.canDomainEdit()).toBe(false);
  });
});

describe('editing protected cells', () => {
  const PROTECTED = /You are trying to edit a protected cell or object/;

  it("refuses a script's user outside the editors, lets the owner and editors through", () => {
    const { sheet, rt } = fresh();
    rt.owner = 'owner@example.com';
    rt.activeUser = 'owner@example.com';
    const protection = sheet.getRange('B2:B3').protect();
    protection.removeEditors(protection.getEditors());
    sheet.getRange('B2').setValue('by the owner');
    rt.activeUser = 'staff@example.com';
    expect(() =>
      sheet.getRange('A1:B2').setValues([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow(PROTECTED);
    expect(() => sheet.getRange('B3').setNote('n')).toThrow(PROTECTED);
    expect(() => sheet.getRange('B3').clearContent()).toThrow(PROTECTED);
    expect(sheet.getRange('B2').getValue()).toBe('by the owner');
    sheet.getRange('A1').setValue('outside the protection');
    expect(() => protection.addEditor('staff@example.com')).toThrow(PROTECTED);
    rt.activeUser = 'owner@example.com';
    protection.addEditor('staff@example.com');
    rt.activeUser = 'staff@example.com';
    sheet.getRange('B3').setValue('an editor');
    expect(sheet.getRange('B3').getValue()).toBe('an editor');
  });

  it('lets everyone through a warning-only protection, and refuses an append to a protected sheet', () => {
    const { sheet, rt } = fresh();
    rt.owner = 'owner@example.com';
    rt.activeUser = 'owner@example.com';
    sheet.getRange('A:A').protect().setWarningOnly(true);
    rt.activeUser = 'staff@example.com';
    sheet.getRange('A1').setValue('warned, not refused');
    rt.activeUser = 'owner@example.com';
    const whole = sheet.protect();
    whole.removeEditors(whole.getEditors());
    rt.activeUser = 'staff@example.com';
    expect(() => sheet.appendRow(['x'])).toThrow(PROTECTED);
    rt.activeUser = 'owner@example.com';
    sheet.appendRow(['by the owner']);
  });
});

describe('sheet protection', () => {
  it('protects the whole sheet once; protecting again returns the same protection', () => {
    const { app, sheet } = fresh();
    sheet.protect().setDescription('log');
    const again = sheet.protect();
    expect(again.getDescription()).toBe('log');
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    expect(again.getRange().getA1Notation()).toBe('A1:Z1000');
    again.setUnprotectedRanges([sheet.getRange('A1:B2')]);
    expect(again.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['A1:B2']);
  });
});
