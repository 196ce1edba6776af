/**
 * Marking alerts Done: from the sidebar (sidebarMarkAlertDone), or by choosing Done in the Alerts
 * sheet's Status dropdown, where onEdit stamps Done At (and clears it when a person sets the alert
 * back to Open). Both leave a trace in the Audit Log; the daily job archives Done alerts after
 * 90 days.
 */
import * as z from 'zod/mini';
import { recordId } from '../domain/fields';
import { audit, describeChange, UNKNOWN_VALUE } from '../sheets/audit';
import { isTypedOther, textOf } from '../sheets/cell-values';
import type { Env } from '../sheets/env';
import { locate } from '../sheets/layout';
import { statusEdits } from '../sheets/record-row';
import type { Cell } from '../sheets/table';
import { ALERTS } from '../sheets/tables';
import { writeRowsChanges } from '../sheets/write-changes';
import type { Saved, Submit } from './contract';
import { parse, showCell, updateRecord } from './records';
import type { Result } from './result';

export const alertDoneSchema = z.object({ id: recordId(ALERTS.idPrefix) });

export function markAlertDone(env: Env, submit: Submit<unknown>): Result<Saved> {
  const parsed = parse(alertDoneSchema, submit?.record);
  if (!parsed.ok) return parsed;
  return updateRecord(env, ALERTS, parsed.value.id, (current, now) => {
    if (textOf(current.status) === 'Done') return {};
    // Words a person typed in Done At stay, as when Done is picked in the sheet (doneAtFor); a
    // stamp left from an earlier Done is a time, replaced by this one.
    return isTypedOther(current.doneAt) ? { status: 'Done' } : { status: 'Done', doneAt: now };
  });
}

/**
 * The Done At a row's Status asks for: stamped when Done, its stamp cleared when Open again. Words
 * a person typed there ("with Li, Friday") are theirs, kept either way.
 */
function doneAtFor(status: string, doneAt: Cell | undefined, now: Date): Cell | undefined {
  if (status === 'Done' && textOf(doneAt) === '') return now;
  if (status === 'Open' && doneAt instanceof Date) return '';
  return undefined;
}

/** onEdit on the Alerts sheet; call under the document lock. */
export function stampAlertEdits(
  env: Env,
  range: GoogleAppsScript.Spreadsheet.Range,
  edit: Pick<GoogleAppsScript.Events.SheetsOnEdit, 'oldValue' | 'value'>,
): void {
  const { oldValue } = edit;
  const layout = locate(env.ss, ALERTS, ['status', 'doneAt']);
  const { single, rows } = statusEdits(layout, range, edit);
  const now = env.now();
  const edits = rows.map(({ current }) => {
    const doneAt = doneAtFor(textOf(current.status), current.doneAt, now);
    return { current, doneAt: textOf(current.id) === '' ? undefined : doneAt };
  });
  const entries = edits.flatMap(({ current, doneAt }) =>
    doneAt === undefined
      ? []
      : [
          {
            action: 'edit in sheet',
            table: ALERTS.name,
            recordId: textOf(current.id),
            changes: [
              describeChange('status', single ? (oldValue ?? '') : UNKNOWN_VALUE, textOf(current.status)),
              describeChange(
                'doneAt',
                showCell(env, ALERTS, 'doneAt', current.doneAt ?? ''),
                showCell(env, ALERTS, 'doneAt', doneAt),
              ),
            ].join('; '),
          },
        ],
  );
  // The Audit Log row first, as for tickets (on-edit.ts): no stamp goes unlogged.
  audit(env, entries);
  writeRowsChanges(
    layout,
    rows[0]?.row ?? 2,
    edits.map(({ current, doneAt }) => ({ before: current, after: doneAt === undefined ? {} : { doneAt } })),
  );
}
