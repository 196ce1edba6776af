/**
 * What a cell keeps when a script writes a value. setValue(s) parses strings the way Sheets parses
 * typing (the Sheets API calls it USER_ENTERED:
 * https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption): '=…' is a formula;
 * numbers, percentages, $ amounts, TRUE/FALSE and dates become typed values, so '01380013800'
 * loses its leading zero (https://github.com/theoephraim/node-google-spreadsheet/issues/696 shows
 * '0001' becoming 1). Date text is wall time in the spreadsheet's zone. Two escapes:
 * - elsewhere than plain text, a leading apostrophe (quote prefix) keeps the rest as text and the
 *   stored value has no apostrophe ("the apostrophes only are visible when editing a value":
 *   https://github.com/getodk/docs/pull/1095);
 * - a cell formatted as plain text ('@', Format > Number > Plain text:
 *   https://support.google.com/docs/answer/56470) stores the string exactly as given: nothing is
 *   parsed, so '=1+1' stays text and a leading apostrophe stays part of the value. This follows how
 *   plain-text cells treat typing in Sheets; no stored page states the apostrophe case outright.
 * Non-strings (numbers, booleans, Dates) are stored as typed values whatever the format.
 * Simplification: only en_US shapes are recognised (M/d/yyyy, yyyy-MM-dd, h:mm[:ss] [AM/PM]).
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

export function enter(input: unknown, format: string | undefined, timeZone: string): Entry {
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
  return parseTyped(text.trim()) ?? { value: text };
}

function parseTyped(text: string): Entry | undefined {
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true' };
  return parseNumber(text) ?? parsePercent(text) ?? parseCurrency(text) ?? parseDate(text) ?? parseTime(text);
}

const NUMBER = /^[+-]?(?=\.?\d)(\d{1,3}(,\d{3})+|\d*)(\.\d+)?([eE][+-]?\d+)?$/;

function parseNumber(text: string): Entry | undefined {
  if (!NUMBER.test(text)) return undefined;
  const value = Number(text.replace(/,/g, ''));
  return text.includes(',') ? { value, implied: '#,##0' } : { value };
}

function parsePercent(text: string): Entry | undefined {
  if (!text.endsWith('%')) return undefined;
  const number = parseNumber(text.slice(0, -1).trim());
  if (typeof number?.value !== 'number') return undefined;
  return { value: number.value / 100, implied: text.includes('.') ? '0.00%' : '0%' };
}

function parseCurrency(text: string): Entry | undefined {
  const m = /^([+-]?)\$([+-]?)(.+)$/.exec(text);
  if (!m) return undefined;
  const number = parseNumber(m[3]!);
  if (typeof number?.value !== 'number') return undefined;
  const sign = m[1] === '-' || m[2] === '-' ? -1 : 1;
  return { value: sign * Math.abs(number.value), implied: '$#,##0.00' };
}

const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?: +(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?: +(\d{1,2}):(\d{2})(?::(\d{2}))? *([AaPp][Mm])?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))? *([AaPp][Mm])?$/;

function parseDate(text: string): Entry | undefined {
  const iso = ISO_DATE.exec(text);
  const us = iso ? undefined : US_DATE.exec(text);
  const m = iso ?? us;
  if (!m) return undefined;
  const [y, mo, d] = iso ? [m[1], m[2], m[3]] : [m[3], m[1], m[2]];
  const year = fullYear(Number(y));
  const hours = hour24(Number(m[4] ?? 0), m[7]);
  const wall = Date.UTC(year, Number(mo) - 1, Number(d), hours, Number(m[5] ?? 0), Number(m[6] ?? 0));
  const date = new Date(wall);
  const clock = validClock(m[4], m[5], m[6], m[7]);
  if (date.getUTCDate() !== Number(d) || date.getUTCMonth() !== Number(mo) - 1 || !clock) {
    return undefined;
  }
  const day = iso ? 'yyyy-mm-dd' : 'M/d/yyyy';
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
