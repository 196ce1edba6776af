import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../tools/emulator/runtime';
import { createSpreadsheetApp, Workbook } from '../../tools/emulator/spreadsheet/index';
import { fresh } from './spreadsheet-fixture';

function reopen(book: Workbook, rt: Runtime) {
  const copy = Workbook.fromJSON(rt, JSON.parse(JSON.stringify(book.toJSON())));
  return { copy, ss: createSpreadsheetApp(rt, copy).getActive() };
}

describe('saving and restoring a workbook', () => {
  it('round-trips values, Dates, formulas, formats, notes, validations, rules, protections, charts and metadata', () => {
    const { rt, book, ss, sheet, app } = fresh();
    const when = new Date('2026-02-03T04:05:06.007Z');
    sheet.getRange('A1:D1').setValues([['text', 42, when, '=1+1']]);
    sheet.getRange('A1').setNote('note').setBackground('#ff0000').setFontWeight('bold');
    sheet.getRange('B2:B').setNumberFormat('0.00');
    sheet.getRange('C2:C').setDataValidation(app.newDataValidation().requireValueInList(['a', 'b']).build());
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenTextEqualTo('x')
        .setBackground('#00ff00')
        .setRanges([sheet.getRange('A2:A')])
        .build(),
    ]);
    sheet.getRange('D:D').protect().setDescription('computed').setWarningOnly(true);
    sheet.getRange('B:B').addDeveloperMetadata('crm.column', 'amount');
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B3')).setOption('title', 'T').build());
    sheet.setFrozenRows(1);
    ss.insertSheet('Second').getRange('A1').setValue('second');
    ss.toast('hi');

    const { copy, ss: again } = reopen(book, rt);
    const s = again.getSheetByName('Sheet1')!;
    const values = s.getRange('A1:D1').getValues()[0]!;
    expect(values.slice(0, 2)).toEqual(['text', 42]);
    expect((values[2] as Date).getTime()).toBe(when.getTime());
    expect(values[3]).toBe(2);
    expect(s.getRange('D1').getFormula()).toBe('=1+1');
    expect([
      s.getRange('A1').getNote(),
      s.getRange('A1').getBackground(),
      s.getRange('A1').getFontWeight(),
    ]).toEqual(['note', '#ff0000', 'bold']);
    expect(s.getRange('B500').getNumberFormat()).toBe('0.00');
    expect(s.getRange('C9').getDataValidation()!.getCriteriaValues()).toEqual([['a', 'b'], true]);
    expect(s.getConditionalFormatRules()[0]!.getRanges()[0]!.getA1Notation()).toBe('A2:A');
    expect(s.getProtections('RANGE')[0]!.getDescription()).toBe('computed');
    expect(s.createDeveloperMetadataFinder().withKey('crm.column').find()[0]!.getValue()).toBe('amount');
    expect(s.getCharts()[0]!.getOptions().get('title')).toBe('T');
    expect(s.getFrozenRows()).toBe(1);
    expect(again.getSheetByName('Second')!.getRange('A1').getValue()).toBe('second');
    expect(again.getActiveSheet().getName()).toBe('Second');
    expect([copy.id, copy.name, copy.timeZone, copy.toasts.length]).toEqual([
      book.id,
      'CRM',
      'Asia/Shanghai',
      1,
    ]);
    again.insertSheet('Third');
    expect(new Set(again.getSheets().map((x) => x.getSheetId())).size).toBe(3);
  });
});

describe('bulk loading', () => {
  it('stores rows as given, without parsing, counting or validation', () => {
    const { rt, book, ss } = fresh();
    rt.resetCounters();
    const when = new Date('2026-01-05T01:00:00Z');
    book.loadSheet(
      'Customers',
      [
        ['ID', 'Phone', 'Since'],
        ['C-1', '0138', when],
      ],
      { formats: ['@', '@'] },
    );
    expect(rt.totalCalls()).toBe(0);
    const sheet = ss.getSheetByName('Customers')!;
    const values = sheet.getRange('A1:C2').getValues();
    expect(values[1]!.slice(0, 2)).toEqual(['C-1', '0138']);
    expect((values[1]![2] as Date).getTime()).toBe(when.getTime());
    expect(sheet.getRange('B2').getNumberFormat()).toBe('@');
    expect(sheet.getRange('B1').getNumberFormat()).toBe('0.###############');
    expect([sheet.getLastRow(), sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([2, 1000, 26]);
  });

  // How fast is the bench's to say (npm run bench loads the L workbook): no timed asserts here.
  it('loads 100,000 rows x 40 columns and reads them back', () => {
    const { book, ss } = fresh();
    const rows = Array.from({ length: 100_000 }, (_, r) =>
      Array.from({ length: 40 }, (_, c) => (c === 0 ? `C-${r}` : c % 3 === 0 ? r * c : `v${c}`)),
    );
    book.loadSheet('Big', rows, { formats: Array.from({ length: 40 }, () => '@') });
    const sheet = ss.getSheetByName('Big')!;
    const values = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getValues();
    expect(values).toHaveLength(100_000);
    expect(values[99_999]![3]).toBe(299_997);
  });
});
