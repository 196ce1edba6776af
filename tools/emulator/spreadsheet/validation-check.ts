/**
 * A rule with setAllowInvalid(false) ("Reject input") also rejects a script's write: setValue(s)
 * throws "The data you entered in cell B2 violates the data validation rules set on this cell."
 * and writes nothing (the wording scripts report; unverified here).
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setallowinvalidallowinvaliddata
 * Checked here: lists, numbers, checkboxes, dates, text equality/containment, e-mail. Other
 * criteria (ranges, formulas, URLs) accept anything.
 */
import { a1Notation } from './a1';
import type { Entry } from './coerce';
import type { SheetModel } from './sheet-model';
import type { ValidationSpec } from './specs';

type Check = (value: unknown, args: unknown[]) => boolean;

const num = (v: unknown): v is number => typeof v === 'number';
const between = (v: unknown, a: unknown, b: unknown) => num(v) && v >= Number(a) && v <= Number(b);

const CHECKS: Record<string, Check> = {
  VALUE_IN_LIST: (v, [list]) => (list as unknown[]).map(String).includes(String(v)),
  NUMBER_BETWEEN: (v, [a, b]) => between(v, a, b),
  NUMBER_NOT_BETWEEN: (v, [a, b]) => num(v) && !between(v, a, b),
  NUMBER_EQUAL_TO: (v, [a]) => num(v) && v === Number(a),
  NUMBER_NOT_EQUAL_TO: (v, [a]) => num(v) && v !== Number(a),
  NUMBER_GREATER_THAN: (v, [a]) => num(v) && v > Number(a),
  NUMBER_GREATER_THAN_OR_EQUAL_TO: (v, [a]) => num(v) && v >= Number(a),
  NUMBER_LESS_THAN: (v, [a]) => num(v) && v < Number(a),
  NUMBER_LESS_THAN_OR_EQUAL_TO: (v, [a]) => num(v) && v <= Number(a),
  CHECKBOX: (v, args) => (args.length > 0 ? args.includes(v) : typeof v === 'boolean'),
  DATE_IS_VALID_DATE: (v) => v instanceof Date || num(v),
  TEXT_EQUAL_TO: (v, [a]) => String(v) === String(a),
  TEXT_CONTAINS: (v, [a]) => String(v).includes(String(a)),
  TEXT_DOES_NOT_CONTAIN: (v, [a]) => !String(v).includes(String(a)),
  TEXT_IS_VALID_EMAIL: (v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(v)),
};

export function accepts(spec: ValidationSpec, value: unknown): boolean {
  if (spec.allowInvalid || value === undefined || value === '') return true;
  return CHECKS[spec.criteria]?.(value, spec.args) ?? true;
}

/** Throws Apps Script's error when a write would break a reject-input rule. r, c are 0-based. */
export function checkEntry(model: SheetModel, r: number, c: number, entry: Entry): void {
  if (entry.formula) return;
  const spec = model.validations.get(r, c);
  if (!spec || accepts(spec, entry.value)) return;
  const cell = a1Notation({ r1: r + 1, c1: c + 1, r2: r + 1, c2: c + 1 });
  throw new Error(
    `The data you entered in cell ${cell} violates the data validation rules set on this cell.`,
  );
}
