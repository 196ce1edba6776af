/**
 * Interleavings: Set up / repair (setupWorkbook) on a workbook that needs repairs (a sheet, a
 * computed column and a setting gone) while a person sorts, inserts, deletes, edits, renames and
 * saves. Set up never takes the lock, so a colleague's sidebar save really runs in the middle.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CUSTOMERS, SURVEYS, TICKETS } from '../../src/sheets/tables';
import { protectedHeaders } from './fingerprint';
import { callsOf, interleave, positionsOf } from './interleave';
import { actionsFor } from './user';
import { baseSnapshot, open, type Snapshot, type World } from './world';

let base: Snapshot;
let positions: number[];

/** The base workbook after a person deleted Health History, Tickets "Breaches" and a setting. */
function needsRepair(): Snapshot {
  const w = open(baseSnapshot());
  w.person((ss) => {
    ss.deleteSheet(ss.getSheetByName('Health History')!);
    const tickets = ss.getSheetByName('Tickets')!;
    const header = tickets.getRange(1, 1, 1, tickets.getLastColumn()).getValues()[0]!;
    tickets.deleteColumn(header.indexOf('Breaches') + 1);
    const settings = ss.getSheetByName('Settings')!;
    settings.deleteRow(settings.getLastRow());
  });
  return w.snapshot();
}

/** Every computed column of the record sheets carries its protection, on its own column. */
function protectionsInPlace(w: World): string[] {
  const { RANGE } = w.emu.globals.SpreadsheetApp.ProtectionType;
  return w.person((ss) =>
    [CUSTOMERS, TICKETS, SURVEYS].flatMap((def) => {
      const sheet = ss.getSheetByName(def.name)!;
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
      const columns = new Set(
        sheet
          .getProtections(RANGE as never)
          .map((p) => (p as GoogleAppsScript.Spreadsheet.Protection).getRange().getColumn()),
      );
      return [...protectedHeaders(def)]
        .filter((h) => !columns.has(header.indexOf(h) + 1))
        .map((h) => `${def.name} "${h}" has no protection on its column`);
    }),
  );
}

beforeAll(() => {
  base = needsRepair();
  positions = positionsOf(callsOf(base, 'setupWorkbook'), 120);
});

describe('setupWorkbook while a person works in the sheet', () => {
  it.each(actionsFor('Tickets', '3').map((a) => [a.name, a] as const))('a person %s', (_, action) => {
    const report = interleave(base, 'setupWorkbook', action, positions, { extra: protectionsInPlace });
    expect(report.runs).toBeGreaterThan(positions.length / 2);
    expect(report.problems.slice(0, 20)).toEqual([]);
    expect(report.lost).toBe(0);
  });
});
