/**
 * The pieces settings are made of. Every number a business may change lives in the Settings
 * sheet as a row of name and value; each setting knows its default (as shown in the sheet), how
 * to read a cell, and what it means. Each business concept declares its own section of settings
 * beside its rules; settings.ts lists the sections.
 */

import { isEmailAddress } from './email-address';
import { isDateText } from './fields';
import { GROUPED, smallDecimal } from './typed-number';

/** Reads one cell's text; throws a message saying what is expected. */
export type Parse<T> = (value: string) => T;

export interface SettingDef<T = unknown> {
  readonly name: string;
  readonly default: string;
  readonly help: string;
  readonly parse: Parse<T>;
  /** Several rows may carry this name (e.g. one Holiday per row). */
  readonly repeats?: boolean;
}

export const fail = (expected: string): never => {
  throw new Error(expected);
};

/**
 * Digits and nothing else: "1.000" is a thousand in Germany and one in the US, so a separator is
 * never guessed at (and Number() would take "1e3" or "0x10" too).
 */
const DIGITS = /^\d+$/;

export const wholeNumber =
  (min: number, max: number, unit: string): Parse<number> =>
  (v) => {
    const typed = v.trim();
    const expected = `a whole number of ${unit} from ${min} to ${max}`;
    if (GROUPED.test(typed))
      fail(`${expected}, typed without a thousands separator, like ${typed.replace(/\D/g, '')}`);
    const n = DIGITS.test(typed) ? Number(typed) : Number.NaN;
    return n >= min && n <= max ? n : fail(expected);
  };

/** A number with decimals, like a 1-5 survey score. */
export const decimal =
  (min: number, max: number, expected: string): Parse<number> =>
  (v) => {
    const n = smallDecimal(v);
    return n >= min && n <= max ? n : fail(expected);
  };

export const optionalMinutes: Parse<number | null> = (v) =>
  v.trim() === '' || v.trim() === '-' ? null : wholeNumber(1, 100_000, 'minutes')(v);

export const share: Parse<number> = (v) => {
  const m = /^\s*([\d.,]+)\s*(%?)\s*$/.exec(v);
  const typed = m ? smallDecimal(m[1]!) : Number.NaN;
  const n = typed / (m?.[2] || typed > 1 ? 100 : 1);
  return n > 0 && n < 1 ? n : fail('a percentage between 0% and 100%, like 25%');
};

export const email: Parse<string> = (v) =>
  v.trim() === '' || isEmailAddress(v.trim()) ? v.trim() : fail('an email address like lead@example.com');
export const emails: Parse<string[]> = (v) =>
  v
    .split(/[,;\s]+/)
    .filter(Boolean)
    .map((e) => (isEmailAddress(e) ? e : fail(`email addresses separated by commas ("${e}" is not one)`)));

export const yesNo: Parse<boolean> = (v) =>
  /^(yes|true)$/i.test(v.trim()) ? true : /^(no|false)$/i.test(v.trim()) ? false : fail('Yes or No');

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** 'Mon-Fri', 'Mon, Tue, Sat' or 'Sun-Thu' (a range runs on over the weekend) → ISO weekdays (1 = Monday). */
export const weekdays: Parse<number[]> = (v) => {
  const day = (name: string) => {
    const i = DAY_NAMES.findIndex((d) => d.toLowerCase() === name.trim().slice(0, 3).toLowerCase());
    return i >= 0 ? i + 1 : fail('days like Mon-Fri or Mon, Tue, Sat');
  };
  const days = new Set<number>();
  for (const part of v.split(',')) {
    const [from, to] = part.split('-');
    if (!from?.trim()) continue;
    const a = day(from);
    const b = to === undefined ? a : day(to);
    for (let d = a; ; d = (d % 7) + 1) {
      days.add(d);
      if (d === b) break;
    }
  }
  return days.size > 0 ? [...days].sort() : fail('days like Mon-Fri or Mon, Tue, Sat');
};

/** '09:00-18:00' → minutes after midnight. */
export const hours: Parse<{ start: number; end: number }> = (v) => {
  const m = /^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$/.exec(v);
  const [start, end] = m ? [Number(m[1]) * 60 + Number(m[2]), Number(m[3]) * 60 + Number(m[4])] : [0, 0];
  // "09:75" is a typo, not 10:15: minutes run to 59.
  const minutesFit = m !== null && Number(m[2]) < 60 && Number(m[4]) < 60;
  if (minutesFit && end <= start && start < 24 * 60 && end > 0)
    fail('hours that end the day they start, like 09:00-18:00 (a clock past midnight is not supported)');
  return minutesFit && start < end && end <= 24 * 60 ? { start, end } : fail('hours like 09:00-18:00');
};

/** Day.month.year, as Germany and others write a date; no country writes the month first with dots. */
const DAY_FIRST = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * A day that exists: "2026-02-30" would be a holiday that never comes. 24.12.2026 is read day
 * first; 12/11/2026 is refused, as it is 11 December in the US and 12 November in most places.
 */
export const isoDate: Parse<string> = (v) => {
  const dotted = DAY_FIRST.exec(v.trim());
  const date = dotted
    ? `${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}`
    : v.trim();
  return isDateText(date) ? date : fail('a date like 2026-10-01 (year-month-day)');
};

/** '2026-12-24 09:00-13:00' (a short day) or '2026-12-24 closed'. */
export const changedDay: Parse<{ date: string; hours: { start: number; end: number } | null }> = (v) => {
  const [date = '', ...rest] = v.trim().split(/\s+/);
  const when = rest.join(' ');
  return { date: isoDate(date), hours: /^closed$/i.test(when) ? null : hours(when) };
};

export function setting<T>(
  name: string,
  dflt: string,
  help: string,
  parse: Parse<T>,
  repeats = false,
): SettingDef<T> {
  return { name, default: dflt, help, parse, ...(repeats ? { repeats } : {}) };
}

/** One row's value as read, with its cell and text for a message that names it. */
export interface ReadSetting<T> {
  readonly value: T;
  readonly cell: string;
  readonly text: string;
}

/**
 * Reads settings by name: `one` for a single row, `all` for a repeating one, `rows` for a
 * repeating one whose rows are checked against each other.
 */
export interface SettingReader {
  one<T>(name: string): T;
  all<T>(name: string): T[];
  rows<T>(name: string): ReadSetting<T>[];
}

/** A concept's settings: the rows it owns and how they become its typed settings. */
export interface Section<T> {
  readonly defs: readonly SettingDef[];
  readonly build: (read: SettingReader) => T;
}
