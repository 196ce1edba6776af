/**
 * Colour that a manager reads at a glance: breached tickets red, at-risk amber; customers by risk
 * and health band. Our rules are recognised by their range (a whole computed column) and replaced,
 * so repair never stacks copies; rules people made elsewhere are kept.
 */
import type { Column, TableDef } from './columns';
import type { Env } from './env';
import { columnA1, columnLetter, columnsFrom } from './layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Builder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;

export const RED = '#f4c7c3';
export const AMBER = '#fce8b2';
export const GREEN = '#b7e1cd';

/** `letter`: the column letter of another column of the row, by key; null when it is missing. */
type Paint = (rule: Builder, letter: (key: string) => string | null) => Builder | null;

/**
 * The Health Score takes its Risk Level's colour, so the bands follow "Health: at risk at or below"
 * and "Health: high risk at or below" in Settings, whatever they are set to. A custom formula's
 * references are relative to the range's top-left cell, here row 1, whose header never says a
 * level (Apps Script reference,
 * ConditionalFormatRuleBuilder.whenFormulaSatisfied,
 * https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder).
 */
const byRiskLevel =
  (level: string, colour: string): Paint =>
  (r, letter) => {
    const risk = letter('riskLevel');
    return risk ? r.whenFormulaSatisfied(`=$${risk}1="${level}"`).setBackground(colour) : null;
  };

/** Column key → rules for that column. */
const RULES: Record<string, Record<string, Paint[]>> = {
  Tickets: {
    slaStatus: [
      (r) => r.whenTextEqualTo('Breached').setBackground(RED),
      (r) => r.whenTextEqualTo('At Risk').setBackground(AMBER),
    ],
  },
  Customers: {
    riskLevel: [
      (r) => r.whenTextEqualTo('High').setBackground(RED),
      (r) => r.whenTextEqualTo('Medium').setBackground(AMBER),
    ],
    healthScore: [byRiskLevel('High', RED), byRiskLevel('Medium', AMBER), byRiskLevel('Low', GREEN)],
    followUpStatus: [
      (r) => r.whenTextEqualTo('Overdue').setBackground(RED),
      (r) => r.whenTextEqualTo('Due Soon').setBackground(AMBER),
    ],
  },
  Surveys: {},
};

/** `height`: the sheet's rows, header included. */
export function applyRules(
  env: Env,
  sheet: Sheet,
  def: TableDef,
  positions: Map<Column, number>,
  height: number,
): void {
  const wanted = RULES[def.name];
  if (!wanted) return;
  const rows = height - 1;
  // Our rules cover a whole computed column from row 1 (the header never matches them): a record
  // appended by inserting rows before row 2 then falls inside the range instead of pushing it
  // down. Known by their column, wherever they start (earlier versions started at row 2, and
  // appends moved those down).
  const wholeColumn = (a1: string) => a1.replace(/^([A-Z]+)\d+:([A-Z]+)\d*$/, '$1:$2');
  const ours = new Set<string>();
  const fresh: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  const byKey = new Map([...positions].map(([column, position]) => [column.key as string, position]));
  const letter = (key: string) => {
    const position = byKey.get(key);
    return position === undefined ? null : columnLetter(position);
  };
  for (const [column, position] of positions) {
    const paints = wanted[column.key];
    if (!paints || rows < 1) continue;
    // Open-ended ("E2:E"): a height read a call earlier may be past the end once a row is deleted.
    const range = columnsFrom(sheet, 1, position);
    ours.add(columnA1(position));
    for (const paint of paints) {
      const rule = paint(env.newFormatRule(), letter);
      if (rule) fresh.push(rule.setRanges([range]).build());
    }
  }
  const kept = sheet
    .getConditionalFormatRules()
    .filter((rule) => !rule.getRanges().some((r) => ours.has(wholeColumn(r.getA1Notation()))));
  sheet.setConditionalFormatRules([...kept, ...fresh]);
}
