/**
 * From what the form's controls hold (strings) to the record the schema checks and the server
 * receives, and from the schema's verdict to one message per field. Pure, tested in Node.
 */
import * as z from 'zod/mini';
import type { FieldSpec, Shape } from './field-spec';

export type Raw = Record<string, string>;
export type Errors = Record<string, string>;

/** A number box whose text is no number (typedNumber: "1e3", "1.234,5") reports this, so the form says so. */
export const UNREADABLE_NUMBER = 'NaN';

/** A date box filled in part reports one of these, so the schema refuses it. */
export const UNREADABLE = { date: 'incomplete date', dateTime: 'incomplete date and time' } as const;

/**
 * What the browser could not read, said as what to type. The schema would ask for "a date like
 * 2026-11-23", but the box shows the computer's own format (dd/mm/yyyy or mm/dd/yyyy) and cannot
 * take that one: say what is missing instead. A number box takes digits with a decimal point or
 * comma, and no thousands separator: "1,500" could be either.
 */
const PART_FILLED: Readonly<Record<string, string>> = {
  [UNREADABLE.date]: 'Fill in the whole date: day, month and year.',
  [UNREADABLE.dateTime]: 'Fill in the whole date and time.',
};
const NOT_DIGITS = 'Type the number as digits, with no spaces or thousands separators (like 1500 or 12.5).';

/** A number box's NaN, or a date box's marker; never words typed in a text box. */
const unread = (value: unknown): string | undefined =>
  typeof value === 'number' ? (Number.isNaN(value) ? NOT_DIGITS : undefined) : PART_FILLED[String(value)];

/**
 * An empty control means whatever "empty" means to the schema: '' where it accepts '', a missing
 * key where only that is accepted (an update that leaves the field alone), else '' so the schema
 * names the problem.
 */
export function toRecord(fields: readonly FieldSpec[], raw: Raw, shape: Shape): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const field of fields) {
    const value = raw[field.key] ?? '';
    if (value.trim() !== '') {
      record[field.key] = field.numeric ? Number(value) : value;
      continue;
    }
    const schema = shape[field.key];
    if (schema && !z.safeParse(schema, '').success && z.safeParse(schema, undefined).success) continue;
    record[field.key] = '';
  }
  return record;
}

export type Checked<T> = { ok: true; data: T } | { ok: false; errors: Errors };

/** The first message per field, as the server reports them (src/api/result.ts fieldErrors). */
export function check<S extends z.ZodMiniType>(
  schema: S,
  record: unknown,
  fields: readonly FieldSpec[],
): Checked<z.output<S>> {
  const parsed = schema.safeParse(record);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: Errors = {};
  const values = (record ?? {}) as Record<string, unknown>;
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? '_form');
    errors[key] ??= fields.find((f) => f.key === key)?.message ?? unread(values[key]) ?? issue.message;
  }
  return { ok: false, errors };
}

/** What the live region reads out: how many fields, and each label with its message. */
export function describeErrors(fields: readonly FieldSpec[], errors: Errors): string {
  const known = fields.filter((f) => errors[f.key]);
  const lines = known.map((f) => `${f.label}: ${errors[f.key]}`);
  const others = Object.entries(errors)
    .filter(([key]) => !fields.some((f) => f.key === key))
    .map(([, message]) => message);
  const all = [...lines, ...others];
  const count = all.length === 1 ? '1 problem' : `${all.length} problems`;
  return `Nothing was saved. ${count}: ${all.join('; ')}`;
}
