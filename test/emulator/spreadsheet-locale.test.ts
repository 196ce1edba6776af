/**
 * The spreadsheet's locale (File > Settings > Locale) decides which typed strings Sheets reads as
 * numbers and dates: a German sheet reads "1,5" as one and a half and "24.12.2026" as a date.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../tools/emulator/index';
import { fresh } from './spreadsheet-fixture';

function inLocale(locale: string) {
  const { ss, sheet } = fresh();
  ss.setSpreadsheetLocale(locale);
  let row = 0;
  // Each string in a cell of its own: a date leaves its cell in a date format.
  const written = (input: string) => {
    row++;
    const cell = sheet.getRange(row, 1);
    cell.setValue(input);
    return cell.getValue();
  };
  return { ss, written };
}

/** A wall time in Asia/Shanghai (the fixture's zone) as the instant a script reads. */
const shanghai = (wall: string) => new Date(`${wall}+08:00`).toISOString();

describe('the spreadsheet locale', () => {
  it('is en_US unless the sheet says otherwise, and is the one set, not the user locale', () => {
    const emu = createEmulator({ locale: 'zh_CN', spreadsheetLocale: 'de_DE' });
    const ss = emu.globals.SpreadsheetApp.getActive();
    expect(ss.getSpreadsheetLocale()).toBe('de_DE');
    expect(emu.globals.Session.getActiveUserLocale()).toBe('zh_CN');
    ss.setSpreadsheetLocale('pt_BR');
    expect(ss.getSpreadsheetLocale()).toBe('pt_BR');
    expect(fresh().ss.getSpreadsheetLocale()).toBe('en_US');
  });

  it('refuses a locale that is none', () => {
    expect(() => fresh().ss.setSpreadsheetLocale('not a locale')).toThrow(/Invalid argument: locale/);
    // Shaped like one, but no language: Sheets offers only locales it has.
    expect(() => fresh().ss.setSpreadsheetLocale('zz_ZZ')).toThrow(/Invalid argument: locale/);
  });

  it('may be a language alone, as Sheets names some', () => {
    const { ss } = fresh();
    ss.setSpreadsheetLocale('fr');
    expect(ss.getSpreadsheetLocale()).toBe('fr');
  });

  it('survives saving the workbook', () => {
    const emu = createEmulator({ spreadsheetLocale: 'fr_FR' });
    const again = createEmulator({ workbook: emu.workbook.toJSON() });
    expect(again.globals.SpreadsheetApp.getActive().getSpreadsheetLocale()).toBe('fr_FR');
  });
});

describe('strings written in a German (de_DE) sheet', () => {
  it('reads a decimal comma and grouping dots', () => {
    const { written } = inLocale('de_DE');
    expect(written('1,5')).toBe(1.5);
    expect(written('1.234,5')).toBe(1234.5);
    expect(written('12,5 %')).toBe(0.125);
  });

  it("gives each reading the cell's format the way it was typed", () => {
    const { ss, written } = inLocale('de_DE');
    const formatOf = (input: string) => {
      written(input);
      return ss
        .getActiveSheet()
        .getDataRange()
        .getCell(ss.getActiveSheet().getLastRow(), 1)
        .getNumberFormat();
    };
    expect(formatOf('24.12.2026')).toBe('d.M.yyyy');
    expect(formatOf('12,5 %')).toBe('0.00%');
    expect(formatOf('12 %')).toBe('0%');
    expect(formatOf('1.234')).toBe('#,##0');
    expect(formatOf('1,5')).not.toBe('#,##0');
  });

  it('reads a leading decimal comma and a two-digit year', () => {
    const { written } = inLocale('de_DE');
    expect(written(',5')).toBe(0.5);
    expect((written('24.12.26') as Date).toISOString()).toBe(shanghai('2026-12-24T00:00'));
  });

  it('reads strings the same way whichever call writes them', () => {
    const { ss } = inLocale('de_DE');
    const sheet = ss.getActiveSheet();
    sheet.appendRow(['1,5']);
    sheet.getRange('B1:B2').setValues([['2,5'], ['24.12.2026']]);
    sheet.getRangeList(['C1']).setValue('3,5');
    expect(sheet.getRange('A1').getValue()).toBe(1.5);
    expect(sheet.getRange('B1').getValue()).toBe(2.5);
    expect((sheet.getRange('B2').getValue() as Date).toISOString()).toBe(shanghai('2026-12-24T00:00'));
    expect(sheet.getRange('C1').getValue()).toBe(3.5);
  });

  it('does not read a decimal point as one: "1.5" is no one and a half there', () => {
    expect(inLocale('de_DE').written('1.5')).not.toBe(1.5);
  });

  it('reads day.month.year as a date, and a US month/day/year as text', () => {
    const { written } = inLocale('de_DE');
    expect((written('24.12.2026') as Date).toISOString()).toBe(shanghai('2026-12-24T00:00'));
    expect((written('24.12.2026 10:00') as Date).toISOString()).toBe(shanghai('2026-12-24T10:00'));
    expect(written('12/24/2026')).toBe('12/24/2026');
  });
});

describe('strings written in other locales', () => {
  it('reads ISO year-month-day dates in every locale', () => {
    for (const locale of ['en_US', 'de_DE', 'fr_FR', 'pt_BR', 'ja_JP']) {
      expect((inLocale(locale).written('2026-11-24 10:00') as Date).toISOString(), locale).toBe(
        shanghai('2026-11-24T10:00'),
      );
    }
  });

  it('reads day/month/year in France and Brazil, year/month/day in Japan', () => {
    for (const locale of ['fr_FR', 'pt_BR']) {
      expect((inLocale(locale).written('24/12/2026') as Date).toISOString(), locale).toBe(
        shanghai('2026-12-24T00:00'),
      );
      expect(inLocale(locale).written('0,25')).toBe(0.25);
    }
    expect((inLocale('ja_JP').written('2026/12/24') as Date).toISOString()).toBe(
      shanghai('2026-12-24T00:00'),
    );
    expect(inLocale('ja_JP').written('12/24/2026')).toBe('12/24/2026');
    expect(inLocale('ja_JP').written('1,234.5')).toBe(1234.5);
    // France groups with a narrow no-break space; a person types a plain one.
    expect(inLocale('fr_FR').written('1 234,5')).toBe(1234.5);
  });

  it('keeps en_US reading month/day/year and a decimal point', () => {
    const { written } = inLocale('en_US');
    expect((written('12/24/2026') as Date).toISOString()).toBe(shanghai('2026-12-24T00:00'));
    expect(written('24.12.2026')).toBe('24.12.2026');
    expect(written('1.5')).toBe(1.5);
  });
});
