/**
 * Field schemas shared by every record. Values cross google.script.run, which rejects Date
 * objects, so dates travel as wall-clock strings in the spreadsheet's time zone
 * ('2026-11-23', '2026-11-23T14:30') and an empty field is ''.
 */
import * as z from 'zod/mini';
import { isEmailAddress } from './email-address';

const MAX_TEXT = 5000;
const MAX_LINE = 200;

/** An optional field: missing means empty. */
const optional = <T extends z.ZodMiniType>(schema: T) =>
  z._default(schema, '' as z.util.NoUndefined<z.output<T>>);

type Kept<T> =
  T extends z.ZodMiniDefault<infer I>
    ? z.ZodMiniOptional<I>
    : T extends z.ZodMiniType
      ? z.ZodMiniOptional<T>
      : never;

/**
 * A record's fields for an update: each may be left out, to keep its cell as it is (missing means
 * undefined), required ones too. A defaulted field is unwrapped first, not put in z.optional as it
 * is: zod 4 applies the inner default even there, so a field left out came back '' and blanked
 * the cell.
 */
export function keptUnlessGiven<S extends Record<string, z.ZodMiniType>>(
  shape: S,
): { [K in keyof S]: Kept<S[K]> } {
  const kept = Object.entries(shape).map(([key, field]) => [
    key,
    field instanceof z.ZodMiniDefault ? z.optional(field.def.innerType) : z.optional(field),
  ]);
  return Object.fromEntries(kept) as { [K in keyof S]: Kept<S[K]> };
}

/** A value sent as something other than text (a script calling the server, not the sidebar). */
const AS_TEXT = 'Enter this as text';

export const line = () =>
  optional(z.string(AS_TEXT).check(z.trim(), z.maxLength(MAX_LINE, 'Keep this under 200 characters')));
export const text = () =>
  optional(z.string(AS_TEXT).check(z.trim(), z.maxLength(MAX_TEXT, 'Keep this under 5000 characters')));

export const required = (max = MAX_LINE) =>
  z
    .string('This field is required')
    .check(
      z.trim(),
      z.minLength(1, 'This field is required'),
      z.maxLength(max, `Keep this under ${max} characters`),
    );

/** Any script on either side of the @ (info@bücher.de, 李伟@例子.中国), and a dot in the domain. */

/** Trimmed, as every text field is: an address pasted with a space after it is still right. */
export const email = () =>
  optional(
    z.string(AS_TEXT).check(
      z.trim(),
      z.refine((v) => v === '' || isEmailAddress(v), 'Enter an email address like name@example.com'),
    ),
  );

/**
 * Digits with the usual separators and an extension (ext. 12, x12, 转 8001); full-width digits
 * as an input method types them count too. Kept as typed (stored as text, so no leading zero is
 * lost).
 */
const PHONE = /^\+?[\d\s()./-]{5,30}(\s*(ext\.?|x|#|转|分机)\s*\d{1,6})?$/iu;

export const phone = () =>
  optional(
    z.string(AS_TEXT).check(
      z.trim(),
      z.refine((v) => {
        const typed = v.normalize('NFKC');
        return v === '' || (PHONE.test(typed) && /\d/.test(typed));
      }, 'Enter a phone number: digits, spaces, + ( ) - . / and an extension like "ext. 12"'),
    ),
  );

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** A calendar date that exists (rejects 2026-02-30). */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** 'YYYY-MM-DD' naming a day that exists. */
export function isDateText(value: string): boolean {
  const m = DATE.exec(value);
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

function validWall(value: string): boolean {
  if (value === '') return true;
  const m = DATE.exec(value) ?? DATE_TIME.exec(value);
  if (!m) return false;
  const [y, mo, d, h = 0, mi = 0] = m.slice(1).map(Number) as number[];
  return isCalendarDate(y!, mo!, d!) && h! < 24 && mi! < 60;
}

const wallDate = () =>
  z
    .string('Enter a date like 2026-11-23')
    .check(
      z.regex(/^$|^\d{4}-\d{2}-\d{2}$/, 'Enter a date like 2026-11-23'),
      z.refine(validWall, 'This date does not exist'),
    );

// A missing value (not even '') is named as the empty field is: optional() lets it through.
const wallDateTime = () =>
  z
    .string('This field is required')
    .check(
      z.regex(/^$|^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Enter a date and time like 2026-11-23 14:30'),
      z.refine(validWall, 'This date or time does not exist'),
    );

export const date = () => optional(wallDate());
export const dateTime = () => optional(wallDateTime());
export const requiredDateTime = () => wallDateTime().check(z.minLength(1, 'This field is required'));

const chooseFrom = (values: readonly string[]) => `Choose one of: ${values.join(', ')}`;

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, chooseFrom(values));

// Each "empty or X" union names what it takes: when no branch fits at all, zod's own message is a
// bare "Invalid input" (a value the browser could not read as a number, a Tier typed as "Gold").
export const maybeOneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  optional(z.union([z.literal(''), oneOf(values)], chooseFrom(values)));

export const amount = () =>
  optional(
    z.union(
      [z.literal(''), z.number('Enter a number').check(z.minimum(0, 'Enter 0 or more'))],
      'Enter a number',
    ),
  );

export const wholeNumber = (min: number, max: number) =>
  optional(
    z.union(
      [
        z.literal(''),
        z
          .int('Enter a whole number')
          .check(z.minimum(min, `Enter ${min} to ${max}`), z.maximum(max, `Enter ${min} to ${max}`)),
      ],
      `Enter a whole number from ${min} to ${max}`,
    ),
  );

/**
 * An ID as the sheet holds it: one the add-on gave (C-0001), or one a business kept from its old
 * sheet ("ACME-17", README "Bringing in existing data"). Either has a digit and no spaces: words
 * ("Acme") are no ID. Whether the record exists is the server's to say.
 */
export const RECORD_ID = /^(?=\S*\d)\S{1,64}$/u;

/** How many digits the add-on gives each kind of ID (src/sheets/tables.ts): C-0012, I-000012. */
export const ID_DIGITS: Readonly<Record<string, number>> = { C: 4, I: 6, T: 5, S: 5, A: 5, W: 5 };

/** The ID the add-on would give as the 12th record: an example a refusal can show. */
export const exampleId = (prefix: string) => `${prefix}-${'12'.padStart(ID_DIGITS[prefix] ?? 5, '0')}`;

export const recordId = (prefix: string) =>
  z
    .string('This field is required')
    .check(
      z.regex(
        RECORD_ID,
        `Enter the ID as the sheet shows it: ${prefix}- and its number, e.g. ${exampleId(prefix)}`,
      ),
    );

export const maybeRecordId = (prefix: string) => optional(z.union([z.literal(''), recordId(prefix)]));
