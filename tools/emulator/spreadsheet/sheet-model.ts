/**
 * One sheet's state, with the structural edits (insert, delete, sort, move) applied to every
 * store at once so cells, formats, notes, validations, metadata, protections, rules and charts
 * stay aligned. No call counting here: the Sheet and Range classes count.
 */
import type { Rect } from './a1';
import { CellGrid } from './grid';
import type { Layer, Span } from './layer';
import {
  allNonFrozenColumns,
  allNonFrozenRows,
  columnsOutOfBounds,
  freezeAllColumns,
  freezeAllRows,
  rowsOutOfBounds,
} from './messages';
import type { Stored } from './number-format';
import { ColumnRuns } from './runs';
import { type Axis, type Change, shifted, shiftedRect } from './shift';
import type { ChartSpec, MetadataSpec, ProtectionSpec, RuleSpec, ValidationSpec } from './specs';

export const STYLE_KEYS = [
  'numberFormat',
  'background',
  'fontColor',
  'fontWeight',
  'fontStyle',
  'horizontalAlignment',
  'wrap',
] as const;
export type StyleKey = (typeof STYLE_KEYS)[number];

/** A new sheet's grid: https://support.google.com/docs/answer/37603 (1000 rows, 26 columns). */
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

/** Which neighbour new rows or columns copy their formatting from. */
export type Inherit = 'before' | 'after';

export class SheetModel {
  values = new CellGrid<Stored>();
  formulas = new CellGrid<string>();
  notes = new CellGrid<string>();
  styles = Object.fromEntries(STYLE_KEYS.map((k) => [k, new ColumnRuns<string>()])) as Record<
    StyleKey,
    ColumnRuns<string>
  >;
  validations = new ColumnRuns<ValidationSpec>();
  columnWidths: (number | undefined)[] = [];
  hiddenColumns: (boolean | undefined)[] = [];
  rules: RuleSpec[] = [];
  protections: ProtectionSpec[] = [];
  charts: ChartSpec[] = [];
  metadata: MetadataSpec[] = [];
  maxRows = DEFAULT_ROWS;
  maxColumns = DEFAULT_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  deleted = false;

  constructor(
    readonly id: number,
    public name: string,
  ) {}

  private layers(): Layer[] {
    return [this.values, this.formulas, this.notes, ...Object.values(this.styles), this.validations];
  }

  lastRow(): number {
    return Math.max(this.values.lastRow(), this.formulas.lastRow());
  }

  lastColumn(): number {
    return Math.max(this.values.lastColumn(), this.formulas.lastColumn());
  }

  /** A rect with open ends closed at the sheet's current size. */
  closed(rect: Rect): Rect {
    return {
      ...rect,
      r2: rect.openRows ? this.maxRows : rect.r2,
      c2: rect.openCols ? this.maxColumns : rect.c2,
    };
  }

  insertRows(at: number, count: number, inherit: Inherit): void {
    if (at < 1 || at > this.maxRows + 1) throw rowsOutOfBounds();
    const source = inherit === 'before' ? at - 2 : at - 1 + count;
    for (const layer of this.layers()) layer.insertRows(at - 1, count, source >= 0 ? source : undefined);
    this.maxRows += count;
    if (at <= this.frozenRows) this.frozenRows += count;
    this.shiftAll('rows', { kind: 'insert', at, count });
  }

  deleteRows(at: number, count: number): void {
    if (at < 1 || count < 1 || at + count - 1 > this.maxRows) throw rowsOutOfBounds();
    const frozenGone = Math.max(0, Math.min(this.frozenRows, at + count - 1) - at + 1);
    if (count - frozenGone >= this.maxRows - this.frozenRows) throw allNonFrozenRows();
    for (const layer of this.layers()) layer.deleteRows(at - 1, count);
    this.maxRows -= count;
    this.frozenRows -= frozenGone;
    this.shiftAll('rows', { kind: 'delete', at, count });
  }

  insertColumns(at: number, count: number, inherit: Inherit): void {
    if (at < 1 || at > this.maxColumns + 1) throw columnsOutOfBounds();
    const source = inherit === 'before' ? at - 2 : at - 1;
    for (const layer of this.layers()) layer.insertColumns(at - 1, count, source >= 0 ? source : undefined);
    for (const props of [this.columnWidths, this.hiddenColumns] as unknown[][]) {
      if (props.length >= at) props.splice(at - 1, 0, ...new Array(count).fill(props[source]));
    }
    this.maxColumns += count;
    if (at <= this.frozenColumns) this.frozenColumns += count;
    this.shiftAll('columns', { kind: 'insert', at, count });
  }

  deleteColumns(at: number, count: number): void {
    if (at < 1 || count < 1 || at + count - 1 > this.maxColumns) throw columnsOutOfBounds();
    const frozenGone = Math.max(0, Math.min(this.frozenColumns, at + count - 1) - at + 1);
    if (count - frozenGone >= this.maxColumns - this.frozenColumns) throw allNonFrozenColumns();
    for (const layer of this.layers()) layer.deleteColumns(at - 1, count);
    this.columnWidths.splice(at - 1, count);
    this.hiddenColumns.splice(at - 1, count);
    this.maxColumns -= count;
    this.frozenColumns -= frozenGone;
    this.shiftAll('columns', { kind: 'delete', at, count });
  }

  /** Rows of `span` (0-based) reordered; whole-row metadata follows when whole rows move. */
  permuteRows(span: Span, order: readonly number[]): void {
    for (const layer of this.layers()) layer.permuteRows(span, order);
    if (span.c1 > 0 || span.c2 < this.maxColumns - 1) return;
    const full = Array.from({ length: this.maxRows }, (_, i) => i);
    order.forEach((from, i) => {
      full[span.r1 + i] = span.r1 + from;
    });
    this.shiftMetadata('rows', { kind: 'move', order: full });
  }

  /** Columns reordered: column i (0-based) takes what was at order[i]. */
  permuteColumns(order: readonly number[]): void {
    for (const layer of this.layers()) layer.permuteColumns(order);
    this.columnWidths = order.map((from) => this.columnWidths[from]);
    this.hiddenColumns = order.map((from) => this.hiddenColumns[from]);
    this.shiftAll('columns', { kind: 'move', order });
  }

  setFrozenRows(rows: number): void {
    if (rows >= this.maxRows) throw freezeAllRows();
    this.frozenRows = rows;
  }

  setFrozenColumns(columns: number): void {
    if (columns >= this.maxColumns) throw freezeAllColumns();
    this.frozenColumns = columns;
  }

  private shiftAll(axis: Axis, change: Change): void {
    this.shiftMetadata(axis, change);
    const keep = (rect: Rect) => shiftedRect(rect, axis, change);
    this.protections = this.protections.filter((p) => {
      p.unprotected = p.unprotected.flatMap((r) => keep(r) ?? []);
      if (!p.rect) return true;
      const rect = keep(p.rect);
      if (rect) p.rect = rect;
      return rect !== undefined;
    });
    this.rules = this.rules.filter((rule) => {
      rule.ranges = rule.ranges.flatMap((r) => keep(r) ?? []);
      return rule.ranges.length > 0;
    });
    for (const chart of this.charts) chart.ranges = chart.ranges.flatMap((r) => keep(r) ?? []);
  }

  private shiftMetadata(axis: Axis, change: Change): void {
    const type = axis === 'rows' ? 'ROW' : 'COLUMN';
    this.metadata = this.metadata.filter((md) => {
      const loc = md.location;
      if (loc.type !== type) return true;
      const moved = shifted(loc, change);
      if (moved) md.location = { type, ...moved };
      return moved !== undefined;
    });
  }
}
