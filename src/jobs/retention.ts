/** Removes Audit Log and Health History rows older than their retention settings, each in one delete. */
import { firstMonthKept, retentionCutoff } from '../domain/retention';
import { textOf } from '../sheets/cell-values';
import { columnOf, locate } from '../sheets/layout';
import { roomToDelete } from '../sheets/rows';
import type { Cell } from '../sheets/table';
import { AUDIT_LOG } from '../sheets/tables';
import type { HealthHistory } from './health-history';
import type { JobContext } from './run';

export function applyRetention(ctx: JobContext): number {
  const layout = locate(ctx.env.ss, AUDIT_LOG);
  const height = layout.sheet.getLastRow() - 1;
  if (height < 1) return 0;
  const cutoff = retentionCutoff(
    ctx.now.getTime(),
    ctx.settings.housekeeping.auditRetentionMonths,
    ctx.timeZone,
  );
  const times = layout.sheet.getSheetValues(2, columnOf(layout, 'time'), height, 1);
  // The log is appended in time order, so the old rows are the leading ones.
  let old = 0;
  while (old < height && times[old]![0] instanceof Date && (times[old]![0] as Date).getTime() < cutoff) old++;
  if (old === 0) return 0;
  // Just before the delete: the rows are still the old ones (a person may have sorted the log).
  const now = layout.sheet.getSheetValues(2, columnOf(layout, 'time'), old, 1);
  if (!now.every(([t]) => t instanceof Date && t.getTime() < cutoff)) return 0;
  roomToDelete(layout.sheet, old);
  layout.sheet.deleteRows(2, old);
  return old;
}

/**
 * Health History months before those kept. Told from the rows the run read for the trend, so a
 * day with nothing to remove costs no call; the months are appended in order, so the old rows are
 * the leading ones. `appended`: rows the run added this month, below them.
 */
export function trimHealthHistory(ctx: JobContext, history: HealthHistory, appended: number): number {
  const kept = firstMonthKept(
    ctx.now.getTime(),
    ctx.settings.housekeeping.historyRetentionMonths,
    ctx.timeZone,
  );
  const { layout, rows, positions } = history.table;
  const old = (month: Cell) => textOf(month) !== '' && textOf(month) < kept;
  let count = 0;
  while (
    count < rows.length &&
    positions.rowOf.get(textOf(rows[count]!.id)) === count + 2 &&
    old(rows[count]!.month)
  )
    count++;
  // Sheets refuses to delete every row under the frozen header.
  if (count === 0 || (count === rows.length && appended === 0)) return 0;
  // Just before the delete: the rows are still the old ones (a person may have sorted the sheet).
  const months = layout.sheet.getSheetValues(2, columnOf(layout, 'month'), count, 1);
  if (!months.every(([month]) => old(month as Cell))) return 0;
  layout.sheet.deleteRows(2, count);
  return count;
}
