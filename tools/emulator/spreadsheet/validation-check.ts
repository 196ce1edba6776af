/**
 * A rule with setAllowInvalid(false) ("Reject input") also rejects a script's write: setValue(s)
 * throws "The data you entered in cell B2 violates the data validation rules set on this cell."
 * and writes nothing. The reference says only that such a rule "rejects the input"
 * (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setallowinvalidallowinvaliddata);
 * scripts in the wild report this very message from their own setValue(s) on strict dropdowns
 * (found with the code search: a LINE bot's status write to "cell U2", a dropdown restore to
 * "cell A741"), so a script's write is refused, not let through with a warning triangle.
 * Checked here: lists, numbers, checkboxes, dates, text equality/containment, e-mail. Other
 * criteria (ranges, custom formulas, URLs) accept anything. A formula is checked by its result (a script
 * writing a formula back into a strict dropdown met the same refusal, "cell A741"), but only a
 * result the emulator computes (constant arithmetic): what it cannot compute goes unchecked.
 */
import { a1Notation } from './a1';
import type { Entry } from './coerce';
import { evaluate } from './formula';
import type { SheetModel } from './sheet-model';
import type { ValidationSpec } from './specs';

type Check = (value: unknown, args: unknown[]) => boolean;

const num = (v: unknown): v is number => typeof v === 'number';
/**
 * A list item is taken to match whatever the letter case ("won" for "Won"), as Sheets' = compares
 * text, and the cell keeps what was typed. Not stated on
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requirevalueinlistvalues;
 * taken as the harder case for the add-on, which then meets "won" in a Status cell.
 */
const sameText = (a: unknown, b: unknown) => String(a).toLowerCase() === String(b).toLowerCase();
const between = (v: unknown, a: unknown, b: unknown) => num(v) && v >= Number(a) && v <= Number(b);

const CHECKS: Record<string, Check> = {
  VALUE_IN_LIST: (v, [list]) => (list as unknown[]).some((item) => sameText(item, v)),
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
  const value = entry.formula ? evaluate(entry.formula) : entry.value;
  if (entry.formula && typeof value !== 'number') return;
  const spec = model.validations.get(r, c);
  if (!spec || accepts(spec, value)) return;
  const cell = a1Notation({ r1: r + 1, c1: c + 1, r2: r + 1, c2: c + 1 });
  throw new Error(
    `The data you entered in cell ${cell} violates the data validation rules set on this cell.`,
  );
}
