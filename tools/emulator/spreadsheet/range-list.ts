/**
 * A RangeList: ranges of one sheet that take the same value, or lose their contents, in one call.
 * This is how a script gives one stamp to scattered cells without a call per cell.
 * https://developers.google.com/apps-script/reference/spreadsheet/range-list
 */
import { writeValues } from './cells';
import { clearSpan } from './clearing';
import type { Doc, Target } from './doc';
import type { Span } from './layer';
import { assertEditable } from './protection';
import type { Range } from './range';
import { STYLE_DEFAULTS } from './styles';

const spanOf = ({ rect }: Target): Span => ({
  r1: rect.r1 - 1,
  r2: rect.r2 - 1,
  c1: rect.c1 - 1,
  c2: rect.c2 - 1,
});
const cellsOf = ({ rect }: Target) => (rect.r2 - rect.r1 + 1) * (rect.c2 - rect.c1 + 1);

export class RangeList {
  constructor(
    private readonly doc: Doc,
    private readonly targets: readonly Target[],
  ) {}

  getRanges(): Range[] {
    this.call('getRanges');
    return this.targets.map((t) => this.doc.range(t.sheet, t.rect));
  }

  /** Each range's cells get the value, as Range.setValue would give it (text starting "=" is a formula). */
  setValue(value: unknown): this {
    this.call('setValue');
    this.edit();
    for (const target of this.targets) {
      const span = spanOf(target);
      const grid = Array.from({ length: span.r2 - span.r1 + 1 }, () =>
        Array.from({ length: span.c2 - span.c1 + 1 }, () => value),
      );
      writeValues(target.sheet, span, grid, this.doc.book);
    }
    return this;
  }

  /** Each range's cells take the number format, as Range.setNumberFormat gives it. */
  setNumberFormat(numberFormat: string): this {
    this.call('setNumberFormat');
    this.edit();
    const stored = numberFormat === STYLE_DEFAULTS.numberFormat ? undefined : numberFormat;
    for (const target of this.targets) target.sheet.styles.numberFormat.fill(spanOf(target), stored);
    return this;
  }

  clearContent(): this {
    this.call('clearContent');
    this.edit();
    for (const target of this.targets) clearSpan(target.sheet, spanOf(target), { contentsOnly: true });
    return this;
  }

  private call(method: string): void {
    this.doc.rt.call(`RangeList.${method}`);
  }

  /** Every range is checked for protection before any cell changes (an order the reference leaves open). */
  private edit(): void {
    for (const target of this.targets) assertEditable(this.doc, target.sheet, target.rect);
    this.doc.rt.wrote(this.targets.reduce((sum, t) => sum + cellsOf(t), 0));
  }
}
