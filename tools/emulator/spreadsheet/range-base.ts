/**
 * A Range's geometry: where it is, how big, its A1 notation, offsets. Range objects are fixed
 * coordinates, like Apps Script's: inserting rows later does not move an existing Range object.
 * https://developers.google.com/apps-script/reference/spreadsheet/range
 */
import { a1Notation, type Rect } from './a1';
import type { Doc, Target } from './doc';
import type { Span } from './layer';
import { cellOutOfRange, dataColumnsMismatch, dataRowsMismatch, signatureMismatch } from './messages';
import { assertEditable } from './protection';
import type { Sheet } from './sheet';
import { checkedRect } from './sheet-bounds';

export class RangeBase {
  readonly target: Target;

  constructor(
    protected readonly doc: Doc,
    target: Target,
  ) {
    this.target = { sheet: target.sheet, rect: target.sheet.closed(target.rect) };
  }

  protected call(method: string): void {
    this.doc.rt.call(`Range.${method}`);
  }

  protected get rect(): Rect {
    return this.target.rect;
  }

  /** 0-based, for the stores. */
  protected span(): Span {
    const { r1, r2, c1, c2 } = this.rect;
    return { r1: r1 - 1, r2: r2 - 1, c1: c1 - 1, c2: c2 - 1 };
  }

  /** Before changing the cells: a protection may refuse the user; the cells count as written. */
  protected edit(): void {
    assertEditable(this.doc, this.target.sheet, this.rect);
    this.doc.rt.wrote(this.cells());
  }

  protected cells(): number {
    return (this.rect.r2 - this.rect.r1 + 1) * (this.rect.c2 - this.rect.c1 + 1);
  }

  /** Rejects a grid whose shape differs from the range, with Apps Script's message. */
  protected checkShape(data: readonly (readonly unknown[])[], method: string): void {
    if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) {
      const first = Array.isArray(data) ? data[0] : data;
      throw signatureMismatch(`${typeof first}${Array.isArray(data) ? '[]' : ''}`, `Range.${method}`);
    }
    const rows = this.rect.r2 - this.rect.r1 + 1;
    const columns = this.rect.c2 - this.rect.c1 + 1;
    if (data.length !== rows) throw dataRowsMismatch(data.length, rows);
    for (const row of data) if (row.length !== columns) throw dataColumnsMismatch(row.length, columns);
  }

  getRow(): number {
    this.call('getRow');
    return this.rect.r1;
  }
  getRowIndex(): number {
    this.call('getRowIndex');
    return this.rect.r1;
  }
  getColumn(): number {
    this.call('getColumn');
    return this.rect.c1;
  }
  getNumRows(): number {
    this.call('getNumRows');
    return this.rect.r2 - this.rect.r1 + 1;
  }
  getNumColumns(): number {
    this.call('getNumColumns');
    return this.rect.c2 - this.rect.c1 + 1;
  }
  getHeight(): number {
    this.call('getHeight');
    return this.rect.r2 - this.rect.r1 + 1;
  }
  getWidth(): number {
    this.call('getWidth');
    return this.rect.c2 - this.rect.c1 + 1;
  }
  /** The range's end row (not the last row with content). */
  getLastRow(): number {
    this.call('getLastRow');
    return this.rect.r2;
  }
  getLastColumn(): number {
    this.call('getLastColumn');
    return this.rect.c2;
  }
  getA1Notation(): string {
    this.call('getA1Notation');
    return a1Notation(this.rect);
  }
  getGridId(): number {
    this.call('getGridId');
    return this.target.sheet.id;
  }
  getSheet(): Sheet {
    this.call('getSheet');
    return this.doc.sheet(this.target.sheet);
  }

  getCell(row: number, column: number): ReturnType<Doc['range']> {
    this.call('getCell');
    const { r1, c1, r2, c2 } = this.rect;
    if (row < 1 || column < 1 || r1 + row - 1 > r2 || c1 + column - 1 > c2) {
      throw cellOutOfRange();
    }
    return this.at(r1 + row - 1, c1 + column - 1, 1, 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number) {
    this.call('offset');
    const { r1, c1, r2, c2 } = this.rect;
    return this.at(r1 + rowOffset, c1 + columnOffset, numRows ?? r2 - r1 + 1, numColumns ?? c2 - c1 + 1);
  }

  activate(): this {
    this.call('activate');
    this.doc.book.activeSheet = this.target.sheet;
    return this;
  }

  protected at(row: number, column: number, numRows: number, numColumns: number) {
    const rect = checkedRect(this.target.sheet, row, column, numRows, numColumns);
    return this.doc.range(this.target.sheet, rect);
  }
}
