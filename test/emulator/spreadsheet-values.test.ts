import { describe, expect, it } from 'vitest';
import { CELL_TOO_LONG } from '../../tools/emulator/spreadsheet/cells';
import { fresh } from './spreadsheet-fixture';

describe('Range values', () => {
  it('reads empty cells as empty strings', () => {
    const { sheet } = fresh();
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });

  it('keeps numbers, booleans and strings as typed', () => {
    const { sheet } = fresh();
    const range = sheet.getRange(1, 1, 1, 3);
    range.setValues([[42.5, true, 'text']]);
    expect(range.getValues()).toEqual([[42.5, true, 'text']]);
  });

  it('returns fresh Date objects for the same instant', () => {
    const { sheet } = fresh();
    const when = new Date('2026-03-01T04:05:06.789Z');
    sheet.getRange('A1').setValue(when);
    const first = sheet.getRange('A1').getValue() as Date;
    expect(first).toBeInstanceOf(Date);
    expect(first.getTime()).toBe(when.getTime());
    first.setFullYear(2000);
    when.setFullYear(1999);
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2026-03-01T04:05:06.789Z');
  });

  it('rejects a flat array with the signature message', () => {
    const { sheet } = fresh();
    expect(() => sheet.getRange('A1:B1').setValues([1, 2] as never)).toThrow(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  it('rejects a grid of the wrong shape with Apps Script messages', () => {
    const { sheet } = fresh();
    const range = sheet.getRange('A1:B3');
    expect(() =>
      range.setValues([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
    expect(() => range.setValues([[1], [2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('refuses a string over 50,000 characters in any write, changing nothing', () => {
    const { sheet } = fresh();
    const long = 'x'.repeat(50_001);
    sheet.getRange('A1').setValue('kept');
    expect(() => sheet.getRange('A1:B1').setValues([['new', long]])).toThrow(CELL_TOO_LONG);
    expect(() => sheet.getRange('A1').setValue(long)).toThrow(CELL_TOO_LONG);
    expect(() => sheet.getRangeList(['A1', 'C3']).setValue(long)).toThrow(CELL_TOO_LONG);
    const rows = sheet.getMaxRows();
    expect(() => sheet.appendRow([long])).toThrow(CELL_TOO_LONG);
    expect(sheet.getMaxRows()).toBe(rows);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['kept', '']]);
    sheet.getRange('A2').setValue('x'.repeat(50_000));
    expect(String(sheet.getRange('A2').getValue())).toHaveLength(50_000);
  });

  it('setValue fills every cell and getValue reads the top-left one', () => {
    const { sheet } = fresh();
    sheet.getRange('B2:C3').setValue('x');
    expect(sheet.getRange('A1:C3').getValues()).toEqual([
      ['', '', ''],
      ['', 'x', 'x'],
      ['', 'x', 'x'],
    ]);
    expect(sheet.getRange('B2:C3').getValue()).toBe('x');
  });
});

describe('typed-in strings', () => {
  const written = (input: string, format?: string) => {
    const { sheet } = fresh();
    const cell = sheet.getRange('A1');
    if (format) cell.setNumberFormat(format);
    cell.setValue(input);
    return { value: cell.getValue(), display: cell.getDisplayValue(), format: cell.getNumberFormat() };
  };

  it('turns a phone number into a number in a General cell, losing its leading zero', () => {
    expect(written('01380013800').value).toBe(1380013800);
  });

  it('keeps the phone number as text in a plain-text (@) cell', () => {
    expect(written('01380013800', '@').value).toBe('01380013800');
  });

  it('parses numbers, grouped numbers, percentages, dollars and booleans', () => {
    expect(written('-12.5').value).toBe(-12.5);
    expect(written('1,234').value).toBe(1234);
    expect(written('50%')).toMatchObject({ value: 0.5, display: '50%', format: '0%' });
    expect(written('$1,234.5')).toMatchObject({ value: 1234.5, display: '$1,234.50' });
    expect(written('TRUE').value).toBe(true);
    expect(written('false').value).toBe(false);
  });

  it('leaves other text alone, spaces included', () => {
    expect(written(' hello ').value).toBe(' hello ');
    expect(written('138-0013-8000').value).toBe('138-0013-8000');
    expect(written('12abc').value).toBe('12abc');
  });

  it("reads date text as wall time in the spreadsheet's zone (Asia/Shanghai)", () => {
    const { value, display } = written('2026-01-05 09:30');
    expect((value as Date).toISOString()).toBe('2026-01-05T01:30:00.000Z');
    expect(display).toBe('2026-01-05 9:30:00');
    expect((written('1/5/2026').value as Date).toISOString()).toBe('2026-01-04T16:00:00.000Z');
  });

  it('reads 12-hour date-times and bare times', () => {
    expect((written('1/5/2026 9:05 PM').value as Date).toISOString()).toBe('2026-01-05T13:05:00.000Z');
    const time = written('14:30');
    expect(time.display).toBe('14:30:00');
    // Shanghai's 1899 local mean time (+8:05:43), the same quirk real scripts see for bare times.
    expect((time.value as Date).toISOString()).toBe('1899-12-30T06:24:17.000Z');
  });

  it('reads a wall time skipped by a DST jump as the time after the jump', () => {
    const { sheet } = fresh('America/New_York');
    sheet.getRange('A1').setValue('2026-03-08 02:30');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2026-03-08T07:30:00.000Z');
    // The cell keeps the reading as typed; only the instant handed to the script moves on.
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2026-03-08 2:30:00');
  });

  it('does not take impossible dates for dates', () => {
    expect(written('2026-02-30').value).toBe('2026-02-30');
  });

  it('stores the rest of a quote-prefixed string as text, without the apostrophe', () => {
    expect(written("'0123").value).toBe('0123');
    expect(written("'=1+1").value).toBe('=1+1');
  });

  it('keeps the apostrophe and =1+1 literally in a plain-text cell', () => {
    expect(written("'0123", '@').value).toBe("'0123");
    const { sheet } = fresh();
    const cell = sheet.getRange('A1').setNumberFormat('@');
    cell.setValues([['=1+1']]);
    expect(cell.getValue()).toBe('=1+1');
    expect(cell.getFormula()).toBe('');
  });
});

describe('formulas', () => {
  it('makes a formula of a string starting with = and computes simple arithmetic', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:A3').setValues([['=1+1'], ['=(2+3)*4^2/10'], ['=-2^2']]);
    expect(sheet.getRange('A1:A3').getFormulas()).toEqual([['=1+1'], ['=(2+3)*4^2/10'], ['=-2^2']]);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([[2], [8], [4]]);
  });

  it('shows Sheets error values for what it cannot compute', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:A3').setFormulas([['=SUM(B1:B3)'], ['=1/0'], ['=1+']]);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['#NAME?'], ['#DIV/0!'], ['#ERROR!']]);
  });

  it('drops the formula when a value is written over it', () => {
    const { sheet } = fresh();
    const cell = sheet.getRange('A1');
    cell.setFormula('=1+1');
    cell.setValue(5);
    expect(cell.getFormula()).toBe('');
    expect(cell.getValue()).toBe(5);
  });
});

describe('display values', () => {
  it('formats numbers and dates by the cell format, dates in the spreadsheet zone', () => {
    const { sheet } = fresh();
    const range = sheet.getRange('A1:F1');
    range.setNumberFormats([['#,##0.00', '0%', '0', 'yyyy-mm-dd', 'yyyy-mm-dd hh:mm', '@']]);
    const instant = new Date('2026-01-05T20:15:00Z'); // 04:15 on the 6th in Shanghai
    range.setValues([[1234567.891, 0.256, 12.6, instant, instant, '007']]);
    expect(range.getDisplayValues()).toEqual([
      ['1,234,567.89', '26%', '13', '2026-01-06', '2026-01-06 04:15', '007'],
    ]);
  });

  it('shows booleans in capitals, General numbers to ten significant digits', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:C1').setValues([[true, 1 / 3, 1380013800]]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['TRUE', '0.3333333333', '1380013800']]);
  });

  it('gives a Date written to a General cell the date-time format', () => {
    const { sheet } = fresh();
    const cell = sheet.getRange('A1');
    cell.setValue(new Date('2026-01-05T01:02:03Z'));
    expect(cell.getNumberFormat()).toBe('M/d/yyyy H:mm:ss');
    expect(cell.getDisplayValue()).toBe('1/5/2026 9:02:03');
  });

  it('reads a number in a date-formatted cell as a Date, and a date in a number cell as its day number', () => {
    const { sheet } = fresh();
    sheet.getRange('A1').setNumberFormat('yyyy-mm-dd').setValue(46027);
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2026-01-04T16:00:00.000Z');
    sheet.getRange('B1').setNumberFormat('0.00').setValue(new Date('2026-01-05T04:00:00Z'));
    expect(sheet.getRange('B1').getValue()).toBe(46027.5);
  });
});

describe('RangeList', () => {
  it('gives scattered ranges one value, or clears them, in one call', () => {
    const { sheet, rt } = fresh();
    sheet.getRange('A1:C3').setValue('old');
    rt.resetCounters();
    const list = sheet.getRangeList(['A1', 'C2:C3']);
    list.setValue(new Date('2026-03-01T04:05:06Z'));
    expect(rt.calls.get('RangeList.setValue')).toBe(1);
    expect(rt.cellsWritten).toBe(3);
    const values = sheet.getRange('A1:C3').getValues();
    expect(values.map((row) => row.map((v) => (v instanceof Date ? v.toISOString() : v)))).toEqual([
      ['2026-03-01T04:05:06.000Z', 'old', 'old'],
      ['old', 'old', '2026-03-01T04:05:06.000Z'],
      ['old', 'old', '2026-03-01T04:05:06.000Z'],
    ]);
    sheet.getRangeList(['B1', 'A3']).clearContent();
    expect(sheet.getRange('B1').getValue()).toBe('');
    expect(sheet.getRange('A3').getValue()).toBe('');
    expect(list.getRanges().map((r) => r.getA1Notation())).toEqual(['A1', 'C2:C3']);
  });

  it('sets one number format on every range', () => {
    const { sheet } = fresh();
    sheet.getRangeList(['A1', 'B2:B3']).setNumberFormat('@');
    const general = sheet.getRange('C1').getNumberFormat();
    expect(sheet.getRange('A1:B3').getNumberFormats()).toEqual([
      ['@', general],
      [general, '@'],
      [general, '@'],
    ]);
  });

  it('runs text starting "=" as a formula, as Range.setValue does', () => {
    const { sheet } = fresh();
    sheet.getRangeList(['A1', 'B2']).setValue('=1+1');
    expect(sheet.getRange('B2').getFormula()).toBe('=1+1');
  });

  it('refuses an empty list, and a protected cell before any cell changes', () => {
    const { sheet, rt } = fresh();
    expect(() => sheet.getRangeList([])).toThrow('Invalid argument: a1Notations');
    rt.owner = 'owner@example.com';
    rt.activeUser = 'owner@example.com';
    sheet.getRange('B2').protect().removeEditors(['owner@example.com', 'user@example.com']);
    rt.activeUser = 'staff@example.com';
    expect(() => sheet.getRangeList(['A1', 'B2']).setValue('x')).toThrow(/protected cell/);
    expect(sheet.getRange('A1').getValue()).toBe('');
  });
});
