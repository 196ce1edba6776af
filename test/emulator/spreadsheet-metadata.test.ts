import { describe, expect, it } from 'vitest';
import { fresh } from './spreadsheet-fixture';

/** Binds key → column the way Set up does: metadata on the whole column. */
function bound() {
  const ctx = fresh();
  const { sheet } = ctx;
  sheet.getRange(1, 2, sheet.getMaxRows(), 1).addDeveloperMetadata('crm.column', 'name');
  sheet.getRange('D:D').addDeveloperMetadata('crm.column', 'status');
  const columns = () =>
    Object.fromEntries(
      sheet
        .createDeveloperMetadataFinder()
        .withKey('crm.column')
        .find()
        .map((md) => [md.getValue(), md.getLocation().getColumn()!.getColumn()]),
    );
  return { ...ctx, columns };
}

describe('developer metadata on columns', () => {
  it('is found by key on the spreadsheet, the sheet and a range', () => {
    const { ss, sheet, columns } = bound();
    expect(columns()).toEqual({ name: 2, status: 4 });
    expect(ss.createDeveloperMetadataFinder().withKey('crm.column').find()).toHaveLength(2);
    const inB = sheet.getRange('B:B').createDeveloperMetadataFinder().withKey('crm.column').find();
    expect(inB.map((md) => md.getValue())).toEqual(['name']);
    expect(sheet.getRange('B1:B5').createDeveloperMetadataFinder().find()).toHaveLength(0);
    expect(
      sheet.getRange('B1:B5').createDeveloperMetadataFinder().onIntersectingLocations().find(),
    ).toHaveLength(1);
    expect(
      sheet
        .getRange('B:B')
        .getDeveloperMetadata()
        .map((md) => md.getKey()),
    ).toEqual(['crm.column']);
  });

  it('reports its location as a whole-column range', () => {
    const { sheet, app } = bound();
    const [md] = sheet.getRange('B:B').getDeveloperMetadata();
    const location = md!.getLocation();
    expect(location.getLocationType()).toBe(app.DeveloperMetadataLocationType.COLUMN);
    expect(location.getColumn()!.getA1Notation()).toBe('B:B');
    expect(location.getRow()).toBeNull();
    expect(location.getSheet()!.getName()).toBe('Sheet1');
  });

  it('moves with its column when columns are inserted, moved or deleted', () => {
    const { sheet, columns } = bound();
    sheet.insertColumnsBefore(1, 2);
    expect(columns()).toEqual({ name: 4, status: 6 });
    sheet.moveColumns(sheet.getRange('F1'), 1);
    expect(columns()).toEqual({ name: 5, status: 1 });
    sheet.deleteColumns(2, 2);
    expect(columns()).toEqual({ name: 3, status: 1 });
  });

  it('is removed with its column', () => {
    const { sheet, columns } = bound();
    sheet.deleteColumn(2);
    expect(columns()).toEqual({ status: 3 });
  });

  it('changes value and disappears on remove()', () => {
    const { sheet, columns } = bound();
    const [md] = sheet.getRange('D:D').getDeveloperMetadata();
    md!.setValue('state');
    expect(columns()).toEqual({ name: 2, state: 4 });
    md!.remove();
    expect(columns()).toEqual({ name: 2 });
  });

  it('refuses ranges that are not whole rows or columns', () => {
    const { sheet } = fresh();
    expect(() => sheet.getRange('A1:B2').addDeveloperMetadata('k', 'v')).toThrow(
      'Adding developer metadata to arbitrary ranges is not currently supported.',
    );
  });
});

describe('developer metadata elsewhere', () => {
  it('lives on rows, sheets and the spreadsheet, each found in its scope', () => {
    const { ss, sheet, app } = fresh();
    sheet.getRange('3:3').addDeveloperMetadata('row', 'three');
    sheet.addDeveloperMetadata('sheet', 'one');
    ss.addDeveloperMetadata('book', null, app.DeveloperMetadataVisibility.PROJECT);
    expect(ss.getDeveloperMetadata().map((md) => [md.getKey(), md.getValue(), md.getVisibility()])).toEqual([
      ['book', null, 'PROJECT'],
    ]);
    expect(sheet.getDeveloperMetadata().map((md) => md.getKey())).toEqual(['sheet']);
    expect(
      sheet
        .createDeveloperMetadataFinder()
        .find()
        .map((md) => md.getKey()),
    ).toEqual(['row', 'sheet']);
    sheet.insertRowsBefore(1, 2);
    const [row] = sheet.createDeveloperMetadataFinder().withLocationType('ROW').find();
    expect(row!.getLocation().getRow()!.getRow()).toBe(5);
    expect(ss.createDeveloperMetadataFinder().withValue('three').find()).toHaveLength(1);
    expect(ss.createDeveloperMetadataFinder().withId(row!.getId()).find()).toHaveLength(1);
  });
});
