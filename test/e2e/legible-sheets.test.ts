/**
 * What a person sees when they open the sheets: Sheets shows every column at 100 pixels unless
 * told otherwise, and cuts a cell's text at its column's edge when the cell to its right holds
 * something (WrapStrategy OVERFLOW, the default: "Overflow lines into the next cell, so long as that
 * cell is empty", https://developers.google.com/apps-script/reference/spreadsheet/wrap-strategy).
 * So the add-on sizes the columns of the sheets it makes, and the Dashboard's labels and figures
 * can be read without widening anything by hand.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TABLES } from '../../src/sheets/setup';
import { readDisplayValues } from '../../tools/emulator/spreadsheet/cells';
import { textWidth } from '../../tools/emulator/spreadsheet/sheet-layout';
import { DEFAULT_COLUMN_WIDTH, type SheetModel } from '../../tools/emulator/spreadsheet/sheet-model';
import { Session } from '../../tools/preview/session';
import { NOW } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'crm-legible-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const session = Session.open({ file: join(dir, 'workbook.json'), now: NOW, log: () => {} });

const widthOf = (model: SheetModel, column: number) => model.columnWidths[column] ?? DEFAULT_COLUMN_WIDTH;

function shown(name: string): { model: SheetModel; rows: string[][] } {
  const model = session.emu.workbook.sheetByName(name)!;
  const rows = readDisplayValues(model, {
    r1: 0,
    r2: model.lastRow() - 1,
    c1: 0,
    c2: model.lastColumn() - 1,
  });
  return { model, rows };
}

/** Cells whose text Sheets cuts: wider than the column, with something in the next cell. */
function cut(name: string, columns: (column: number) => boolean): string[] {
  const { model, rows } = shown(name);
  return rows.flatMap((row, r) =>
    row.flatMap((text, c) => {
      const bold = model.styles.fontWeight.get(r, c) === 'bold';
      const fits = textWidth(text, bold) <= widthOf(model, c);
      return !columns(c) || fits || (row[c + 1] ?? '') === '' ? [] : [`row ${r + 1}: "${text}"`];
    }),
  );
}

describe('the sheets as a person first sees them', () => {
  it.each(TABLES.map((t) => [t.name]))(
    '%s: every header and the short values under it show whole',
    (name) => {
      const def = TABLES.find((t) => t.name === name)!;
      const { rows } = shown(name);
      // Free text (a ticket's Description, Notes) is as long as people make it; the rest has a shape.
      const short = new Set(
        rows[0]!.flatMap((header, c) => {
          const column = def.columns.find((k) => k.header === header);
          return column && column.type !== 'text' ? [c] : [];
        }),
      );
      expect(cut(name, (c) => short.has(c))).toEqual([]);
      const { model } = shown(name);
      const headers = rows[0]!.filter((h, c) => textWidth(h, true) > widthOf(model, c));
      expect(headers).toEqual([]);
    },
  );

  it("the Dashboard's labels and figures show whole", () => {
    // The comments' top words are as many as the customers wrote: a list, cut like free text.
    const wordList = /\(\d+\), /;
    expect(cut('Dashboard', () => true).filter((c) => !wordList.test(c))).toEqual([]);
  });
});
