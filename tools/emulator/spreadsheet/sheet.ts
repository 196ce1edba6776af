/**
 * The Sheet service object: ranges, the grid's size and structure, freezing, sorting, column
 * widths, protections, conditional formats, charts and developer metadata.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet
 */
import { assertCellLengths, type Read, readValues, writeValues } from './cells';
import { EmbeddedChart, EmbeddedChartBuilder, newChartSpec } from './charts';
import { type ClearOptions, clearSpan } from './clearing';
import { ConditionalFormatRule } from './conditional-format';
import { targetOf } from './doc';
import { chartNotFound, invalidArgument } from './messages';
import { addMetadata, DeveloperMetadata } from './metadata';
import { type DeveloperMetadataFinder, metadataFinder } from './metadata-finder';
import { assertEditable, Protection } from './protection';
import type { Range } from './range';
import { RangeList } from './range-list';
import { checkedRect, resolveA1 } from './sheet-bounds';
import { SheetLayout } from './sheet-layout';
import { sortOrder } from './sort';

export class Sheet extends SheetLayout {
  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): Range {
    this.call('getRange');
    if (typeof a1OrRow === 'string') {
      const { sheet, rect } = resolveA1(this.doc.book, this.model, a1OrRow);
      return this.doc.range(sheet, rect);
    }
    const rect = checkedRect(this.model, a1OrRow, column ?? Number.NaN, numRows ?? 1, numColumns ?? 1);
    return this.doc.range(this.model, rect);
  }

  /**
   * The ranges of a non-empty list of A1 notations on this sheet, to set or clear in one call.
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangelista1notations
   */
  getRangeList(a1Notations: string[]): RangeList {
    this.call('getRangeList');
    if (!Array.isArray(a1Notations) || a1Notations.length === 0) throw invalidArgument('a1Notations');
    return new RangeList(
      this.doc,
      a1Notations.map((a1) => resolveA1(this.doc.book, this.model, a1)),
    );
  }

  /**
   * The values of a block in one call, as getRange(...).getValues() returns them.
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getsheetvaluesstartrow,-startcolumn,-numrows,-numcolumns
   */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): Read[][] {
    this.call('getSheetValues');
    const rect = checkedRect(this.model, startRow, startColumn, numRows, numColumns);
    this.doc.rt.read((rect.r2 - rect.r1 + 1) * (rect.c2 - rect.c1 + 1));
    const span = { r1: rect.r1 - 1, r2: rect.r2 - 1, c1: rect.c1 - 1, c2: rect.c2 - 1 };
    return readValues(this.model, span, this.doc.book.timeZone);
  }

  getDataRange(): Range {
    this.call('getDataRange');
    const rect = {
      r1: 1,
      c1: 1,
      r2: Math.max(1, this.model.lastRow()),
      c2: Math.max(1, this.model.lastColumn()),
    };
    return this.doc.range(this.model, rect);
  }

  /** Writes below the last row with content, growing the sheet when it is full. */
  appendRow(rowContents: unknown[]): this {
    this.call('appendRow');
    assertCellLengths([rowContents]);
    const row = this.model.lastRow() + 1;
    const rows = Math.max(row, this.model.maxRows);
    const columns = Math.max(rowContents.length, this.model.maxColumns);
    this.doc.book.assertRoomFor(rows * columns - this.model.maxRows * this.model.maxColumns);
    if (row > this.model.maxRows) this.model.insertRows(this.model.maxRows + 1, 1, 'before');
    if (rowContents.length > this.model.maxColumns) {
      this.model.insertColumns(
        this.model.maxColumns + 1,
        rowContents.length - this.model.maxColumns,
        'before',
      );
    }
    assertEditable(this.doc, this.model, { r1: row, r2: row, c1: 1, c2: Math.max(1, rowContents.length) });
    this.doc.rt.wrote(rowContents.length);
    const span = { r1: row - 1, r2: row - 1, c1: 0, c2: rowContents.length - 1 };
    writeValues(this.model, span, [rowContents], this.doc.book);
    return this;
  }

  /** Sorts all rows below the frozen ones by one column, moving whole rows. */
  sort(columnPosition: number, ascending = true): this {
    this.call('sort');
    const span = {
      r1: this.model.frozenRows,
      r2: this.model.lastRow() - 1,
      c1: 0,
      c2: this.model.maxColumns - 1,
    };
    if (span.r2 > span.r1) {
      this.model.permuteRows(span, sortOrder(this.model, span, { column: columnPosition, ascending }));
    }
    return this;
  }

  /** Contents and formats, as Range.clear(). */
  clear(options?: ClearOptions): this {
    this.call('clear');
    return this.clearAll(options ?? {});
  }
  clearContents(): this {
    this.call('clearContents');
    return this.clearAll({ contentsOnly: true });
  }
  clearFormats(): this {
    this.call('clearFormats');
    return this.clearAll({ formatOnly: true });
  }
  clearNotes(): this {
    this.call('clearNotes');
    return this.clearAll({ commentsOnly: true });
  }

  private clearAll(options: ClearOptions): this {
    this.guardRows(1, this.model.maxRows);
    const span = { r1: 0, c1: 0, r2: this.model.maxRows - 1, c2: this.model.maxColumns - 1 };
    this.doc.rt.wrote(this.model.maxRows * this.model.maxColumns);
    clearSpan(this.model, span, options);
    return this;
  }

  /** The sheet's own protection; an already protected sheet returns the existing one. */
  protect(): Protection {
    this.call('protect');
    let spec = this.model.protections.find((p) => p.type === 'SHEET');
    if (!spec) {
      spec = this.doc.book.newProtection('SHEET');
      this.model.protections.push(spec);
    }
    return new Protection(this.doc, this.model, spec);
  }
  getProtections(type: string): Protection[] {
    this.call('getProtections');
    return this.model.protections
      .filter((p) => p.type === String(type))
      .map((p) => new Protection(this.doc, this.model, p));
  }

  getConditionalFormatRules(): ConditionalFormatRule[] {
    this.call('getConditionalFormatRules');
    return this.model.rules.map(
      (rule) =>
        new ConditionalFormatRule({
          condition: { type: rule.condition.type, values: [...rule.condition.values] },
          format: { ...rule.format },
          ranges: rule.ranges.map((r) => this.doc.range(this.model, r)),
        }),
    );
  }
  /** Replaces all of the sheet's rules. */
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    this.call('setConditionalFormatRules');
    this.model.rules = rules.map((rule) => ({
      condition: { type: rule.parts.condition.type, values: [...rule.parts.condition.values] },
      format: { ...rule.parts.format },
      ranges: rule.parts.ranges.map((r) => ({ ...targetOf(r).rect })),
    }));
  }
  clearConditionalFormatRules(): void {
    this.call('clearConditionalFormatRules');
    this.model.rules = [];
  }

  newChart(): EmbeddedChartBuilder {
    this.call('newChart');
    return new EmbeddedChartBuilder(this.doc, this.model, newChartSpec());
  }
  insertChart(chart: EmbeddedChart): void {
    this.call('insertChart');
    this.model.charts.push({ ...chart.spec, id: this.doc.book.nextId() });
  }
  updateChart(chart: EmbeddedChart): void {
    this.call('updateChart');
    const at = this.model.charts.findIndex((c) => c.id === chart.spec.id);
    if (at < 0) throw chartNotFound();
    this.model.charts[at] = { ...chart.spec };
  }
  removeChart(chart: EmbeddedChart): void {
    this.call('removeChart');
    this.model.charts = this.model.charts.filter((c) => c.id !== chart.spec.id);
  }
  getCharts(): EmbeddedChart[] {
    this.call('getCharts');
    return this.model.charts.map((spec) => new EmbeddedChart(this.doc, this.model, { ...spec }));
  }

  addDeveloperMetadata(key: string, value?: string | null, visibility?: string): this {
    this.call('addDeveloperMetadata');
    addMetadata(this.doc.book, this.model.metadata, { type: 'SHEET' }, key, value, visibility);
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    this.call('getDeveloperMetadata');
    return this.model.metadata
      .filter((md) => md.location.type === 'SHEET')
      .map((md) => new DeveloperMetadata(this.doc, this.model, md));
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    this.call('createDeveloperMetadataFinder');
    return metadataFinder(this.doc, { sheet: this.model });
  }
}
