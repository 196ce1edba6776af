/**
 * A Range's formatting and notes: number formats, background and font colours, font weight and
 * style, alignment, wrapping. Every get/set pair goes through the same four helpers.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setnumberformatnumberformat
 */
import { readNotes, writeNotes } from './cells';
import { clearSpan } from './clearing';
import { RangeBase } from './range-base';
import type { StyleKey } from './sheet-model';
import { normalizeColor, readStyle, STYLE_DEFAULTS, writeStyle } from './styles';

type In = string | null;

const NORMALIZE: Record<StyleKey, (v: In) => string | undefined> = {
  numberFormat: (v) => v ?? undefined,
  background: normalizeColor,
  fontColor: normalizeColor,
  fontWeight: (v) => (v === null ? undefined : v.toLowerCase()),
  fontStyle: (v) => (v === null ? undefined : v.toLowerCase()),
  horizontalAlignment: (v) => (v === null ? undefined : v.toLowerCase()),
  wrap: (v) => v ?? undefined,
};

export class RangeStyle extends RangeBase {
  protected getStyle(method: string, key: StyleKey): string {
    this.call(method);
    this.doc.rt.read(1);
    const { r1, c1 } = this.span();
    return this.target.sheet.styles[key].get(r1, c1) ?? STYLE_DEFAULTS[key];
  }

  protected getStyles(method: string, key: StyleKey): string[][] {
    this.call(method);
    this.doc.rt.read(this.cells());
    return readStyle(this.target.sheet.styles[key], this.span(), STYLE_DEFAULTS[key]);
  }

  protected setStyle(method: string, key: StyleKey, value: In): this {
    this.call(method);
    this.edit();
    const stored = NORMALIZE[key](value);
    this.target.sheet.styles[key].fill(this.span(), stored === STYLE_DEFAULTS[key] ? undefined : stored);
    return this;
  }

  protected setStyles(method: string, key: StyleKey, values: readonly (readonly In[])[]): this {
    this.call(method);
    this.checkShape(values, method);
    this.edit();
    const normalized = values.map((row) => row.map((v) => NORMALIZE[key](v)));
    writeStyle(this.target.sheet.styles[key], this.span(), normalized, STYLE_DEFAULTS[key]);
    return this;
  }

  getNumberFormat(): string {
    return this.getStyle('getNumberFormat', 'numberFormat');
  }
  getNumberFormats(): string[][] {
    return this.getStyles('getNumberFormats', 'numberFormat');
  }
  setNumberFormat(numberFormat: string): this {
    return this.setStyle('setNumberFormat', 'numberFormat', numberFormat);
  }
  setNumberFormats(numberFormats: string[][]): this {
    return this.setStyles('setNumberFormats', 'numberFormat', numberFormats);
  }
  getBackground(): string {
    return this.getStyle('getBackground', 'background');
  }
  getBackgrounds(): string[][] {
    return this.getStyles('getBackgrounds', 'background');
  }
  setBackground(color: string | null): this {
    return this.setStyle('setBackground', 'background', color);
  }
  setBackgrounds(color: (string | null)[][]): this {
    return this.setStyles('setBackgrounds', 'background', color);
  }
  getFontColor(): string {
    return this.getStyle('getFontColor', 'fontColor');
  }
  getFontColors(): string[][] {
    return this.getStyles('getFontColors', 'fontColor');
  }
  setFontColor(color: string | null): this {
    return this.setStyle('setFontColor', 'fontColor', color);
  }
  setFontColors(colors: (string | null)[][]): this {
    return this.setStyles('setFontColors', 'fontColor', colors);
  }
  getFontWeight(): string {
    return this.getStyle('getFontWeight', 'fontWeight');
  }
  getFontWeights(): string[][] {
    return this.getStyles('getFontWeights', 'fontWeight');
  }
  setFontWeight(fontWeight: string | null): this {
    return this.setStyle('setFontWeight', 'fontWeight', fontWeight);
  }
  setFontWeights(fontWeights: (string | null)[][]): this {
    return this.setStyles('setFontWeights', 'fontWeight', fontWeights);
  }
  getFontStyle(): string {
    return this.getStyle('getFontStyle', 'fontStyle');
  }
  getFontStyles(): string[][] {
    return this.getStyles('getFontStyles', 'fontStyle');
  }
  setFontStyle(fontStyle: string | null): this {
    return this.setStyle('setFontStyle', 'fontStyle', fontStyle);
  }
  setFontStyles(fontStyles: (string | null)[][]): this {
    return this.setStyles('setFontStyles', 'fontStyle', fontStyles);
  }
  getHorizontalAlignment(): string {
    return this.getStyle('getHorizontalAlignment', 'horizontalAlignment');
  }
  getHorizontalAlignments(): string[][] {
    return this.getStyles('getHorizontalAlignments', 'horizontalAlignment');
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this.setStyle('setHorizontalAlignment', 'horizontalAlignment', alignment);
  }
  setHorizontalAlignments(alignments: (string | null)[][]): this {
    return this.setStyles('setHorizontalAlignments', 'horizontalAlignment', alignments);
  }
  getWrap(): boolean {
    return this.getStyle('getWrap', 'wrap') === 'WRAP';
  }
  getWraps(): boolean[][] {
    return this.getStyles('getWraps', 'wrap').map((row) => row.map((v) => v === 'WRAP'));
  }
  setWrap(isWrapEnabled: boolean): this {
    return this.setStyle('setWrap', 'wrap', isWrapEnabled ? 'WRAP' : 'OVERFLOW');
  }
  setWraps(isWrapEnabled: boolean[][]): this {
    return this.setStyles(
      'setWraps',
      'wrap',
      isWrapEnabled.map((row) => row.map((on) => (on ? 'WRAP' : 'OVERFLOW'))),
    );
  }

  /** Clears formatting only; values, notes and validations stay. */
  clearFormat(): this {
    this.call('clearFormat');
    this.edit();
    clearSpan(this.target.sheet, this.span(), { formatOnly: true });
    return this;
  }

  getNote(): string {
    this.call('getNote');
    this.doc.rt.read(1);
    const { r1, c1 } = this.span();
    return this.target.sheet.notes.get(r1, c1) ?? '';
  }
  getNotes(): string[][] {
    this.call('getNotes');
    this.doc.rt.read(this.cells());
    return readNotes(this.target.sheet, this.span());
  }
  setNote(note: string | null): this {
    this.call('setNote');
    this.edit();
    const grid = this.blank<unknown>(note === '' ? null : note);
    writeNotes(this.target.sheet, this.span(), grid);
    return this;
  }
  setNotes(notes: (string | null)[][]): this {
    this.call('setNotes');
    this.checkShape(notes, 'setNotes');
    this.edit();
    writeNotes(
      this.target.sheet,
      this.span(),
      notes.map((row) => row.map((n) => (n === '' ? null : n))),
    );
    return this;
  }
  clearNote(): this {
    this.call('clearNote');
    this.edit();
    clearSpan(this.target.sheet, this.span(), { commentsOnly: true });
    return this;
  }

  /** The range's shape filled with one value. */
  protected blank<T>(value: T): T[][] {
    const { r1, r2, c1, c2 } = this.rect;
    return Array.from({ length: r2 - r1 + 1 }, () => new Array<T>(c2 - c1 + 1).fill(value));
  }
}
