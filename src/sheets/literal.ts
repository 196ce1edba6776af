/**
 * Text is stored as typed, never run. Sheets treats a string written with setValues like typing:
 * a leading = makes a formula, and + - @ can too. A leading apostrophe (the quote prefix) makes
 * Sheets keep the rest as literal text, and getValues returns it without the apostrophe.
 */
const RUNNABLE = /^[=+\-@]/;

export function asLiteral(value: string): string {
  return RUNNABLE.test(value) || value.startsWith("'") ? `'${value}` : value;
}
