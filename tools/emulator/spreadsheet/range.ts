/**
 * A Range's contents and what hangs on it: values, formulas, display values, clearing, data
 * validation, protection, developer metadata and sorting.
 * https://developers.google.com/apps-script/reference/spreadsheet/range
 */
import { type Read, readDisplayValues, readFormulas, readValues, writeValues } from './cells';
import { type ClearOptions, clearSpan } from './clearing';
import { addMetadata, type DeveloperMetadata, lineOf, metadataAt } from './metadata';
import { type DeveloperMetadataFinder, metadataFinder } from './metadata-finder';
import { Protection } from './protection';
import { RangeStyle } from './range-style';
import { type SortSpec, sortOrder } from './sort';
import type { ValidationSpec } from './specs';
import { DataValidation } from './validation';

export class Range extends RangeStyle {
  private get zone(): string {
    return this.doc.book.timeZone;
  }

  getValue(): Read {
    this.call('getValue');
    this.doc.rt.read(1);
    return readValues(this.target.sheet, this.firstCell(), this.zone)[0]![0]!;
  }
  getValues(): Read[][] {
    this.call('getValues');
    this.doc.rt.read(this.cells());
    return readValues(this.target.sheet, this.span(), this.zone);
  }
  getDisplayValue(): string {
    this.call('getDisplayValue');
    this.doc.rt.read(1);
    return readDisplayValues(this.target.sheet, this.firstCell())[0]![0]!;
  }
  getDisplayValues(): string[][] {
    this.call('getDisplayValues');
    this.doc.rt.read(this.cells());
    return readDisplayValues(this.target.sheet, this.span());
  }
  getFormula(): string {
    this.call('getFormula');
    this.doc.rt.read(1);
    return readFormulas(this.target.sheet, this.firstCell())[0]![0]!;
  }
  getFormulas(): string[][] {
    this.call('getFormulas');
    this.doc.rt.read(this.cells());
    return readFormulas(this.target.sheet, this.span());
  }
  isBlank(): boolean {
    this.call('isBlank');
    this.doc.rt.read(this.cells());
    return readValues(this.target.sheet, this.span(), this.zone).every((row) => row.every((v) => v === ''));
  }

  /** Every cell of the range gets the value. */
  setValue(value: unknown): this {
    this.call('setValue');
    this.edit();
    writeValues(this.target.sheet, this.span(), this.blank(value), this.doc.book);
    return this;
  }
  setValues(values: unknown[][]): this {
    this.call('setValues');
    this.checkShape(values, 'setValues');
    this.edit();
    writeValues(this.target.sheet, this.span(), values, this.doc.book);
    return this;
  }
  setFormula(formula: string): this {
    this.call('setFormula');
    this.edit();
    writeValues(this.target.sheet, this.span(), this.blank(formula), this.doc.book);
    return this;
  }
  setFormulas(formulas: string[][]): this {
    this.call('setFormulas');
    this.checkShape(formulas, 'setFormulas');
    this.edit();
    writeValues(this.target.sheet, this.span(), formulas, this.doc.book);
    return this;
  }

  /** With no options: contents and formats; see clearing.ts. */
  clear(options?: ClearOptions): this {
    this.call('clear');
    this.edit();
    clearSpan(this.target.sheet, this.span(), options ?? {});
    return this;
  }
  clearContent(): this {
    this.call('clearContent');
    this.edit();
    clearSpan(this.target.sheet, this.span(), { contentsOnly: true });
    return this;
  }

  getDataValidation(): DataValidation | null {
    this.call('getDataValidation');
    const { r1, c1 } = this.span();
    const spec = this.target.sheet.validations.get(r1, c1);
    return spec ? new DataValidation(spec) : null;
  }
  getDataValidations(): (DataValidation | null)[][] {
    this.call('getDataValidations');
    const { r1, r2, c1, c2 } = this.span();
    const columns: (ValidationSpec | undefined)[][] = [];
    for (let c = c1; c <= c2; c++) columns.push(this.target.sheet.validations.readColumn(c, r1, r2));
    return Array.from({ length: r2 - r1 + 1 }, (_, i) =>
      columns.map((column) => {
        const spec = column[i];
        return spec ? new DataValidation(spec) : null;
      }),
    );
  }
  setDataValidation(rule: DataValidation | null): this {
    this.call('setDataValidation');
    this.edit();
    this.target.sheet.validations.fill(this.span(), rule ? { ...rule.spec } : undefined);
    return this;
  }
  setDataValidations(rules: (DataValidation | null)[][]): this {
    this.call('setDataValidations');
    this.checkShape(rules, 'setDataValidations');
    this.edit();
    const { r1, c1, c2 } = this.span();
    const specs = rules.map((row) => row.map((rule) => (rule ? { ...rule.spec } : undefined)));
    for (let c = c1; c <= c2; c++) {
      this.target.sheet.validations.writeColumn(
        c,
        r1,
        specs.map((row) => row[c - c1]),
      );
    }
    return this;
  }
  clearDataValidations(): this {
    this.call('clearDataValidations');
    this.edit();
    this.target.sheet.validations.fill(this.span(), undefined);
    return this;
  }

  /** A new range protection; editors start as the owner and the person running the script. */
  protect(): Protection {
    this.call('protect');
    const sheet = this.target.sheet;
    const spec = this.doc.book.newProtection('RANGE', this.rect);
    sheet.protections.push(spec);
    return new Protection(this.doc, sheet, spec);
  }

  addDeveloperMetadata(key: string, value?: string | null, visibility?: string): this {
    this.call('addDeveloperMetadata');
    addMetadata(this.doc.book, this.target.sheet.metadata, lineOf(this.target), key, value, visibility);
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    this.call('getDeveloperMetadata');
    return metadataAt(this.doc, this.target);
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    this.call('createDeveloperMetadataFinder');
    return metadataFinder(this.doc, { range: this.target });
  }

  /** Sorts the range's rows by one or more columns (sheet column numbers); formats move too. */
  sort(sortSpecObj: SortSpec): this {
    this.call('sort');
    const span = this.span();
    const order = sortOrder(this.target.sheet, span, sortSpecObj);
    this.target.sheet.permuteRows(span, order);
    return this;
  }

  private firstCell() {
    const { r1, c1 } = this.span();
    return { r1, r2: r1, c1, c2: c1 };
  }
}
