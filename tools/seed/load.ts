/**
 * Puts generated rows into a workbook the add-on has set up: each table's rows are laid out under
 * the headers setupWorkbook wrote (in whatever order they stand) and stored with the emulator's
 * bulk loader, with each column's number format carried down every row.
 */
import { NUMBER_FORMATS, type TableDef } from '../../src/sheets/columns';
import { CUSTOMERS, INTERACTIONS, SURVEYS, TICKETS } from '../../src/sheets/tables';
import { readDisplayValues } from '../emulator/spreadsheet/cells';
import type { Workbook } from '../emulator/spreadsheet/workbook';
import type { SeedData } from './generate';

const TABLES: ReadonlyArray<TableDef & { name: keyof SeedData }> = [
  CUSTOMERS,
  INTERACTIONS,
  TICKETS,
  SURVEYS,
];

function headersOf(workbook: Workbook, name: string): string[] {
  const model = workbook.sheetByName(name);
  const width = model?.lastColumn() ?? 0;
  if (!model || width === 0)
    throw new Error(`Run setupWorkbook before seeding: "${name}" has no header row.`);
  return readDisplayValues(model, { r1: 0, r2: 0, c1: 0, c2: width - 1 })[0]!;
}

export function loadSeed(workbook: Workbook, data: SeedData): void {
  for (const def of TABLES) {
    const headers = headersOf(workbook, def.name);
    const columns = headers.map((h) => def.columns.find((c) => c.header === h));
    const rows = (data[def.name] as ReadonlyArray<Record<string, unknown>>).map((record) =>
      columns.map((c) => (c ? (record[c.key] ?? '') : '')),
    );
    const { frozenRows, maxRows, maxColumns } = workbook.sheetByName(def.name)!;
    workbook.loadSheet(def.name, [headers, ...rows], {
      formats: columns.map((c) => (c ? NUMBER_FORMATS[c.type] : undefined)),
      frozenRows,
      maxRows,
      maxColumns,
    });
  }
}
