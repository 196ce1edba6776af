/**
 * What clear() removes. With no options: contents and formats, as documented ("Clears the range
 * of contents and formats"); notes go only with commentsOnly, validations only with
 * validationsOnly.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#clearoptions
 */
import type { Span } from './layer';
import { type SheetModel, STYLE_KEYS } from './sheet-model';

export interface ClearOptions {
  commentsOnly?: boolean;
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
}

export function clearSpan(sheet: SheetModel, span: Span, options: ClearOptions): void {
  const { commentsOnly, contentsOnly, formatOnly, validationsOnly } = options;
  const everything = !(commentsOnly || contentsOnly || formatOnly || validationsOnly);
  if (everything || contentsOnly) {
    sheet.values.clear(span);
    sheet.formulas.clear(span);
  }
  if (everything || formatOnly) for (const key of STYLE_KEYS) sheet.styles[key].fill(span, undefined);
  if (commentsOnly) sheet.notes.clear(span);
  if (validationsOnly) sheet.validations.fill(span, undefined);
}
