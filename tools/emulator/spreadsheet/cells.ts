/**
 * Reading and writing cell contents over a block: getValues/getDisplayValues/getFormulas/getNotes
 * and setValues/setFormulas/setNotes. Reads build only the output arrays; Dates come out fresh,
 * as instants, so mutating one never touches the cell.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getvalues
 */

import { instantFromWall } from '../zone';
import { enter, type Typing } from './coerce';
import { evaluate } from './formula';
import type { CellGrid } from './grid';
import type { Span } from './layer';
import { asRead, display, kindOf } from './number-format';
import type { SheetModel } from './sheet-model';
import { checkEntry } from './validation-check';

export type Read = string | number | boolean | Date;

type Formats = (string | undefined)[];

function numberFormats(model: SheetModel, span: Span): Formats[] {
  const out: Formats[] = [];
  for (let c = span.c1; c <= span.c2; c++)
    out.push(model.styles.numberFormat.readColumn(c, span.r1, span.r2));
  return out;
}

/** Per column, its formats row by row, or undefined when no format there changes what reads return. */
function formatsThatMatter(model: SheetModel, span: Span): (Formats | undefined)[] {
  const runs = model.styles.numberFormat;
  const out: (Formats | undefined)[] = [];
  for (let c = span.c1; c <= span.c2; c++) {
    const matters = runs.columns[c]?.some((run) => ['date', 'number'].includes(kindOf(run.v)));
    out.push(matters ? runs.readColumn(c, span.r1, span.r2) : undefined);
  }
  return out;
}

export function readValues(model: SheetModel, span: Span, timeZone: string): Read[][] {
  const formats = formatsThatMatter(model, span);
  return rowsOf(model.values, span, (v, r, i) => {
    if (v === undefined || v === null || v === '') return '';
    const format = formats[i]?.[r - span.r1];
    const read = format === undefined ? v : asRead(v, format);
    return read instanceof Date ? new Date(instantFromWall(read.getTime(), timeZone)) : read;
  });
}

export function readDisplayValues(model: SheetModel, span: Span): string[][] {
  const formats = numberFormats(model, span);
  return rowsOf(model.values, span, (v, r, i) => display(v ?? undefined, formats[i]![r - span.r1]));
}

export function readFormulas(model: SheetModel, span: Span): string[][] {
  return rowsOf(model.formulas, span, (f) => f ?? '');
}

export function readNotes(model: SheetModel, span: Span): string[][] {
  return rowsOf(model.notes, span, (n) => n ?? '');
}

/**
 * A cell holds at most 50,000 characters; Sheets refuses the whole write with this message
 * (https://support.google.com/docs/answer/37603, "Cells: 50,000 characters per cell").
 */
export const CELL_TOO_LONG =
  'Your input contains more than the maximum of 50000 characters in a single cell.';
const CELL_CHARS = 50_000;

export function assertCellLengths(data: readonly (readonly unknown[])[]): void {
  if (data.some((row) => row.some((v) => typeof v === 'string' && v.length > CELL_CHARS))) {
    throw new Error(CELL_TOO_LONG);
  }
}

/** setValues: every value parsed as typed, all checked against reject-input validations first. */
export function writeValues(
  model: SheetModel,
  span: Span,
  data: readonly (readonly unknown[])[],
  typing: Typing,
) {
  assertCellLengths(data);
  const formats = numberFormats(model, span);
  const entries = data.map((row, i) => row.map((input, j) => enter(input, formats[j]![i], typing)));
  for (let c = span.c1; c <= span.c2; c++) {
    if (!model.validations.columns[c]?.length) continue;
    entries.forEach((row, i) => {
      checkEntry(model, span.r1 + i, c, row[c - span.c1]!);
    });
  }
  entries.forEach((row, i) => {
    const r = span.r1 + i;
    row.forEach((entry, j) => {
      const c = span.c1 + j;
      model.values.set(r, c, entry.formula ? evaluate(entry.formula) : entry.value);
      model.formulas.set(r, c, entry.formula);
      if (entry.implied && kindOf(formats[j]![i]) === 'automatic') {
        model.styles.numberFormat.fill({ r1: r, r2: r, c1: c, c2: c }, entry.implied);
      }
    });
  });
}

export function writeNotes(model: SheetModel, span: Span, data: readonly (readonly unknown[])[]) {
  data.forEach((row, i) => {
    row.forEach((note, j) => {
      model.notes.set(
        span.r1 + i,
        span.c1 + j,
        note === null || note === undefined ? undefined : String(note),
      );
    });
  });
}

/** A span-shaped grid built from a store, one stored row array looked up per row. */
function rowsOf<T, S>(
  grid: CellGrid<S>,
  span: Span,
  cell: (v: S | undefined, r: number, i: number) => T,
): T[][] {
  const width = span.c2 - span.c1 + 1;
  const out: T[][] = new Array(span.r2 - span.r1 + 1);
  for (let r = span.r1; r <= span.r2; r++) {
    const row = grid.rows[r];
    const line: T[] = new Array(width);
    for (let i = 0; i < width; i++) line[i] = cell(row?.[span.c1 + i], r, i);
    out[r - span.r1] = line;
  }
  return out;
}
