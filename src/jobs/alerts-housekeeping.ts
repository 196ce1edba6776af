/**
 * Keeps the Alerts sheet small: alerts marked Done more than 90 days ago move to the
 * "Alerts Archive" sheet in one append, then leave Alerts in one deleteRows per block of adjacent
 * rows, found by ID just before deleting (people may have sorted). Call under the document lock.
 */
import { DAY_MS } from '../domain/zone';
import { appendRows } from '../sheets/append';
import { msOf, textOf } from '../sheets/cell-values';
import { columnOf, locate, runsOf } from '../sheets/layout';
import { readTable } from '../sheets/table';
import { ALERTS, ALERTS_ARCHIVE } from '../sheets/tables';
import type { JobContext } from './run';

export const ARCHIVE_AFTER_DAYS = 90;

export interface ArchiveReport {
  readonly archived: number;
  readonly note: string;
}

export function archiveDoneAlerts(ctx: JobContext): ArchiveReport {
  const { ss } = ctx.env;
  const cutoff = ctx.now.getTime() - ARCHIVE_AFTER_DAYS * DAY_MS;
  const alerts = readTable(ss, ALERTS);
  const old = alerts.rows.filter((r) => {
    const doneAt = msOf(r.doneAt);
    return textOf(r.status) === 'Done' && doneAt !== null && doneAt < cutoff;
  });
  if (old.length === 0) return { archived: 0, note: '' };
  if (!ss.getSheetByName(ALERTS_ARCHIVE.name)) {
    return {
      archived: 0,
      note: `${old.length} old done alerts kept: choose "Set up / repair" to add the ${ALERTS_ARCHIVE.name} sheet`,
    };
  }
  appendRows(
    locate(ss, ALERTS_ARCHIVE),
    old.map((r) => ({ ...r, archived: ctx.now })),
  );
  const gone = new Set(old.map((r) => textOf(r.id)));
  const layout = locate(ss, ALERTS, ['id']);
  const { sheet } = layout;
  const height = sheet.getLastRow() - 1;
  const ids = height > 0 ? sheet.getSheetValues(2, columnOf(layout, 'id'), height, 1) : [];
  const rows = ids.flatMap(([id], i) => (gone.has(String(id).trim()) ? [i + 2] : []));
  // Sheets refuses to delete every row below the frozen header: keep one empty row.
  if (sheet.getMaxRows() - rows.length <= sheet.getFrozenRows()) sheet.insertRowsAfter(sheet.getMaxRows(), 1);
  // Bottom block first, so the rows above keep their numbers.
  for (const run of runsOf(rows).reverse()) sheet.deleteRows(run.start, run.length);
  return { archived: rows.length, note: '' };
}
