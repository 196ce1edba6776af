/**
 * The embedded charts a sheet holds, as the preview draws them: the spec the emulator recorded
 * (type, title, options, anchor) with the numbers its first range covers. The range's first row
 * names the series and its first column labels the categories, as Sheets reads a header row.
 */
import { readDisplayValues, readValues } from '../emulator/spreadsheet/cells';
import type { SheetModel } from '../emulator/spreadsheet/sheet-model';

export interface ChartSeries {
  name: string;
  /** null where the cell is empty or not a number (a gap in the line). */
  values: Array<number | null>;
}

export interface ChartView {
  id: number;
  type: string;
  title: string;
  /** Anchor cell, 1-based, as setPosition gave it. */
  row: number;
  column: number;
  width: number;
  height: number;
  labels: string[];
  series: ChartSeries[];
  colors: string[];
  /** vAxis.minValue / vAxis.maxValue when the chart sets them. */
  min?: number;
  max?: number;
}

const numberOption = (options: Record<string, unknown>, key: string, fallback?: number) => {
  const value = options[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
};

export function chartViews(model: SheetModel, timeZone: string): ChartView[] {
  return model.charts.map((spec) => {
    const rect = spec.ranges[0];
    const options = spec.options;
    const base = {
      id: spec.id,
      type: spec.type,
      title: typeof options.title === 'string' ? options.title : '',
      row: spec.position.row,
      column: spec.position.column,
      width: numberOption(options, 'width', 480)!,
      height: numberOption(options, 'height', 300)!,
      colors: Array.isArray(options.colors)
        ? options.colors.filter((c): c is string => typeof c === 'string')
        : [],
      min: numberOption(options, 'vAxis.minValue'),
      max: numberOption(options, 'vAxis.maxValue'),
    };
    if (!rect || rect.r2 < rect.r1 || rect.c2 < rect.c1) return { ...base, labels: [], series: [] };
    const span = { r1: rect.r1 - 1, r2: rect.r2 - 1, c1: rect.c1 - 1, c2: rect.c2 - 1 };
    const shown = readDisplayValues(model, span);
    const raw = readValues(model, span, timeZone);
    const [head = [], ...body] = shown;
    return {
      ...base,
      labels: body.map((r) => r[0] ?? ''),
      series: head.slice(1).map((name, i) => ({
        name,
        values: raw.slice(1).map((r) => {
          const v = r[i + 1];
          return typeof v === 'number' ? v : null;
        }),
      })),
    };
  });
}
