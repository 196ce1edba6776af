/**
 * A Sheet's identity and grid structure: name, id, size, inserting/deleting/moving rows and
 * columns, freezing, column widths, visibility, tab colour. Inserted rows and columns copy the
 * formatting of the row/column they are inserted next to.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertrowsafterafterposition,-howmany
 */
import type { Doc } from './doc';
import { targetOf } from './doc';
import { columnsOutOfBounds, duplicateSheet, invalidArgument, rowsOutOfBounds } from './messages';
import { display } from './number-format';
import { assertEditable } from './protection';
import type { Range } from './range';
import { DEFAULT_COLUMN_WIDTH, type Inherit, type SheetModel } from './sheet-model';
import type { Spreadsheet } from './spreadsheet';
import { normalizeColor } from './styles';

/** Roughly Sheets' default font (Arial 10): 7 px a character (bold a tenth more) plus padding. */
export const textWidth = (text: string, bold = false): number =>
  Math.ceil(text.length * (bold ? 7.7 : 7)) + 10;

export class SheetLayout {
  constructor(
    protected readonly doc: Doc,
    readonly model: SheetModel,
  ) {}

  protected call(method: string): void {
    this.doc.rt.call(`Sheet.${method}`);
  }

  getName(): string {
    this.call('getName');
    return this.model.name;
  }
  setName(name: string): this {
    this.call('setName');
    const clash = this.doc.book.sheetByName(name);
    if (clash && clash !== this.model) throw duplicateSheet(name);
    this.model.name = name;
    return this;
  }
  getSheetId(): number {
    this.call('getSheetId');
    return this.model.id;
  }
  getSheetName(): string {
    this.call('getSheetName');
    return this.model.name;
  }
  /** 1-based position among the tabs. */
  getIndex(): number {
    this.call('getIndex');
    return this.doc.book.sheets.indexOf(this.model) + 1;
  }
  getParent(): Spreadsheet {
    this.call('getParent');
    return this.doc.spreadsheet();
  }
  getLastRow(): number {
    this.call('getLastRow');
    return this.model.lastRow();
  }
  getLastColumn(): number {
    this.call('getLastColumn');
    return this.model.lastColumn();
  }
  getMaxRows(): number {
    this.call('getMaxRows');
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    this.call('getMaxColumns');
    return this.model.maxColumns;
  }

  insertRowAfter(afterPosition: number): this {
    return this.addRows('insertRowAfter', afterPosition + 1, 1, 'before');
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    return this.addRows('insertRowsAfter', afterPosition + 1, howMany, 'before');
  }
  insertRowBefore(beforePosition: number): this {
    return this.addRows('insertRowBefore', beforePosition, 1, 'after');
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    return this.addRows('insertRowsBefore', beforePosition, howMany, 'after');
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.addRows('insertRows', rowIndex, numRows, 'after');
  }
  deleteRow(rowPosition: number): this {
    this.call('deleteRow');
    this.guardRows(rowPosition, 1);
    this.model.deleteRows(rowPosition, 1);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.call('deleteRows');
    this.guardRows(rowPosition, howMany);
    this.model.deleteRows(rowPosition, howMany);
  }

