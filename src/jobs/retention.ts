/** Removes Audit Log rows older than the retention setting, in one batched delete. */
import { retentionCutoff } from '../domain/retention';
import { columnOf, locate } from '../sheets/layout';
import { AUDIT_LOG } from '../sheets/tables';
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
  layout.sheet.deleteRows(2, old);
  return old;
}
