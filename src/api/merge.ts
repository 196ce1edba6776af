/**
 * Merging a duplicate customer into the one kept: its interactions, tickets and surveys move to
 * the kept ID, one cell each, every move in the Audit Log; the merged record stays, marked
 * Merged Into the kept ID. Nothing is deleted.
 */

import { type Move, planMerge } from '../domain/duplicates';
import { mergeSchema } from '../domain/records/merge';
import { audit, describeChange } from '../sheets/audit';
import { textOf } from '../sheets/cell-values';
import type { Env } from '../sheets/env';
import { locate } from '../sheets/layout';
import { withDocumentLock } from '../sheets/lock';
import { withinSheet } from '../sheets/past-the-edge';
import { findRow, readRecord, writeChanges } from '../sheets/record-row';
import { readTable, type Snapshot } from '../sheets/table';
import { CUSTOMERS, INTERACTIONS, SURVEYS, TICKETS } from '../sheets/tables';
import type { Saved, Submit } from './contract';
import { afterSaving, parse } from './records';
import { type Failure, FieldError, guard, type Result } from './result';

const LINKED = { Tickets: TICKETS, Interactions: INTERACTIONS, Surveys: SURVEYS } as const;

export function mergeCustomers(env: Env, submit: Submit<unknown>): Result<Saved & { moved: number }> {
  const parsed = parse(mergeSchema, submit?.record);
  if (!parsed.ok) return parsed;
  const { keepId, mergeId } = parsed.value;
  return guard(() =>
    withDocumentLock(env, () => {
      if (keepId === mergeId) throw new FieldError('mergeId', 'Choose two different customers.');
      const customers = locate(env.ss, CUSTOMERS);
      const keptRow = findRow(customers, keepId);
      if (textOf(readRecord(customers, keptRow).mergedInto) !== '') {
        throw new FieldError(
          'keepId',
          `${keepId} was itself merged into another customer; keep that one instead.`,
        );
      }
      findRow(customers, mergeId); // says so now if it is gone, before anything moves
      const tables = Object.fromEntries(
        Object.entries(LINKED).map(([name, def]) => [name, readTable(env.ss, def, { keys: ['customerId'] })]),
      ) as { [N in keyof typeof LINKED]: Linked };
      const links = (name: keyof typeof LINKED) =>
        tables[name].rows.map((r) => ({ id: textOf(r.id), customerId: textOf(r.customerId) }));
      const moves = planMerge(keepId, mergeId, links('Tickets'), links('Interactions'), links('Surveys'));
      // Found again: the moves take a while, and people may sort Customers meanwhile.
      let marked = false;
      const markMerged = () => {
        const row = findRow(customers, mergeId);
        marked = writeChanges(customers, row, readRecord(customers, row), { mergedInto: keepId }).length > 0;
      };
      const done = moveAll(moves, (table) => tables[table], markMerged);
      if (done.stopped) return partly(env, done.moved, moves.length, { mergeId, keepId }, done.stopped);
      const what = `The merge of ${mergeId} into ${keepId}`;
      return afterSaving(what, { id: keepId, repeated: false, moved: moves.length }, () => {
        const mark = { action: 'merge', table: CUSTOMERS.name, recordId: mergeId };
        audit(env, [
          ...auditOf(moves),
          ...(marked ? [{ ...mark, changes: describeChange('mergedInto', '', keepId) }] : []),
        ]);
      });
    }),
  );
}

const auditOf = (moves: readonly Move[]) =>
  moves.map((m) => ({
    action: 'merge',
    table: m.table,
    recordId: m.id,
    changes: describeChange('customerId', m.from, m.to),
  }));

type Linked = Snapshot<'id' | 'customerId'>;

/**
 * At about five calls a record, this many stay well inside Apps Script's six minutes per run
 * (a run stopped by that limit could not log what it had moved).
 */
export const MOST_MOVES = 400;

/**
 * Moves each record in turn, then marks the merged customer; stops at the first failure or after
 * MOST_MOVES records, saying why.
 */
function moveAll(
  moves: readonly Move[],
  tableOf: (table: Move['table']) => Linked,
  markMerged: () => void,
): { moved: Move[]; stopped?: string } {
  const moved: Move[] = [];
  try {
    for (const move of moves.slice(0, MOST_MOVES)) {
      const snapshot = tableOf(move.table);
      const { row, record } = recordAt(snapshot, move.id);
      writeChanges(snapshot.layout, row, record, { customerId: move.to });
      moved.push(move);
    }
    if (moves.length > MOST_MOVES)
      return { moved, stopped: `; a merge moves at most ${MOST_MOVES} records at a time` };
    markMerged();
    return { moved };
  } catch (failure) {
    if (moved.length === 0) throw failure;
    const reason = failure instanceof Error ? failure.message : String(failure);
    return { moved, stopped: ` before something went wrong (${reason})` };
  }
}

/**
 * A record's row and cells: where the read found it, if that row still holds it (one row read,
 * not a search of the ID column per record: a customer may have hundreds), else found afresh.
 */
function recordAt(snapshot: Linked, id: string) {
  const { layout } = snapshot;
  const at = snapshot.positions.rowOf.get(id);
  if (at !== undefined) {
    const record = withinSheet(layout.sheet, { row: at }, () => readRecord(layout, at));
    if (record && textOf(record.id) === id) return { row: at, record };
  }
  const row = findRow(layout, id);
  return { row, record: readRecord(layout, row) };
}

/** Some records moved before the merge stopped: they stay moved and logged; a second merge goes on. */
function partly(
  env: Env,
  moved: readonly Move[],
  total: number,
  ids: { mergeId: string; keepId: string },
  stopped: string,
): Failure {
  let logged = 'They are in the Audit Log.';
  try {
    audit(env, auditOf(moved));
  } catch {
    logged = 'The Audit Log could not note them.';
  }
  return {
    ok: false,
    kind: 'partly',
    message: `${moved.length} of ${total} records moved from ${ids.mergeId} to ${ids.keepId}${stopped}. ${logged} Choose Merge again to go on.`,
  };
}
