import { describe, expect, it } from 'vitest';
import { fresh } from './spreadsheet-fixture';

describe('conditional format rules', () => {
  it('builds rules with conditions, formats and ranges', () => {
    const { app, sheet } = fresh();
    const rule = app
      .newConditionalFormatRule()
      .whenTextEqualTo('Breached')
      .setBackground('#f4c7c3')
      .setFontColor('#000000')
      .setRanges([sheet.getRange('B2:B10')])
      .build();
    const condition = rule.getBooleanCondition()!;
    expect(condition.getCriteriaType()).toBe(app.BooleanCriteria.TEXT_EQUAL_TO);
    expect(condition.getCriteriaValues()).toEqual(['Breached']);
    expect([condition.getBackground(), condition.getFontColor()]).toEqual(['#f4c7c3', '#000000']);
    expect(rule.getRanges().map((r) => r.getA1Notation())).toEqual(['B2:B10']);
  });

  it('records each number and formula condition with its values', () => {
    const { app } = fresh();
    const b = () => app.newConditionalFormatRule();
    const cases = [
      [b().whenNumberLessThanOrEqualTo(40), 'NUMBER_LESS_THAN_OR_EQUAL_TO', [40]],
      [b().whenNumberBetween(40.0001, 60), 'NUMBER_BETWEEN', [40.0001, 60]],
      [b().whenNumberGreaterThan(60), 'NUMBER_GREATER_THAN', [60]],
      [b().whenFormulaSatisfied('=$A1>0'), 'CUSTOM_FORMULA', ['=$A1>0']],
    ] as const;
    for (const [builder, type, values] of cases) {
      const condition = builder.build().getBooleanCondition()!;
      expect([condition.getCriteriaType(), condition.getCriteriaValues()]).toEqual([type, values]);
    }
  });

  it('copies a rule into a builder that changes only the copy', () => {
    const { app, sheet } = fresh();
    const rule = app
      .newConditionalFormatRule()
      .whenNumberGreaterThan(1)
      .setRanges([sheet.getRange('A1')])
      .build();
    const red = rule.copy().setBackground('#ff0000').build();
    expect(rule.getBooleanCondition()!.getBackground()).toBeNull();
    expect(red.getBooleanCondition()!.getBackground()).toBe('#ff0000');
    expect(red.getRanges()[0]!.getA1Notation()).toBe('A1');
  });

  it('setConditionalFormatRules replaces all of a sheet rules', () => {
    const { app, sheet } = fresh();
    const rule = (text: string, a1: string) =>
      app
        .newConditionalFormatRule()
        .whenTextEqualTo(text)
        .setBackground('#ff0000')
        .setRanges([sheet.getRange(a1)])
        .build();
    sheet.setConditionalFormatRules([rule('a', 'A2:A'), rule('b', 'B2:B5')]);
    expect(sheet.getConditionalFormatRules()).toHaveLength(2);
    sheet.setConditionalFormatRules([rule('c', 'C1')]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules.map((r) => r.getBooleanCondition()!.getCriteriaValues()[0])).toEqual(['c']);
  });

  it('keeps rule ranges on their cells as rows and columns change', () => {
    const { app, sheet } = fresh();
    const rule = app
      .newConditionalFormatRule()
      .whenCellNotEmpty()
      .setRanges([sheet.getRange('B2:B10')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    sheet.insertRowsBefore(1, 2);
    sheet.insertColumnBefore(1);
    expect(sheet.getConditionalFormatRules()[0]!.getRanges()[0]!.getA1Notation()).toBe('C4:C12');
    sheet.deleteColumn(3);
    expect(sheet.getConditionalFormatRules()).toHaveLength(0);
  });
});
