/**
 * The Dashboard's embedded charts. Their numbers are Dashboard sections ("Chart data: …") written
 * in the same setValues as the figures; each chart points at its section's cells and sits to the
 * right of every table. A chart is created once and found again by its title, then updated in
 * place (ranges, type, position, options) when those change, so re-runs never stack copies.
 */

import type { BoardInput } from '../domain/dashboard-figures';
import {
  CHART_MONTHS,
  CHART_WEEKS,
  csatPerMonth,
  customersPerRisk,
  ticketsPerWeek,
} from '../domain/dashboard-series';
import type { Env } from '../sheets/env';
import { storedJson } from '../sheets/stored-json';
import { DASHBOARD_SHEET } from '../sheets/tables';
import { FIRST_SECTION_ROW, formatted, type Placement, type Section } from './dashboard-sections';

export type ChartKind = 'LINE' | 'COLUMN' | 'PIE';
type ChartTypeOf = (kind: ChartKind) => GoogleAppsScript.Charts.ChartType;

/** Charts.ChartType is an Apps Script global: src/main.ts hands it in (useChartTypes). */
let chartTypeOf: ChartTypeOf = (kind) => kind as unknown as GoogleAppsScript.Charts.ChartType;

export function useChartTypes(source: ChartTypeOf): void {
  chartTypeOf = source;
}

export interface ChartPlan {
  /** The chart's title: how the chart is found again on the next run. */
  readonly title: string;
  readonly kind: ChartKind;
  readonly data: Section;
  /** How many of the data block's columns the chart reads (labels first); default all. */
  readonly columns?: number;
  readonly options: Readonly<Record<string, unknown>>;
}

export const CHART_TITLES = {
  tickets: 'Tickets opened vs resolved per week',
  sla: 'SLA met % per week',
  csat: 'CSAT % per month',
  risk: 'Customers per risk level',
} as const;

const WIDTH = 480;
const HEIGHT = 300;
/** Cells a chart covers at the default sizes (100 px columns, 21 px rows), with a gap. */
const COLUMNS_PER_CHART = 6;
const ROWS_PER_CHART = 17;
const PERCENT_AXIS = { 'vAxis.minValue': 0, 'vAxis.maxValue': 100 };

const text = (label: string) => formatted(label, '@');
const blankIfNull = (n: number | null) => (n === null ? '' : n);

export function chartPlans(board: BoardInput): ChartPlan[] {
  const weeks = ticketsPerWeek(board.tickets, board.now, board.timeZone);
  const months = csatPerMonth(board);
  const risk = customersPerRisk(board.customers);
  return [
    {
      title: CHART_TITLES.tickets,
      kind: 'COLUMN',
      data: {
        title: `Chart data: tickets per week (last ${CHART_WEEKS} weeks)`,
        header: ['Week of', 'Opened', 'Resolved'],
        rows: weeks.map((w) => [text(w.week), w.opened, w.resolved]),
        footer: ['Opened: Submitted in the week (Monday to Sunday). Resolved: resolved in the week.'],
      },
      options: { colors: ['#4285f4', '#34a853'], 'legend.position': 'bottom' },
    },
    {
      title: CHART_TITLES.sla,
      kind: 'LINE',
      data: {
        title: `Chart data: SLA met % per week (last ${CHART_WEEKS} weeks)`,
        header: ['Week of', 'SLA met %'],
        rows: weeks.map((w) => [text(w.week), blankIfNull(w.slaMetPercent)]),
        footer: [
          'Of the tickets resolved in the week, the % with an empty Breaches cell (SLA Status "Check this row" left out); blank: none resolved.',
        ],
      },
      options: { colors: ['#f4b400'], 'legend.position': 'none', ...PERCENT_AXIS },
    },
    {
      title: CHART_TITLES.csat,
      kind: 'COLUMN',
      columns: 2,
      data: {
        title: `Chart data: CSAT % per month (last ${CHART_MONTHS} months)`,
        header: ['Month', 'CSAT %', 'Answers'],
        rows: months.map((m) => [text(m.month), blankIfNull(m.csatPercent), m.answers]),
        footer: ["The month's answers averaging 4 or more, in %; blank: no answers."],
      },
      options: { colors: ['#7e57c2'], 'legend.position': 'none', ...PERCENT_AXIS },
    },
    {
      title: CHART_TITLES.risk,
      kind: 'PIE',
      data: {
        title: 'Chart data: customers per risk level',
        header: ['Risk level', 'Customers'],
        rows: risk.map(([level, n]) => [level, n]),
        footer: [
          'Customers by Risk Level, records merged into another left out; "Not scored": no health score (e.g. churned, or no data yet).',
        ],
      },
      options: { colors: ['#ea4335', '#fbbc04', '#34a853', '#9aa0a6'], 'legend.position': 'right' },
    },
  ];
}

export interface ChartReport {
  readonly created: number;
  readonly updated: number;
  /** Already set as planned: left alone. */
  readonly kept: number;
}

/**
 * What each chart was last set to (its kind, data range, place and options), by title. A chart
 * still set so is left alone: its range reads the day's numbers anyway, a chart a person moved or
 * restyled keeps their change until the Dashboard's layout moves, and a run saves three calls a
 * chart.
 */
const LAST_SET = 'crm.charts';

/** Call after writeSections with its placements; `column`: the first column right of every table. */
export function placeCharts(
  env: Env,
  plans: readonly ChartPlan[],
  placements: readonly Placement[],
  column: number,
): ChartReport {
  const sheet = env.ss.getSheetByName(DASHBOARD_SHEET);
  if (!sheet) return { created: 0, updated: 0, kept: 0 };
  const needed = column + 2 * COLUMNS_PER_CHART;
  if (sheet.getMaxColumns() < needed)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), needed - sheet.getMaxColumns());
  const ours = new Map<string, GoogleAppsScript.Spreadsheet.EmbeddedChart>();
  for (const chart of sheet.getCharts()) {
    const title = String(chart.getOptions().get('title') ?? '');
    if (!ours.has(title)) ours.set(title, chart);
  }
  const lastSet = storedJson<Record<string, string>>(env, LAST_SET, {});
  const nowSet: Record<string, string> = {};
  const report = { created: 0, updated: 0, kept: 0 };
  plans.forEach((plan, i) => {
    const at = placements.find((p) => p.title === plan.data.title);
    if (!at) return;
    const area = [at.headerRow, 1, at.rows + 1, plan.columns ?? plan.data.header.length] as const;
    const place = [
      FIRST_SECTION_ROW + Math.floor(i / 2) * ROWS_PER_CHART,
      column + (i % 2) * COLUMNS_PER_CHART,
    ] as const;
    const options = { title: plan.title, width: WIDTH, height: HEIGHT, ...plan.options };
    const existing = ours.get(plan.title);
    nowSet[plan.title] = JSON.stringify([plan.kind, area, place, options]);
    if (existing && lastSet[plan.title] === nowSet[plan.title]) {
      report.kept++;
      return;
    }
    const builder = (existing ? existing.modify().clearRanges() : sheet.newChart())
      .setChartType(chartTypeOf(plan.kind))
      .addRange(sheet.getRange(...area))
      .setPosition(...place, 0, 0);
    for (const [option, value] of Object.entries(options)) builder.setOption(option, value);
    if (existing) {
      sheet.updateChart(builder.build());
      report.updated++;
    } else {
      sheet.insertChart(builder.build());
      report.created++;
    }
  });
  if (report.created + report.updated > 0)
    env.documentProperties().setProperty(LAST_SET, JSON.stringify(nowSet));
  return report;
}
