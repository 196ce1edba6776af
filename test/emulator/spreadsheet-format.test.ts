import { describe, expect, it } from 'vitest';
import { fresh } from './spreadsheet-fixture';

describe('number formats', () => {
  it('reports the automatic format for untouched cells and stores set formats', () => {
    const { sheet } = fresh();
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
    sheet.getRange('A1:B2').setNumberFormat('yyyy-mm-dd');
    sheet.getRange('B2').setNumberFormats([['#,##0.00']]);
    expect(sheet.getRange('A1:B2').getNumberFormats()).toEqual([
      ['yyyy-mm-dd', 'yyyy-mm-dd'],
      ['yyyy-mm-dd', '#,##0.00'],
    ]);
  });

  it('formats a whole column of 100,000 rows as one stored run', () => {
    const { sheet, book } = fresh();
    sheet.insertRowsAfter(1000, 99_000);
    sheet.getRange('B2:B').setNumberFormat('@');
    expect(book.activeSheet.styles.numberFormat.columns[1]).toHaveLength(1);
    expect(sheet.getRange('B100000').getNumberFormat()).toBe('@');
  });
});

describe('colours and fonts', () => {
  it('reads colours back as lowercase #rrggbb with white and black defaults', () => {
    const { sheet } = fresh();
    const range = sheet.getRange('A1:B1');
    expect(range.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    range.setBackgrounds([['red', '#ABC']]);
    expect(range.getBackgrounds()).toEqual([['#ff0000', '#aabbcc']]);
    range.setBackground(null);
    expect(range.getBackground()).toBe('#ffffff');
    range.setFontColor('#5F6368');
    expect(range.getFontColors()).toEqual([['#5f6368', '#5f6368']]);
    range.setFontColors([['blue', null]]);
    expect(range.getFontColors()).toEqual([['#0000ff', '#000000']]);
  });

  it('sets font weights, styles, alignment and wrapping', () => {
    const { sheet } = fresh();
    const range = sheet.getRange('A1:B1');
    expect(range.getFontWeights()).toEqual([['normal', 'normal']]);
    range.setFontWeight('bold');
    range.setFontWeights([['bold', 'normal']]);
    expect(range.getFontWeights()).toEqual([['bold', 'normal']]);
    range.setFontStyle('italic').setHorizontalAlignment('center').setWrap(true);
    expect([range.getFontStyle(), range.getHorizontalAlignment(), range.getWrap()]).toEqual([
      'italic',
      'center',
      true,
    ]);
  });
});

describe('notes', () => {
  it('sets, reads and clears notes', () => {
    const { sheet } = fresh();
    const range = sheet.getRange('A1:B1');
    range.setNotes([['one', 'two']]);
    expect(range.getNotes()).toEqual([['one', 'two']]);
    range.setNote('both');
    expect(range.getNotes()).toEqual([['both', 'both']]);
    sheet.getRange('A1').clearNote();
    expect(range.getNotes()).toEqual([['', 'both']]);
    expect(() => range.setNotes([['only one']])).toThrow('The data has 1 but the range has 2.');
  });
});

describe('clearing', () => {
  it('clear() removes contents and formats but keeps notes and validations', () => {
    const { sheet, app } = fresh();
    const cell = sheet.getRange('A1');
    cell.setValue(5).setBackground('#ff0000').setNote('n').setNumberFormat('0.00');
    cell.setDataValidation(app.newDataValidation().requireNumberBetween(1, 10).build());
    cell.clear();
    expect([cell.getValue(), cell.getBackground(), cell.getNumberFormat(), cell.getNote()]).toEqual([
      '',
      '#ffffff',
      '0.###############',
      'n',
    ]);
    expect(cell.getDataValidation()).not.toBeNull();
    cell.clear({ commentsOnly: true });
    expect(cell.getNote()).toBe('');
  });

  it('clearContent keeps formats; clearFormat keeps contents', () => {
    const { sheet } = fresh();
    const cell = sheet.getRange('A1');
    cell.setValue('x').setBackground('#ff0000');
    cell.clearContent();
    expect([cell.getValue(), cell.getBackground()]).toEqual(['', '#ff0000']);
    cell.setValue('y').clearFormat();
    expect([cell.getValue(), cell.getBackground()]).toEqual(['y', '#ffffff']);
  });

  it('Sheet.clear and clearContents work on the whole sheet', () => {
    const { sheet } = fresh();
    sheet.getRange('Z1000').setValue(1).setBackground('#ff0000');
    sheet.clearContents();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange('Z1000').getBackground()).toBe('#ff0000');
    sheet.clear();
    expect(sheet.getRange('Z1000').getBackground()).toBe('#ffffff');
  });
});

describe('sheet appearance', () => {
  it('keeps a tab colour and hidden state', () => {
    const { sheet } = fresh();
    expect(sheet.getTabColor()).toBeNull();
    sheet.setTabColor('#FF0000');
    expect(sheet.getTabColor()).toBe('#ff0000');
    expect(sheet.isSheetHidden()).toBe(false);
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
  });
});
