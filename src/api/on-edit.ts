/**
 * A person who changes a ticket's Status right in the sheet gets the same stamps the sidebar
 * would give (Acknowledged, Resolved, Closed, Waiting Since, Paused Minutes), logged in the Audit
 * Log. Runs as a simple trigger: no mail, maybe no user email, 30 seconds at most; it never throws
 * at the person, but says in a toast when it could not stamp.
 */
import { messageOf } from '../domain/message-of';
import { TICKET_STATUSES } from '../domain/values';
import { audit, describeChange, UNKNOWN_VALUE } from '../sheets/audit';
import { isSpreadsheetFull, spreadsheetFull } from '../sheets/cell-limit';
import { textOf, valueSetReader } from '../sheets/cell-values';
import type { Env } from '../sheets/env';
import { locate } from '../sheets/layout';
import { withDocumentLock } from '../sheets/lock';
import { statusEdits } from '../sheets/record-row';
import { ALERTS, TICKET_STAMPS, TICKETS } from '../sheets/tables';
import { tellInToast } from '../sheets/toast';
import { changedKeys, writeRowsChanges } from '../sheets/write-changes';
import { stampAlertEdits } from './alerts';
import { showCell } from './records';
import { stampsFor, ticketClocks } from './ticket-clock';

/**
 * A simple trigger has 30 s. Waiting up to 20 of them for the document lock outlasts a sidebar save
 * (a few seconds at 100,000 tickets) and most of an hourly run, and leaves ten for the stamps.
 */
const EDIT_LOCK_WAIT_MS = 20_000;
/** An old Status typed in another letter case is the status it names, as the Status cell is read. */
const asStatus = valueSetReader(TICKET_STATUSES);

export function handleEdit(env: Env, e: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    const range = e.range;
    // Sheet names ignore case in Sheets (getSheetByName finds "tickets" for "Tickets").
    const sheet = range.getSheet().getName().toLowerCase();
    if (sheet === ALERTS.name.toLowerCase()) {
      withDocumentLock(env, () => stampAlertEdits(env, range, e), EDIT_LOCK_WAIT_MS);
      return;
    }
    if (sheet !== TICKETS.name.toLowerCase()) return;
    withDocumentLock(env, () => stampEditedRows(env, range, e), EDIT_LOCK_WAIT_MS);
  } catch (error) {
    const reason = messageOf(error);
    env.log(`onEdit could not stamp the ticket: ${reason}`);
    // The person who set the Status is shown why it got no stamps, so they choose it again
    // (which gives the row the stamps it lacks).
    tellInToast(
      env,
      isSpreadsheetFull(reason)
        ? spreadsheetFull('the Status you chose got no stamps (choose it again once there is room)')
        : reason,
      'CRM: the Status got no stamps',
    );
  }
}

function stampEditedRows(
  env: Env,
  range: GoogleAppsScript.Spreadsheet.Range,
  edit: Pick<GoogleAppsScript.Events.SheetsOnEdit, 'oldValue' | 'value'>,
): void {
  // Only the columns the stamps use: a column a person deleted elsewhere must not cost every
  // Status typed meanwhile its stamps, silently (the jobs carry on without it).
  const layout = locate(env.ss, TICKETS, ['id', 'customerId', 'status', ...TICKET_STAMPS]);
  const { single, rows } = statusEdits(layout, range, edit);
  const now = env.now();
  // A pasted block has no old value; the row's own stamps tell what already happened.
  const typedOver = single ? String(asStatus(edit.oldValue ?? '')) : null;
  const clockFor = ticketClocks(env);
  const edits = rows.map(({ current }) => {
    const next = TICKET_STATUSES.find((s) => s === textOf(current.status));
    // The same Status chosen again changed nothing, unless the first time got no stamps (the
    // sheet was busy): as for a paste, the row's own stamps tell what it still lacks.
    const before = typedOver === next ? null : typedOver;
    const stamped = next !== undefined && textOf(current.id) !== '';
    return {
      current,
      next,
      before,
      stamps: stamped ? stampsFor(current, before, next, now, clockFor) : undefined,
    };
  });
  const changes = edits.map(({ current, stamps }) => ({ before: current, after: stamps ?? {} }));
  const changed = changedKeys(layout, changes);
  // A pasted row that stamped nothing was pasted as it stood (moved, say): no status changed.
  const entries = edits.flatMap(({ current, next, before, stamps }, i) =>
    stamps && next && (before !== null || Object.keys(stamps).length > 0)
      ? [
          {
            action: 'edit in sheet',
            table: TICKETS.name,
            recordId: textOf(current.id),
            changes: [
              // A pasted block has no old values: its rows' earlier Status is not known.
              describeChange('status', typedOver ?? UNKNOWN_VALUE, next),
              ...changed[i]!.map((k) =>
                describeChange(
                  k,
                  showCell(env, TICKETS, k, current[k]!),
                  showCell(env, TICKETS, k, stamps[k]!),
                ),
              ),
            ].join('; '),
          },
        ]
      : [],
  );
  // The Audit Log row first: when it cannot be added (the spreadsheet is full) the row gets no
  // stamps either, as the toast then says, rather than stamps nobody logged.
  audit(env, entries);
  writeRowsChanges(layout, rows[0]?.row ?? 2, changes);
}
