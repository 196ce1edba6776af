import { describe, expect, it } from 'vitest';
import { fresh } from './spreadsheet-fixture';

/** A 3-row table whose row 2 has a note, a background, a format and a dropdown. */
function table() {
  const ctx = fresh();
  const { sheet, app } = ctx;
  sheet.getRange('A1:C3').setValues([
    ['ID', 'Name', 'Status'],
    ['C-1', 'Ann', 'Won'],
    ['C-2', 'Bob', 'Lost'],
  ]);
  sheet.getRange('B2').setNote('VIP').setBackground('#ff0000');
  sheet
    .getRange('C2:C')
    .setDataValidation(app.newDataValidation().requireValueInList(['Won', 'Lost']).build());
  sheet.getRange('A2:A').setNumberFormat('@');
  return ctx;
}

describe('last row and column', () => {
  it('are 0 on an empty sheet and follow the last cell with content', () => {
    const { sheet } = fresh();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    sheet.getRange('D7').setValue('x');
    sheet.getRange('B9').setNote('notes do not count').setBackground('#00ff00');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([7, 4]);
    sheet.getRange('D7').clearContent();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
  });
});

describe('appendRow', () => {
  it('writes below the last row, parsing values like setValues', () => {
    const { sheet } = table();
    sheet.appendRow(['C-3', '0123', '2026-01-05']);
    expect(sheet.getRange('A4:B4').getValues()).toEqual([['C-3', 123]]);
    expect(sheet.getRange('C4').getValue()).toBeInstanceOf(Date);
  });

  it('grows a full sheet by a row that copies the last row formatting', () => {
    const { sheet } = fresh();
    sheet.getRange('A1000').setValue('last').setBackground('#00ff00');
    sheet.appendRow(['new']);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange('A1001').getValue()).toBe('new');
    expect(sheet.getRange('A1001').getBackground()).toBe('#00ff00');
  });

  it('does not grow the sheet for setValues past the last row', () => {
    const { sheet } = fresh();
    expect(() => sheet.getRange(1000, 1, 2, 1).setValues([[1], [2]])).toThrow('outside the dimensions');
  });
});

describe('inserting rows', () => {
  it('shifts values, notes, formats and validations down and grows the sheet', () => {
    const { sheet } = table();
    sheet.insertRowsBefore(2, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A4:C4').getValues()).toEqual([['C-1', 'Ann', 'Won']]);
    expect(sheet.getRange('B4').getNote()).toBe('VIP');
    expect(sheet.getRange('B4').getBackground()).toBe('#ff0000');
    expect(sheet.getRange('C4').getDataValidation()!.getCriteriaValues()).toEqual([['Won', 'Lost'], true]);
    expect(sheet.getRange('A2:C3').getValues()).toEqual([
      ['', '', ''],
      ['', '', ''],
    ]);
  });

  it('gives new rows the formatting of the row they are inserted next to, not its content', () => {
    const { sheet } = table();
    sheet.insertRowAfter(2);
    expect(sheet.getRange('B3').getBackground()).toBe('#ff0000');
    expect(sheet.getRange('B3').getNote()).toBe('');
    expect(sheet.getRange('A3').getNumberFormat()).toBe('@');
    sheet.insertRowBefore(2);
    expect(sheet.getRange('B2').getBackground()).toBe('#ff0000');
    expect(sheet.getRange('B3').getValue()).toBe('Ann');
  });

  it('inserts rows as insertRows(rowIndex, numRows)', () => {
    const { sheet } = table();
    sheet.insertRows(3, 2);
    expect(sheet.getRange('A5').getValue()).toBe('C-2');
  });
});

// "Up to 10 million cells" a spreadsheet (https://support.google.com/docs/answer/37603); scripts
// report the refusal word for word, e.g. from setValues and addSheet growing a full workbook.
describe('the 10 million cell limit', () => {
  const LIMIT =
    'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';

  it('refuses rows, columns, an appended row or a sheet that would pass it, and changes nothing', () => {
    const { sheet, ss } = fresh();
    sheet.insertRowsAfter(1000, 383_615); // 384,615 rows of 26 columns: 9,999,990 cells
    expect(() => sheet.insertRowsAfter(384_615, 1)).toThrow(LIMIT);
    expect(() => sheet.insertColumnsAfter(26, 1)).toThrow(LIMIT);
    expect(() => ss.insertSheet('More')).toThrow(LIMIT);
    sheet.getRange(384_615, 1).setValue('last');
    expect(() => sheet.appendRow(['one more'])).toThrow(LIMIT);
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), ss.getSheets().length]).toEqual([384_615, 26, 1]);
  });
});

