import { describe, expect, it } from 'vitest';
import { a1Notation, columnLetters, columnNumber, parseA1 } from '../../tools/emulator/spreadsheet/a1';
import { fresh } from './spreadsheet-fixture';

describe('A1 notation', () => {
  it('converts column letters both ways', () => {
    expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
    expect(['A', 'z', 'AA', 'AAA'].map(columnNumber)).toEqual([1, 26, 27, 703]);
  });

  it('parses cells, blocks, whole columns, whole rows and open-ended columns', () => {
    expect(parseA1('B3', 1000, 26)).toEqual({ r1: 3, c1: 2, r2: 3, c2: 2 });
    expect(parseA1('$A$1:C3', 1000, 26)).toEqual({ r1: 1, c1: 1, r2: 3, c2: 3 });
    expect(parseA1('B:B', 1000, 26)).toMatchObject({ r1: 1, r2: 1000, c1: 2, c2: 2, openRows: true });
    expect(parseA1('2:2', 1000, 26)).toMatchObject({ r1: 2, r2: 2, c1: 1, c2: 26, openCols: true });
    expect(parseA1('A2:C', 1000, 26)).toMatchObject({ r1: 2, r2: 1000, c1: 1, c2: 3, openRows: true });
    expect(parseA1('C3:A1', 1000, 26)).toEqual({ r1: 1, c1: 1, r2: 3, c2: 3 });
  });

  it('rejects malformed references with "Range not found"', () => {
    for (const bad of ['', 'A', '1', 'A1:', '1A', 'A1:B2:C3', 'A:2']) {
      expect(() => parseA1(bad, 1000, 26), bad).toThrow('Range not found');
    }
  });

  it('writes ranges back the way Apps Script names them', () => {
    expect(a1Notation({ r1: 1, c1: 1, r2: 1, c2: 1 })).toBe('A1');
    expect(a1Notation({ r1: 1, c1: 1, r2: 3, c2: 3 })).toBe('A1:C3');
    expect(a1Notation({ r1: 1, c1: 2, r2: 1000, c2: 2, openRows: true })).toBe('B:B');
    expect(a1Notation({ r1: 2, c1: 1, r2: 1000, c2: 3, openRows: true })).toBe('A2:C');
    expect(a1Notation({ r1: 2, c1: 1, r2: 2, c2: 26, openCols: true })).toBe('2:2');
  });
});

describe('Sheet.getRange', () => {
  it('accepts every A1 shape and reports its geometry', () => {
    const { sheet } = fresh();
    const column = sheet.getRange('B:B');
    expect([column.getRow(), column.getColumn(), column.getNumRows(), column.getNumColumns()]).toEqual([
      1, 2, 1000, 1,
    ]);
    expect(column.getA1Notation()).toBe('B:B');
    expect(sheet.getRange('2:2').getNumColumns()).toBe(26);
    expect(sheet.getRange('A2:C').getA1Notation()).toBe('A2:C');
    const block = sheet.getRange(2, 3, 4, 5);
    expect(block.getA1Notation()).toBe('C2:G5');
    expect([block.getLastRow(), block.getLastColumn()]).toEqual([5, 7]);
    expect(block.getSheet().getName()).toBe('Sheet1');
  });

  it('fails on sizes below one and on blocks past the grid, with Apps Script messages', () => {
    const { sheet } = fresh();
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(
      'The number of columns in the range must be at least 1.',
    );
    expect(() => sheet.getRange(1, 1, -2, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 27)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('A1:A1001')).toThrow('outside the dimensions');
  });

  it('offsets ranges and refuses to leave the sheet', () => {
    const { sheet } = fresh();
    const range = sheet.getRange('B2:C3');
    expect(range.offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(range.getCell(2, 2).getA1Notation()).toBe('C3');
    expect(() => range.offset(-2, 0)).toThrow('The starting row of the range is too small.');
  });

  it('gives the data range up to the last cell with content', () => {
    const { sheet } = fresh();
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('C5').setValue('x');
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C5');
  });
});
