/**
 * Conditional format rules: SpreadsheetApp.newConditionalFormatRule() and the rules a sheet keeps.
 * Builders are local objects in Apps Script, so their calls are not counted; reading and replacing
 * a sheet's rules (getConditionalFormatRules / setConditionalFormatRules) is.
 * https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
 */
import type { Range } from './range';
import type { RuleFormat, RuleSpec } from './specs';

export const BooleanCriteria = {
  CELL_EMPTY: 'CELL_EMPTY',
  CELL_NOT_EMPTY: 'CELL_NOT_EMPTY',
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
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
  TEXT_NOT_EQUAL_TO: 'TEXT_NOT_EQUAL_TO',
  TEXT_STARTS_WITH: 'TEXT_STARTS_WITH',
  TEXT_ENDS_WITH: 'TEXT_ENDS_WITH',
} as const;

type Criteria = keyof typeof BooleanCriteria;

/** The rule keeps ranges as given; the sheet stores their rects. */
export type RangeLike = Range;

/** The condition half of a rule: https://developers.google.com/apps-script/reference/spreadsheet/boolean-condition */
export class BooleanCondition {
  constructor(
    private readonly condition: RuleSpec['condition'],
    private readonly format: RuleFormat,
  ) {}
  getCriteriaType(): Criteria {
    return this.condition.type as Criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.condition.values];
  }
  getBackground(): string | null {
    return this.format.background ?? null;
  }
  getFontColor(): string | null {
    return this.format.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this.format.bold ?? null;
  }
  getItalic(): boolean | null {
    return this.format.italic ?? null;
  }
  getStrikethrough(): boolean | null {
    return this.format.strikethrough ?? null;
  }
  getUnderline(): boolean | null {
    return this.format.underline ?? null;
  }
}

export interface RuleParts {
  condition: RuleSpec['condition'];
  format: RuleFormat;
  ranges: RangeLike[];
}

export class ConditionalFormatRule {
  constructor(readonly parts: RuleParts) {}
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.parts);
  }
  getBooleanCondition(): BooleanCondition | null {
    return this.parts.condition.type ? new BooleanCondition(this.parts.condition, this.parts.format) : null;
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): RangeLike[] {
    return [...this.parts.ranges];
  }
}

export class ConditionalFormatRuleBuilder extends ConditionalFormatRule {
  constructor(parts: RuleParts = { condition: { type: '', values: [] }, format: {}, ranges: [] }) {
    super({
      condition: { type: parts.condition.type, values: [...parts.condition.values] },
      format: { ...parts.format },
      ranges: [...parts.ranges],
    });
  }

  build(): ConditionalFormatRule {
    return new ConditionalFormatRule(new ConditionalFormatRuleBuilder(this.parts).parts);
  }
  setRanges(ranges: RangeLike[]): this {
    this.parts.ranges = [...ranges];
    return this;
  }
  setBackground(color: string | null): this {
    return this.style({ background: color ?? undefined });
  }
  setFontColor(color: string | null): this {
    return this.style({ fontColor: color ?? undefined });
  }
  setBold(bold: boolean | null): this {
    return this.style({ bold: bold ?? undefined });
  }
  setItalic(italic: boolean | null): this {
    return this.style({ italic: italic ?? undefined });
  }
  setStrikethrough(strikethrough: boolean | null): this {
    return this.style({ strikethrough: strikethrough ?? undefined });
  }
  setUnderline(underline: boolean | null): this {
    return this.style({ underline: underline ?? undefined });
  }
  withCriteria(criteria: Criteria, args: unknown[]): this {
    return this.when(criteria, args);
  }
  whenCellEmpty(): this {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): this {
    return this.when('CELL_NOT_EMPTY', []);
  }
  whenFormulaSatisfied(formula: string): this {
    return this.when('CUSTOM_FORMULA', [formula]);
  }
  whenNumberBetween(start: number, end: number): this {
    return this.when('NUMBER_BETWEEN', [start, end]);
  }
  whenNumberNotBetween(start: number, end: number): this {
    return this.when('NUMBER_NOT_BETWEEN', [start, end]);
  }
  whenNumberEqualTo(number: number): this {
    return this.when('NUMBER_EQUAL_TO', [number]);
  }
  whenNumberNotEqualTo(number: number): this {
    return this.when('NUMBER_NOT_EQUAL_TO', [number]);
  }
  whenNumberGreaterThan(number: number): this {
    return this.when('NUMBER_GREATER_THAN', [number]);
  }
  whenNumberGreaterThanOrEqualTo(number: number): this {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  whenNumberLessThan(number: number): this {
    return this.when('NUMBER_LESS_THAN', [number]);
  }
  whenNumberLessThanOrEqualTo(number: number): this {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  whenTextEqualTo(text: string): this {
    return this.when('TEXT_EQUAL_TO', [text]);
  }
  whenTextContains(text: string): this {
    return this.when('TEXT_CONTAINS', [text]);
  }
  whenTextDoesNotContain(text: string): this {
    return this.when('TEXT_DOES_NOT_CONTAIN', [text]);
  }
  whenTextStartsWith(text: string): this {
    return this.when('TEXT_STARTS_WITH', [text]);
  }
  whenTextEndsWith(text: string): this {
    return this.when('TEXT_ENDS_WITH', [text]);
  }

  private when(type: Criteria, values: unknown[]): this {
    this.parts.condition = { type, values };
    return this;
  }

  private style(change: RuleFormat): this {
    this.parts.format = { ...this.parts.format, ...change };
    return this;
  }
}