describe('deleting rows', () => {
  it('shifts everything below up and shrinks the sheet', () => {
    const { sheet } = table();
    sheet.deleteRow(2);
    expect(sheet.getMaxRows()).toBe(999);
    expect(sheet.getRange('A2:C2').getValues()).toEqual([['C-2', 'Bob', 'Lost']]);
    expect(sheet.getRange('B2').getNote()).toBe('');
    expect(sheet.getRange('B2').getBackground()).toBe('#ffffff');
    sheet.deleteRows(1, 2);
    expect(sheet.getLastRow()).toBe(0);
  });

  it('refuses rows outside the sheet and deleting every non-frozen row', () => {
    const { sheet } = table();
    expect(() => sheet.deleteRows(999, 5)).toThrow('Those rows are out of bounds.');
    sheet.setFrozenRows(1);
    expect(() => sheet.deleteRows(2, 999)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
  });
});

describe('columns', () => {
  it('inserting shifts values, formats, notes and validations right', () => {
    const { sheet } = table();
    sheet.insertColumnsBefore(2, 2);
    expect(sheet.getMaxColumns()).toBe(28);
    expect(sheet.getRange('A2:E2').getValues()).toEqual([['C-1', '', '', 'Ann', 'Won']]);
    expect(sheet.getRange('D2').getNote()).toBe('VIP');
    expect(sheet.getRange('E3').getDataValidation()).not.toBeNull();
    sheet.insertColumnAfter(1);
    expect(sheet.getRange('B2').getNumberFormat()).toBe('@');
    sheet.insertColumnsAfter(28, 2);
    expect(sheet.getMaxColumns()).toBe(31);
  });

  it('deleting shifts left, and refuses out-of-bounds columns', () => {
    const { sheet } = table();
    sheet.deleteColumn(1);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([['Ann', 'Won']]);
    expect(sheet.getRange('A2').getNote()).toBe('VIP');
    sheet.deleteColumns(1, 2);
    expect(sheet.getLastColumn()).toBe(0);
    expect(() => sheet.deleteColumns(20, 10)).toThrow('Those columns are out of bounds.');
  });

  it('moves columns with their contents: A:B to index 5 become C:D', () => {
    const { sheet } = table();
    sheet.moveColumns(sheet.getRange('A1:B1'), 5);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['Status', '', 'ID', 'Name']]);
    expect(sheet.getRange('D2').getNote()).toBe('VIP');
  });

  it('sets widths, fits them to content, hides and shows columns', () => {
    const { sheet } = table();
    expect(sheet.getColumnWidth(1)).toBe(100);
    sheet.setColumnWidth(1, 150).setColumnWidths(2, 2, 80);
    expect([1, 2, 3].map((c) => sheet.getColumnWidth(c))).toEqual([150, 80, 80]);
    sheet.getRange('B5').setValue('a much longer customer name');
    sheet.autoResizeColumns(2, 1);
    expect(sheet.getColumnWidth(2)).toBeGreaterThan(150);
    sheet.hideColumns(3);
    expect(sheet.isColumnHiddenByUser(3)).toBe(true);
    sheet.showColumns(3);
    expect(sheet.isColumnHiddenByUser(3)).toBe(false);
  });
});

describe('freezing', () => {
  it('keeps frozen rows and columns, and refuses to freeze everything', () => {
    const { sheet } = table();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(1);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 1]);
    expect(() => sheet.setFrozenRows(1000)).toThrow("You can't freeze all visible rows on the sheet.");
  });
});

describe('sorting', () => {
  it('Sheet.sort moves whole rows below the frozen header, with their notes and formats', () => {
    const { sheet } = table();
    sheet.setFrozenRows(1);
    sheet.appendRow(['C-3', 'Al', 'Won']);
    sheet.sort(2);
    expect(sheet.getRange('A1:B4').getValues()).toEqual([
      ['ID', 'Name'],
      ['C-3', 'Al'],
      ['C-1', 'Ann'],
      ['C-2', 'Bob'],
    ]);
    expect(sheet.getRange('B3').getNote()).toBe('VIP');
    expect(sheet.getRange('B3').getBackground()).toBe('#ff0000');
    sheet.sort(2, false);
    expect(sheet.getRange('B2:B4').getValues()).toEqual([['Bob'], ['Ann'], ['Al']]);
  });

  it('Range.sort sorts by several keys, numbers before text, blanks last, only inside the range', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:C5').setValues([
      ['b', 2, 'x'],
      ['a', 2, 'y'],
      ['', 1, 'z'],
      [10, 1, 'w'],
      ['a', 1, 'v'],
    ]);
    sheet.getRange('A1:B5').sort([
      { column: 2, ascending: true },
      { column: 1, ascending: false },
    ]);
    expect(sheet.getRange('A1:C5').getValues()).toEqual([
      ['a', 1, 'x'],
      [10, 1, 'y'],
      ['', 1, 'z'],
      ['b', 2, 'w'],
      ['a', 2, 'v'],
    ]);
    expect(() => sheet.getRange('A1:B5').sort(3)).toThrow('Invalid argument');
  });
});
