/**
 * Keeps the Alerts sheet small: alerts marked Done more than 90 days ago move to the
 * "Alerts Archive" sheet in one append, then leave Alerts in one deleteRows per block of adjacent
 * rows, found by ID just before deleting (people may have sorted). Call under the document lock.
 * The old alerts are picked from the job's own read of Alerts (Status, Done At), and only theirs
 * are read whole: at L some 18,000 alerts are open and none of them need reading again.
 */
import { DAY_MS } from '../domain/zone';
import type { AlertKey, AlertsTable } from '../sheets/alerts';
import { appendRows } from '../sheets/append';
import { msOf, textOf } from '../sheets/cell-values';
import { fillIn } from '../sheets/fill-in';
import { columnOf, locate, runsOf } from '../sheets/layout';
import type { Row } from '../sheets/table';
import { ALERTS, ALERTS_ARCHIVE } from '../sheets/tables';
import type { JobContext } from './run';

export const ARCHIVE_AFTER_DAYS = 90;

const ALL_KEYS = ALERTS.columns.map((c) => c.key);

export interface ArchiveReport {
  readonly archived: number;
  readonly note: string;
}

/** `alerts`: a read of Alerts holding Status and Done At. */
export function archiveDoneAlerts(ctx: JobContext, alerts: AlertsTable): ArchiveReport {
  const { ss } = ctx.env;
  const cutoff = ctx.now.getTime() - ARCHIVE_AFTER_DAYS * DAY_MS;
  const isOld = (r: Row<AlertKey>) => {
    const doneAt = msOf(r.doneAt);
    return textOf(r.status) === 'Done' && doneAt !== null && doneAt < cutoff;
  };
  const candidates = alerts.rows.filter(isOld);
  if (candidates.length === 0) return { archived: 0, note: '' };
  if (!ss.getSheetByName(ALERTS_ARCHIVE.name)) {
    return {
      archived: 0,
      note: `${candidates.length} old done alerts kept: choose "Set up / repair" to add the ${ALERTS_ARCHIVE.name} sheet`,
    };
  }
  // Every column, as it stands now: a person may have set one back to Open since the job's read.
  const old = fillIn(alerts, candidates, ALL_KEYS).filter(isOld);
  if (old.length === 0) return { archived: 0, note: '' };
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
