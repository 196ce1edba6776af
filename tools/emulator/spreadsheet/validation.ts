/**
 * Data validation: SpreadsheetApp.newDataValidation() and the rules it builds. Builder calls are
 * not counted: a builder is a local object in Apps Script; only applying a rule (setDataValidation)
 * reaches the document.
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 */
import type { ValidationSpec } from './specs';

export const DataValidationCriteria = {
  CHECKBOX: 'CHECKBOX',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_NOT_BETWEEN: 'DATE_NOT_BETWEEN',
  DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
} as const;

type Criteria = keyof typeof DataValidationCriteria;

/** A built rule: immutable, read through getters. */
export class DataValidation {
  constructor(readonly spec: ValidationSpec) {}
  copy(): DataValidationBuilder {
    return new DataValidationBuilder({ ...this.spec, args: [...this.spec.args] });
  }
  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }
  getCriteriaType(): Criteria {
    return this.spec.criteria as Criteria;
  }
  getCriteriaValues(): unknown[] {
    return this.spec.args.map((a) => (Array.isArray(a) ? [...a] : a));
  }
  getHelpText(): string | null {
    return this.spec.helpText || null;
  }
}

export class DataValidationBuilder extends DataValidation {
  constructor(spec: ValidationSpec = { criteria: '', args: [], allowInvalid: true, helpText: '' }) {
    super({ ...spec });
  }

  build(): DataValidation {
    if (!this.spec.criteria) throw new Error('You must specify a criteria.');
    return new DataValidation({ ...this.spec, args: [...this.spec.args] });
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    this.spec.allowInvalid = allowInvalidData;
    return this;
  }
  setHelpText(helpText: string): this {
    this.spec.helpText = helpText;
    return this;
  }
  withCriteria(criteria: Criteria, args: unknown[]): this {
    return this.require(criteria, args);
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    return this.require(
      'CHECKBOX',
      [checkedValue, uncheckedValue].filter((v) => v !== undefined),
    );
  }
  requireDate(): this {
    return this.require('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: Date): this {
    return this.require('DATE_AFTER', [date]);
  }
  requireDateBefore(date: Date): this {
    return this.require('DATE_BEFORE', [date]);
  }
  requireDateBetween(start: Date, end: Date): this {
    return this.require('DATE_BETWEEN', [start, end]);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.require('CUSTOM_FORMULA', [formula]);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.require('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThan(number: number): this {
    return this.require('NUMBER_GREATER_THAN', [number]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): this {
    return this.require('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberLessThan(number: number): this {
    return this.require('NUMBER_LESS_THAN', [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): this {
    return this.require('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  requireTextContains(text: string): this {
    return this.require('TEXT_CONTAINS', [text]);
  }
  requireTextEqualTo(text: string): this {
    return this.require('TEXT_EQUAL_TO', [text]);
  }
  requireTextIsEmail(): this {
    return this.require('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): this {
    return this.require('TEXT_IS_VALID_URL', []);
  }
  /** showDropdown defaults to true: https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requirevalueinlistvalues */
  requireValueInList(values: string[], showDropdown = true): this {
    return this.require('VALUE_IN_LIST', [[...values], showDropdown]);
  }
  /** The range is kept by its A1 notation with its sheet's name. */
  requireValueInRange(
    range: { getA1Notation(): string; getSheet(): { getName(): string } },
    showDropdown = true,
  ) {
    const ref = `'${range.getSheet().getName().replace(/'/g, "''")}'!${range.getA1Notation()}`;
    return this.require('VALUE_IN_RANGE', [ref, showDropdown]);
  }

  private require(criteria: Criteria, args: unknown[]): this {
    this.spec.criteria = criteria;
    this.spec.args = args;
    return this;
  }
}
