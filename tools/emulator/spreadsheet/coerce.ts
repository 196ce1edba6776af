/**
 * What a cell keeps when a script writes a value. setValue(s) parses strings the way Sheets parses
 * typing (the Sheets API calls it USER_ENTERED: "strings may be converted to numbers, dates, etc.
 * following the same rules that are applied when entering text into a cell via the Google Sheets
 * UI": https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption): '=…' is a
 * formula; numbers, percentages, $ amounts, TRUE/FALSE and dates become typed values, so
 * '01380013800' loses its leading zero (https://github.com/theoephraim/node-google-spreadsheet/issues/696
 * shows '0001' becoming 1). Date text is wall time in the spreadsheet's zone. Two escapes:
 * - elsewhere than plain text, a leading apostrophe (quote prefix) keeps the rest as text and the
 *   stored value has no apostrophe ("the apostrophes only are visible when editing a value":
 *   https://github.com/getodk/docs/pull/1095);
 * - a cell formatted as plain text ('@', Format > Number > Plain text:
 *   https://support.google.com/docs/answer/56470) stores the string exactly as given: nothing is
 *   parsed, so '=1+1' stays text and a leading apostrophe stays part of the value. This follows how
 *   plain-text cells treat typing in Sheets; no stored page states the apostrophe case outright.
 * Non-strings (numbers, booleans, Dates) are stored as typed values whatever the format.
 *
 * Which strings are numbers and dates follows the spreadsheet's locale (File > Settings > Locale;
 * "the actual rendering of the format depends on the spreadsheet's locale":
 * https://developers.google.com/sheets/api/guides/formats). A Swedish sheet reads '1234,1234' as a
 * number with a decimal comma where a US one does not (https://github.com/burnash/gspread/issues/501);
 * a UK sheet reads 25/12/2012 day first, and 2012-12-25 as a date too
 * (https://github.com/burnash/gspread/issues/18). Here each locale's decimal mark, grouping mark and
 * short-date order come from the ICU data Node carries (Intl), and year-month-day is read in every
 * locale. Simplifications: grouping needs groups of three digits (gspread #501 shows US Sheets
 * looser, '1234,1234' becoming 12341234); day.month without a year, $ amounts and AM/PM are read
 * the same in every locale; nothing is known of Sheets' own tables beyond the pages above.
 */

import { EPOCH_WALL_MS, wallFromInstant } from '../zone';
import { DATE_TIME_DEFAULT, kindOf, type Stored } from './number-format';

export interface Entry {
  /** undefined: the cell becomes empty. */
  value?: Stored;
  formula?: string;
  /** The format Sheets gives a cell on automatic format when it recognises what was written. */
  implied?: string;
}

/** Where a string is typed: the spreadsheet's zone and locale. */
export interface Typing {
  readonly timeZone: string;
  readonly locale: string;
}

export function enter(input: unknown, format: string | undefined, { timeZone, locale }: Typing): Entry {
  if (input === null || input === undefined || input === '') return {};
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return {};
    return { value: new Date(wallFromInstant(input.getTime(), timeZone)), implied: DATE_TIME_DEFAULT };
  }
  const text = String(input);
  if (kindOf(format) === 'text') return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { formula: text };
  return parseTyped(text.trim(), shapesOf(locale)) ?? { value: text };
}

/** How a locale writes numbers and short dates. */
interface Shapes {
  readonly number: RegExp;
  readonly decimal: string;
  /** Every grouping mark in a number typed. */
  readonly groups: RegExp;
  /** The short date, day.month.year or the like; null where it is year first (ISO covers it). */
  readonly date: RegExp | null;
  readonly dayFirst: boolean;
  readonly dateFormat: string;
}

/** 'de_DE' or 'ja': what File > Settings > Locale offers, as Apps Script names it. */
export function isLocale(locale: string): boolean {
  // Shaped like one is not enough: "zz_ZZ" names no language that Sheets (or Node's ICU) has.
  return (
    /^[a-z]{2,3}(_[A-Z]{2})?$/.test(locale) &&
    Intl.DateTimeFormat.supportedLocalesOf(locale.replace('_', '-')).length === 1
  );
}

const SHAPES = new Map<string, Shapes>();

