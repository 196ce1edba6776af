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
  return updateRecord(env, ALERTS, parsed.value.id, doneFields);
}

/** Done, stamped now. Words a person typed in Done At stay, as when Done is picked in the sheet (doneAtFor). */
function doneFields(current: Record<string, Cell>, now: Date): Record<string, unknown> {
  if (textOf(current.status) === 'Done') return {};
  // A stamp left from an earlier Done is a time, replaced by this one.
  return isTypedOther(current.doneAt) ? { status: 'Done' } : { status: 'Done', doneAt: now };
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

/** What the alerts are picked by; only these columns (and Status) are read. */
type PickedBy = 'key' | 'due' | 'recordId' | 'owner';

/**
 * Changes the open alerts `pick` chooses, each by ID under the lock and logged (updateRecord), for
 * a sidebar save that did what they asked or gave their record to someone else. The save itself is
 * done: an alert that cannot be changed is named, for the person to change by hand. Returns words
 * for the saved message ('' when no alert was picked).
 */
function changeOpenAlerts(
  env: Env,
  reads: readonly PickedBy[],
  pick: (alert: Readonly<Record<PickedBy, Cell | undefined>>) => boolean,
  change: (current: Record<string, Cell>, now: Date) => Record<string, unknown>,
  say: {
    readonly done: (ids: string) => string;
    readonly left: (ids: string) => string;
    readonly failed: (why: string) => string;
  },
): string {
  try {
    const open = readTable(env.ss, ALERTS, { keys: [...reads, 'status'] })
      .rows.filter((a) => textOf(a.status) === 'Open' && pick(a))
      .map((a) => String(a.id));
    const left = open.filter((id) => !updateRecord(env, ALERTS, id, change).ok);
    const done = open.filter((id) => !left.includes(id));
    return [
      done.length > 0 ? say.done(done.join(', ')) : '',
      left.length > 0 ? say.left(left.join(', ')) : '',
    ]
      .filter(Boolean)
      .join(' ');
  } catch (e) {
    return say.failed(messageOf(e));
  }
}

/**
 * Marks Done, for the person saving, the open alerts `settles` picks: what they asked for was just
 * done from the sidebar (a survey's answers recorded, for its reminder), and left Open they would
 * stay in that person's My queue.
 */
export function settleAlerts(env: Env, settles: (alert: Settling) => boolean): string {
  const pick = (a: Readonly<Record<PickedBy, Cell | undefined>>) =>
    settles({ key: textOf(a.key), due: msOf(a.due) });
  return changeOpenAlerts(env, ['key', 'due'], pick, doneFields, {
    done: (ids) => `Its alert ${ids} is marked Done.`,
    left: (ids) => `Mark its alert ${ids} Done in My queue.`,
    failed: (why) => `Its alert could not be marked Done (${why}): mark it Done in My queue.`,
  });
}

/**
 * A record given to another owner (a ticket reassigned) takes its open alerts along: what they ask
 * is now the new owner's to put right, in their My queue; the person it is escalated to stays. An
 * alert someone gave to a third person meanwhile stays theirs.
 */
export function handOverAlerts(env: Env, recordId: string, from: string, to: string): string {
  const fromKey = emailKey(from);
  const theirs = (owner: Cell | undefined) => emailKey(textOf(owner)) === fromKey;
  return changeOpenAlerts(
    env,
    ['recordId', 'owner'],
    (a) => textOf(a.recordId) === recordId && theirs(a.owner),
    (current) => (theirs(current.owner) ? { owner: to } : {}),
    {
      done: (ids) => `Its open alert ${ids} now goes to ${to}.`,
      left: (ids) => `Give its alert ${ids} to ${to} in the Alerts sheet.`,
      failed: (why) =>
        `Its open alerts could not be given to ${to} (${why}): change their Owner in the Alerts sheet.`,
    },
  );
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
