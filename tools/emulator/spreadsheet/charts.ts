/**
 * Embedded charts: sheet.newChart() builds a spec locally (not counted, as Apps Script builders are
 * local objects), insertChart/updateChart/removeChart store it on the sheet so the local preview
 * can draw it. Chart data ranges follow row and column edits like any stored range.
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
 */
import type { Doc } from './doc';
import { targetOf } from './doc';
import type { Range } from './range';
import type { SheetModel } from './sheet-model';
import type { ChartSpec } from './specs';

/** https://developers.google.com/apps-script/reference/charts/chart-type */
export const ChartType = {
  AREA: 'AREA',
  BAR: 'BAR',
  BUBBLE: 'BUBBLE',
  CANDLESTICK: 'CANDLESTICK',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  GAUGE: 'GAUGE',
  GEO: 'GEO',
  HISTOGRAM: 'HISTOGRAM',
  LINE: 'LINE',
  ORG: 'ORG',
  PIE: 'PIE',
  RADAR: 'RADAR',
  SCATTER: 'SCATTER',
  SPARKLINE: 'SPARKLINE',
  STEPPED_AREA: 'STEPPED_AREA',
  TABLE: 'TABLE',
  TIMELINE: 'TIMELINE',
  TREEMAP: 'TREEMAP',
  WATERFALL: 'WATERFALL',
} as const;

/** The `Charts` global's enums the spreadsheet API takes. */
export function createCharts() {
  return { ChartType };
}

const cloneSpec = (spec: ChartSpec): ChartSpec => ({
  ...spec,
  ranges: spec.ranges.map((r) => ({ ...r })),
  position: { ...spec.position },
  options: structuredClone(spec.options),
});

/** chart.getOptions(): read-only access to what setOption stored. */
export class ChartOptions {
  constructor(private readonly options: Record<string, unknown>) {}
  get(option: string): unknown {
    return this.options[option] ?? null;
  }
  getOrDefault(option: string): unknown {
    return this.get(option);
  }
}

export class ContainerInfo {
  constructor(private readonly position: ChartSpec['position']) {}
  getAnchorRow(): number {
    return this.position.row;
  }
  getAnchorColumn(): number {
    return this.position.column;
  }
  getOffsetX(): number {
    return this.position.offsetX;
  }
  getOffsetY(): number {
    return this.position.offsetY;
  }
}

export class EmbeddedChartBuilder {
  constructor(
    private readonly doc: Doc,
    private readonly sheet: SheetModel,
    readonly spec: ChartSpec,
  ) {}

  setChartType(type: string): this {
    this.spec.type = String(type);
    return this;
  }
  getChartType(): string {
    return this.spec.type;
  }
  addRange(range: Range): this {
    this.spec.ranges.push({ ...targetOf(range).rect });
    return this;
  }
  removeRange(range: Range): this {
    const { rect } = targetOf(range);
    this.spec.ranges = this.spec.ranges.filter(
      (r) => r.r1 !== rect.r1 || r.r2 !== rect.r2 || r.c1 !== rect.c1 || r.c2 !== rect.c2,
    );
    return this;
  }
  clearRanges(): this {
    this.spec.ranges = [];
    return this;
  }
  getRanges(): Range[] {
    return this.spec.ranges.map((r) => this.doc.range(this.sheet, r));
  }
  setOption(option: string, value: unknown): this {
    this.spec.options[option] = structuredClone(value);
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.spec.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }
  getContainer(): ContainerInfo {
    return new ContainerInfo(this.spec.position);
  }
  build(): EmbeddedChart {
    return new EmbeddedChart(this.doc, this.sheet, cloneSpec(this.spec));
  }
}

export class EmbeddedChart {
  constructor(
    private readonly doc: Doc,
    private readonly sheet: SheetModel,
    readonly spec: ChartSpec,
  ) {}

  private call(method: string): void {
    this.doc.rt.call(`EmbeddedChart.${method}`);
  }

  /** The stored chart's id; a built chart not yet inserted has none. */
  getChartId(): number | null {
    this.call('getChartId');
    return this.spec.id > 0 ? this.spec.id : null;
  }
  getId(): string {
    this.call('getId');
    return `u${this.spec.id}`;
  }
  getOptions(): ChartOptions {
    this.call('getOptions');
    return new ChartOptions(this.spec.options);
  }
  getRanges(): Range[] {
    this.call('getRanges');
    return this.spec.ranges.map((r) => this.doc.range(this.sheet, r));
  }
  getContainerInfo(): ContainerInfo {
    this.call('getContainerInfo');
    return new ContainerInfo(this.spec.position);
  }
  getType(): string {
    this.call('getType');
    return this.spec.type;
  }
  modify(): EmbeddedChartBuilder {
    this.call('modify');
    return new EmbeddedChartBuilder(this.doc, this.sheet, cloneSpec(this.spec));
  }
}

export function newChartSpec(): ChartSpec {
  return {
    id: 0,
    type: ChartType.COLUMN,
    ranges: [],
    position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    options: {},
  };
}
