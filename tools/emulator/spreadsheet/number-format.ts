/**
 * A cell's number format decides both how it is shown (getDisplayValues) and what getValues
 * hands back: Sheets keeps dates as day numbers, so a number in a date-formatted cell reads as a
 * Date and a date in a number-formatted cell reads as its day number.
 * https://developers.google.com/sheets/api/guides/formats#about_date_time_values
 */

import { serialFromWall, wallFromSerial } from '../zone';
import { formatWallDate, tokenizeDate } from './format-date';
import { formatGeneral, formatNumber, sections } from './format-number';

/** What getNumberFormat() answers for a cell nobody formatted (Sheets' "Automatic"). */
export const AUTOMATIC = '0.###############';
const PLAIN_TEXT = '@';
/** The format Sheets gives a General cell that receives a Date: M/d/yyyy H:mm:ss (en_US). */
export const DATE_TIME_DEFAULT = 'M/d/yyyy H:mm:ss';

export type FormatKind = 'automatic' | 'text' | 'date' | 'number';

const kinds = new Map<string, FormatKind>();

export function kindOf(pattern: string | undefined): FormatKind {
  if (pattern === undefined || pattern === '' || pattern === AUTOMATIC || /^general$/i.test(pattern)) {
    return 'automatic';
  }
  let kind = kinds.get(pattern);
  if (!kind) {
    kind = classify(pattern);
    kinds.set(pattern, kind);
  }
  return kind;
}

function classify(pattern: string): FormatKind {
  const first = sections(pattern)[0] ?? '';
  if (first.trim() === PLAIN_TEXT) return 'text';
  const hasDateField = tokenizeDate(first).some((t) => t.kind === 'field' && t.text !== '');
  const hasDigit = /(^|[^"\\])[0#?]/.test(first.replace(/"[^"]*"/g, ''));
  return hasDateField && !hasDigit ? 'date' : 'number';
}

export type Stored = string | number | boolean | Date;

/** A stored value as getValues returns it under `pattern`; Dates stay wall dates here. */
export function asRead(value: Stored, pattern: string | undefined): Stored {
  const kind = kindOf(pattern);
  if (typeof value === 'number' && kind === 'date') return new Date(wallFromSerial(value));
  if (value instanceof Date && kind === 'number') return serialFromWall(value.getTime());
  return value;
}

/** The text a person sees in the cell. */
export function display(value: Stored | undefined, pattern: string | undefined): string {
  if (value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const read = asRead(value, pattern);
  const kind = kindOf(pattern);
  if (read instanceof Date) return formatWallDate(read, kind === 'date' ? pattern! : DATE_TIME_DEFAULT);
  if (typeof read !== 'number') return String(read);
  return kind === 'number' ? formatNumber(read, pattern!) : formatGeneral(read);
}
