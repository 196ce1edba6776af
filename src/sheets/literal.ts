/**
 * Text is stored as typed, never run. Sheets treats a string written with setValues like typing:
 * in a cell formatted as plain text (@) the string is kept exactly; elsewhere a leading = makes a
 * formula (and + - @ can be read as one), while a leading apostrophe (the quote prefix) keeps the
 * rest as literal text, which getValues returns without the apostrophe. So whether to add the
 * apostrophe depends on the cell's format: adding one to a plain-text cell would store it.
 */
import type { Cell } from './table';

const RUNNABLE = /^[=+\-@']/;
export const PLAIN_TEXT = '@';

export function asLiteral(value: string): string {
  return RUNNABLE.test(value) ? `'${value}` : value;
}

/** The value to write into a cell of the given number format so it reads back as `value`. */
export function asStored(value: Cell, format: string): Cell {
  return typeof value === 'string' && format !== PLAIN_TEXT ? asLiteral(value) : value;
}