  insertColumnAfter(afterPosition: number): this {
    return this.addColumns('insertColumnAfter', afterPosition + 1, 1, 'before');
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    return this.addColumns('insertColumnsAfter', afterPosition + 1, howMany, 'before');
  }
  insertColumnBefore(beforePosition: number): this {
    return this.addColumns('insertColumnBefore', beforePosition, 1, 'after');
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    return this.addColumns('insertColumnsBefore', beforePosition, howMany, 'after');
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.addColumns('insertColumns', columnIndex, numColumns, 'after');
  }
  deleteColumn(columnPosition: number): this {
    this.call('deleteColumn');
    this.model.deleteColumns(columnPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.call('deleteColumns');
    this.model.deleteColumns(columnPosition, howMany);
  }

  /**
   * Moves the columns the range spans so they start before `destinationIndex`, counted before the
   * move: moving A:B to 5 makes them C:D.
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#movecolumnscolumnspec,-destinationindex
   */
  moveColumns(columnSpec: Range, destinationIndex: number): void {
    this.call('moveColumns');
    const { c1, c2 } = targetOf(columnSpec).rect;
    if (destinationIndex < 1 || destinationIndex > this.model.maxColumns + 1) throw columnsOutOfBounds();
    this.model.permuteColumns(moved(this.model.maxColumns, c1, c2, destinationIndex));
  }
  /** Moves whole rows the same way. */
  moveRows(rowSpec: Range, destinationIndex: number): void {
    this.call('moveRows');
    const { r1, r2 } = targetOf(rowSpec).rect;
    if (destinationIndex < 1 || destinationIndex > this.model.maxRows + 1) throw rowsOutOfBounds();
    const order = moved(this.model.maxRows, r1, r2, destinationIndex);
    this.model.permuteRows(
      { r1: 0, r2: this.model.maxRows - 1, c1: 0, c2: this.model.maxColumns - 1 },
      order,
    );
  }

  getFrozenRows(): number {
    this.call('getFrozenRows');
    return this.model.frozenRows;
  }
  setFrozenRows(rows: number): void {
    this.call('setFrozenRows');
    this.model.setFrozenRows(rows);
  }
  getFrozenColumns(): number {
    this.call('getFrozenColumns');
    return this.model.frozenColumns;
  }
  setFrozenColumns(columns: number): void {
    this.call('setFrozenColumns');
    this.model.setFrozenColumns(columns);
  }

  getColumnWidth(columnPosition: number): number {
    this.call('getColumnWidth');
    return this.model.columnWidths[columnPosition - 1] ?? DEFAULT_COLUMN_WIDTH;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this.call('setColumnWidth');
    return this.widths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.call('setColumnWidths');
    return this.widths(startColumn, numColumns, width);
  }
  /** Fits each column to its longest displayed value (an estimate from the text length). */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    this.call('autoResizeColumns');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.fitColumn(c);
    return this;
  }
  autoResizeColumn(columnPosition: number): this {
    this.call('autoResizeColumn');
    this.fitColumn(columnPosition);
    return this;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    this.call('hideColumns');
    this.hidden(columnIndex, numColumns, true);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    this.call('showColumns');
    this.hidden(columnIndex, numColumns, undefined);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    this.call('isColumnHiddenByUser');
    return this.model.hiddenColumns[columnPosition - 1] === true;
  }

  getTabColor(): string | null {
    this.call('getTabColor');
    return this.model.tabColor;
  }
  setTabColor(color: string | null): this {
    this.call('setTabColor');
    this.model.tabColor = normalizeColor(color) ?? null;
    return this;
  }
  isSheetHidden(): boolean {
    this.call('isSheetHidden');
    return this.model.hidden;
  }
  hideSheet(): this {
    this.call('hideSheet');
    this.model.hidden = true;
    return this;
  }
  showSheet(): this {
    this.call('showSheet');
    this.model.hidden = false;
    return this;
  }
  activate(): this {
    this.call('activate');
    this.doc.book.activeSheet = this.model;
    return this;
  }

  private addRows(method: string, at: number, count: number, inherit: Inherit): this {
    this.call(method);
    if (count < 1) throw invalidArgument('howMany');
    this.guardRows(Math.min(at, this.model.maxRows), 1);
    this.doc.book.assertRoomFor(count * this.model.maxColumns);
    this.model.insertRows(at, count, inherit);
    return this;
  }

  private addColumns(method: string, at: number, count: number, inherit: Inherit): this {
    this.call(method);
    if (count < 1) throw invalidArgument('howMany');
    this.doc.book.assertRoomFor(count * this.model.maxRows);
    this.model.insertColumns(at, count, inherit);
    return this;
  }

  /** Whole rows a structural edit touches must be editable by the script's user. */
  protected guardRows(at: number, count: number): void {
    const r2 = Math.min(this.model.maxRows, at + count - 1);
    assertEditable(this.doc, this.model, { r1: at, r2, c1: 1, c2: this.model.maxColumns });
  }

  private widths(start: number, count: number, width: number): this {
    if (start < 1 || start + count - 1 > this.model.maxColumns) throw columnsOutOfBounds();
    for (let c = start; c < start + count; c++) this.model.columnWidths[c - 1] = width;
    return this;
  }

  private hidden(start: number, count: number, value: true | undefined): void {
    if (start < 1 || start + count - 1 > this.model.maxColumns) throw columnsOutOfBounds();
    for (let c = start; c < start + count; c++) this.model.hiddenColumns[c - 1] = value;
  }

  private fitColumn(column: number): void {
    const formats = this.model.styles.numberFormat;
    let widest = textWidth('');
    for (let r = 0; r < this.model.lastRow(); r++) {
      const text = display(this.model.values.get(r, column - 1), formats.get(r, column - 1));
      widest = Math.max(widest, ...text.split('\n').map((line) => textWidth(line)));
    }
    this.widths(column, 1, widest);
  }
}

/** The order that moves items first..last (1-based) to before `destination` (counted before the move). */
function moved(size: number, first: number, last: number, destination: number): number[] {
  const all = Array.from({ length: size }, (_, i) => i);
  const moving = all.slice(first - 1, last);
  const rest = all.filter((i) => i < first - 1 || i > last - 1);
  const at = rest.filter((i) => i < destination - 1).length;
  return [...rest.slice(0, at), ...moving, ...rest.slice(at)];
}