function shapesOf(locale: string): Shapes {
  const known = SHAPES.get(locale);
  if (known) return known;
  const tag = locale.replace('_', '-');
  const parts = new Intl.NumberFormat(tag).formatToParts(12345.6);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const dateParts = new Intl.DateTimeFormat(tag, { dateStyle: 'short', timeZone: 'UTC' }).formatToParts(
    Date.UTC(2026, 11, 24),
  );
  // 'dmy', 'mdy' or 'ymd'; the separator as typed ('.', '/', '-').
  const order = dateParts
    .filter((p) => p.type !== 'literal')
    .map((p) => p.type[0])
    .join('');
  const separator = dateParts.find((p) => p.type === 'literal')?.value.trim() ?? '/';
  const [d, sep] = [escaped(decimal), escaped(separator)];
  // A space-like grouping mark (France: a narrow no-break space) is typed as a plain space too.
  const groupMark = /\s/.test(group) ? `[${escaped(group)}\\s]` : escaped(group);
  const shapes: Shapes = {
    number: new RegExp(`^[+-]?(?=${d}?\\d)(\\d{1,3}(${groupMark}\\d{3})+|\\d*)(${d}\\d+)?([eE][+-]?\\d+)?$`),
    decimal,
    groups: new RegExp(groupMark, 'g'),
    date: order === 'ymd' ? null : new RegExp(`^(\\d{1,2})${sep}(\\d{1,2})${sep}(\\d{4}|\\d{2})${CLOCK}$`),
    dayFirst: order === 'dmy',
    dateFormat: order === 'dmy' ? `d${separator}M${separator}yyyy` : `M${separator}d${separator}yyyy`,
  };
  SHAPES.set(locale, shapes);
  return shapes;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function parseTyped(text: string, shapes: Shapes): Entry | undefined {
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true' };
  return (
    parseNumber(text, shapes) ??
    parsePercent(text, shapes) ??
    parseCurrency(text, shapes) ??
    parseDate(text, shapes) ??
    parseTime(text)
  );
}

function parseNumber(text: string, shapes: Shapes): Entry | undefined {
  if (!shapes.number.test(text)) return undefined;
  const ungrouped = text.replace(shapes.groups, '');
  const value = Number(ungrouped.replace(shapes.decimal, '.'));
  return ungrouped !== text ? { value, implied: '#,##0' } : { value };
}

function parsePercent(text: string, shapes: Shapes): Entry | undefined {
  if (!text.endsWith('%')) return undefined;
  const number = parseNumber(text.slice(0, -1).trim(), shapes);
  if (typeof number?.value !== 'number') return undefined;
  return { value: number.value / 100, implied: text.includes(shapes.decimal) ? '0.00%' : '0%' };
}

function parseCurrency(text: string, shapes: Shapes): Entry | undefined {
  const m = /^([+-]?)\$([+-]?)(.+)$/.exec(text);
  if (!m) return undefined;
  const number = parseNumber(m[3]!, shapes);
  if (typeof number?.value !== 'number') return undefined;
  const sign = m[1] === '-' || m[2] === '-' ? -1 : 1;
  return { value: sign * Math.abs(number.value), implied: '$#,##0.00' };
}

/** A time after a date: hours, minutes, seconds and AM/PM. */
const CLOCK = '(?: +(\\d{1,2}):(\\d{2})(?::(\\d{2}))? *([AaPp][Mm])?)?';
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?: +(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))? *([AaPp][Mm])?$/;

function parseDate(text: string, shapes: Shapes): Entry | undefined {
  const iso = ISO_DATE.exec(text);
  const local = iso ? undefined : shapes.date?.exec(text);
  const m = iso ?? local;
  if (!m) return undefined;
  const [y, mo, d] = iso ? [m[1], m[2], m[3]] : shapes.dayFirst ? [m[3], m[2], m[1]] : [m[3], m[1], m[2]];
  const year = fullYear(Number(y));
  const hours = hour24(Number(m[4] ?? 0), m[7]);
  const wall = Date.UTC(year, Number(mo) - 1, Number(d), hours, Number(m[5] ?? 0), Number(m[6] ?? 0));
  const date = new Date(wall);
  const clock = validClock(m[4], m[5], m[6], m[7]);
  if (date.getUTCDate() !== Number(d) || date.getUTCMonth() !== Number(mo) - 1 || !clock) {
    return undefined;
  }
  const day = iso ? 'yyyy-mm-dd' : shapes.dateFormat;
  const time = m[4] === undefined ? '' : m[7] ? ' h:mm:ss am/pm' : ' H:mm:ss';
  return { value: date, implied: day + time };
}

function parseTime(text: string): Entry | undefined {
  const m = TIME.exec(text);
  if (!m) return undefined;
  const hours = hour24(Number(m[1]), m[4]);
  if (!validClock(m[1], m[2], m[3], m[4])) return undefined;
  const wall = EPOCH_WALL_MS + ((hours * 60 + Number(m[2])) * 60 + Number(m[3] ?? 0)) * 1000;
  return { value: new Date(wall), implied: m[4] ? 'h:mm:ss am/pm' : 'H:mm:ss' };
}

/** Two-digit years: 00-29 are 2000s, 30-99 are 1900s. */
const fullYear = (y: number) => (y >= 100 ? y : y < 30 ? 2000 + y : 1900 + y);

function hour24(h: number, meridiem: string | undefined): number {
  if (!meridiem) return h;
  const pm = meridiem.toLowerCase() === 'pm';
  return (h % 12) + (pm ? 12 : 0);
}

function validClock(
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  meridiem: string | undefined,
): boolean {
  const written = Number(hour ?? 0);
  if (meridiem && (written < 1 || written > 12)) return false;
  return hour24(written, meridiem) < 24 && Number(minute ?? 0) < 60 && Number(second ?? 0) < 60;
}
