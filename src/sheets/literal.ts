/**
 * Text is stored as typed, never run or reinterpreted. Sheets treats a string written with
 * setValues like typing: in a cell formatted as plain text (@) the string is kept exactly;
 * elsewhere a leading = makes a formula (and + - @ can be read as one), and text that looks like
 * a number, date, time, percentage or TRUE becomes that value ('0001' → 1, '1/2/2026' → a date).
 * A leading apostrophe (the quote prefix) keeps the rest as literal text, which getValues returns
 * without the apostrophe. So whether to add the apostrophe depends on the cell's format (adding
 * one to a plain-text cell would store it) and on the column: in a text column (one set up as
 * plain text, which a person may have reformatted, e.g. by pasting) every string gets one, since
 * which strings Sheets parses depends on the spreadsheet's locale; in a date or number column only
 * a string that could run does, so a wall date written there is still read as a date.
 */
import { type Column, NUMBER_FORMATS } from './columns';
import type { Cell } from './table';

const RUNNABLE = /^[=+\-@']/;
export const PLAIN_TEXT = '@';

/** A column Set up formats as plain text: a string there must read back as that very string. */
export const isTextColumn = (column: Pick<Column, 'type'>): boolean =>
  NUMBER_FORMATS[column.type] === PLAIN_TEXT;

export function asLiteral(value: string, text = false): string {
  return (text ? value !== '' : RUNNABLE.test(value)) ? `'${value}` : value;
}

/**
 * The value to write into a cell of the given number format so it reads back as `value`;
 * `text`: the cell belongs to a text column, so a string there must stay that very string.
 */
export function asStored(value: Cell, format: string, text = false): Cell {
  return typeof value === 'string' && format !== PLAIN_TEXT ? asLiteral(value, text) : value;
}
