/**
 * Keeps the Alerts sheet small: alerts marked Done more than 90 days ago move to the
 * "Alerts Archive" sheet in one append (less those already there), then leave Alerts in one
 * deleteRows per block of adjacent rows, each checked by ID just before it goes (people may have
 * sorted), at most MOST_BLOCKS blocks a day. Call under the document lock.
 * The old alerts are picked from the job's own read of Alerts (Status, Done At), and only theirs
 * are read whole: at L some 18,000 alerts are open and none of them need reading again.
 */
import { DAY_MS } from '../domain/zone';
import type { AlertKey, AlertsTable } from '../sheets/alerts';
import { appendRows } from '../sheets/append';
import { msOf, textOf, valueSetReaders } from '../sheets/cell-values';
import { fillIn } from '../sheets/fill-in';
import { columnOf, type Layout, locate, runsOf } from '../sheets/layout';
import { currentRows, roomToDelete } from '../sheets/rows';
import type { Cell, Row } from '../sheets/table';
import { ALERTS, ALERTS_ARCHIVE } from '../sheets/tables';
import type { JobContext } from './run';

export const ARCHIVE_AFTER_DAYS = 90;

const ALL_KEYS = ALERTS.columns.map((c) => c.key);
/** A Status typed "done" is Done, as the job's read of Alerts has it. */
const asStatus = valueSetReaders(ALERTS).get('status')!;

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
  const batch = inFewBlocks(alerts, candidates);
  // Every column, as it stands now: a person may have set one back to Open since the job's read.
  const old = fillIn(alerts, batch, ALL_KEYS).filter(isOld);
  const later = candidates.length - batch.length;
  const note = later > 0 ? `${later} more old done alerts move to the archive in the next daily runs` : '';
  if (old.length === 0) return { archived: 0, note };
  const archive = locate(ss, ALERTS_ARCHIVE);
  // A run that stopped between its append and its deletes left its alerts in both sheets: they
  // are deleted from Alerts now, not archived twice.
  const archived = currentRows(archive.sheet, columnOf(archive, 'id')).rowOf;
  appendRows(
    archive,
    old.filter((r) => !archived.has(textOf(r.id))).map((r) => ({ ...r, archived: ctx.now })),
  );
  return {
    archived: deleteRowsOf(locate(ss, ALERTS, ['id', 'status']), new Set(old.map((r) => textOf(r.id)))),
    note,
  };
}

/**
 * A day moves the alerts of this many blocks of adjacent rows, a deleteRows and a check each: a
 * backlog (say, while the archive sheet was missing) drains over several days instead of running
 * one job past Apps Script's six minutes.
 */
export const MOST_BLOCKS = 40;

function inFewBlocks(alerts: AlertsTable, candidates: readonly Row<AlertKey>[]): Row<AlertKey>[] {
  const rowOf = (r: Row<AlertKey>) => alerts.positions.rowOf.get(textOf(r.id)) ?? 0;
  const kept = new Set(
    runsOf(candidates.map(rowOf))
      .slice(0, MOST_BLOCKS)
      .flatMap((run) => Array.from({ length: run.length }, (_, i) => run.start + i)),
  );
  return candidates.filter((r) => kept.has(rowOf(r)));
}

/**
 * Deletes the rows of `gone`, bottom block first so the rows above keep their numbers. Each
 * block's IDs are read just before it goes: on a mismatch (a person sorted meanwhile) the rows
 * are found afresh, and what cannot be found stays for the next run. Returns the rows deleted.
 */
function deleteRowsOf(layout: Layout<string>, gone: ReadonlySet<string>): number {
  const { sheet } = layout;
  const column = columnOf(layout, 'id');
  let deleted = 0;
  for (let attempt = 0; attempt < 3; attempt++) {
    const rows = currentRows(sheet, column).ids.flatMap((id, i) => (gone.has(id) ? [i + 2] : []));
    if (rows.length === 0) return deleted;
    roomToDelete(sheet, rows.length);
    const moved = deleteRuns(sheet, column, columnOf(layout, 'status'), runsOf(rows).reverse(), gone);
    deleted += moved.deleted;
    if (!moved.stopped) return deleted;
  }
  return deleted;
}

function deleteRuns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  column: number,
  statusColumn: number,
  runs: ReadonlyArray<{ start: number; length: number }>,
  gone: ReadonlySet<string>,
): { deleted: number; stopped: boolean } {
  let deleted = 0;
  // ID and Status in one read: a person may have set an alert back to Open since it was copied.
  const first = Math.min(column, statusColumn);
  const width = Math.abs(column - statusColumn) + 1;
  for (const run of runs) {
    const now = sheet.getSheetValues(run.start, first, run.length, width);
    const still = now.every(
      (r) =>
        gone.has(String(r[column - first]).trim()) && asStatus(r[statusColumn - first] as Cell) === 'Done',
    );
    if (!still) return { deleted, stopped: true };
    sheet.deleteRows(run.start, run.length);
    deleted += run.length;
  }
  return { deleted, stopped: false };
}
