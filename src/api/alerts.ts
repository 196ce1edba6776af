/**
 * Marking alerts Done: from the sidebar (sidebarMarkAlertDone), or by choosing Done in the Alerts
 * sheet's Status dropdown, where onEdit stamps Done At (and clears it when a person sets the alert
 * back to Open). Both leave a trace in the Audit Log; the daily job archives Done alerts after
 * 90 days.
 */
import * as z from 'zod/mini';
import { emailKey } from '../domain/duplicates';
import { recordId } from '../domain/fields';
import { messageOf } from '../domain/message-of';
import { audit, describeChange, UNKNOWN_VALUE } from '../sheets/audit';
import { isTypedOther, msOf, textOf } from '../sheets/cell-values';
import type { Env } from '../sheets/env';
import { locate } from '../sheets/layout';
import { statusEdits } from '../sheets/record-row';
import { type Cell, readTable } from '../sheets/table';
import { ALERTS } from '../sheets/tables';
import { writeRowsChanges } from '../sheets/write-changes';
import type { Saved, Submit } from './contract';
import { parse, showCell, updateRecord } from './records';
import type { Result } from './result';

export const alertDoneSchema = z.object({ id: recordId(ALERTS.idPrefix) });

export function markAlertDone(env: Env, submit: Submit<unknown>): Result<Saved> {
  const parsed = parse(alertDoneSchema, submit?.record);
  if (!parsed.ok) return parsed;
  return markDone(env, parsed.value.id);
}

function markDone(env: Env, id: string): Result<Saved> {
  return updateRecord(env, ALERTS, id, (current, now) => {
    if (textOf(current.status) === 'Done') return {};
    // Words a person typed in Done At stay, as when Done is picked in the sheet (doneAtFor); a
    // stamp left from an earlier Done is a time, replaced by this one.
    return isTypedOther(current.doneAt) ? { status: 'Done' } : { status: 'Done', doneAt: now };
  });
}

/** An alert as a save weighs whether it settled it: its key and its Due (epoch ms, null if none). */
export interface Settling {
  readonly key: string;
  readonly due: number | null;
}

/** The alert raised under one key (alert-keys.ts). */
export const keyed =
  (key: string) =>
  (alert: Settling): boolean =>
    alert.key === key;

/**
 * Marks Done, for the person saving, the open alerts `settles` picks: what they asked for was just
 * done from the sidebar (a survey's answers recorded, for its reminder), and left Open they would
 * stay in that person's My queue. Returns words for the saved message ('' when there are none).
 * The save itself is done: an alert that cannot be marked is named, to mark by hand.
 */
export function settleAlerts(env: Env, settles: (alert: Settling) => boolean): string {
  try {
    const open = readTable(env.ss, ALERTS, { keys: ['key', 'status', 'due'] })
      .rows.filter((a) => textOf(a.status) === 'Open' && settles({ key: textOf(a.key), due: msOf(a.due) }))
      .map((a) => String(a.id));
    const left = open.filter((id) => !markDone(env, id).ok);
    const done = open.filter((id) => !left.includes(id));
    const words = done.length > 0 ? [`Its alert ${done.join(', ')} is marked Done.`] : [];
    if (left.length > 0) words.push(`Mark its alert ${left.join(', ')} Done in My queue.`);
    return words.join(' ');
  } catch (e) {
    return `Its alert could not be marked Done (${messageOf(e)}): mark it Done in My queue.`;
  }
}

/**
 * A record given to another owner (a ticket reassigned) takes its open alerts along: what they ask
 * is now the new owner's to put right, in their My queue; the person it is escalated to stays. An
 * alert someone gave to a third person meanwhile stays theirs. Returns words for the saved message.
 */
export function handOverAlerts(env: Env, recordId: string, from: string, to: string): string {
  const fromKey = emailKey(from);
  const theirs = (owner: Cell | undefined) => emailKey(textOf(owner)) === fromKey;
  try {
    const open = readTable(env.ss, ALERTS, { keys: ['recordId', 'status', 'owner'] })
      .rows.filter((a) => textOf(a.recordId) === recordId && textOf(a.status) === 'Open' && theirs(a.owner))
      .map((a) => String(a.id));
    const moved = open.filter(
      (id) => updateRecord(env, ALERTS, id, (current) => (theirs(current.owner) ? { owner: to } : {})).ok,
    );
    const left = open.filter((id) => !moved.includes(id));
    const words = moved.length > 0 ? [`Its open alert ${moved.join(', ')} now goes to ${to}.`] : [];
    if (left.length > 0) words.push(`Give its alert ${left.join(', ')} to ${to} in the Alerts sheet.`);
    return words.join(' ');
  } catch (e) {
    return `Its open alerts could not be given to ${to} (${messageOf(e)}): change their Owner in the Alerts sheet.`;
  }
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
