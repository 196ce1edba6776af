/**
 * Merging a duplicate customer into the one kept: its interactions, tickets and surveys move to
 * the kept ID, one cell each, every move in the Audit Log; the merged record stays, marked
 * Merged Into the kept ID. Nothing is deleted.
 */

import { planMerge } from '../domain/duplicates';
import { mergeSchema } from '../domain/records/merge';
import { audit, describeChange } from '../sheets/audit';
import { textOf } from '../sheets/cell-values';
import type { Env } from '../sheets/env';
import { locate } from '../sheets/layout';
import { withDocumentLock } from '../sheets/lock';
import { findRow, readRecord, writeChanges } from '../sheets/record-row';
import { readTable } from '../sheets/table';
import { CUSTOMERS, INTERACTIONS, SURVEYS, TICKETS } from '../sheets/tables';
import type { Saved, Submit } from './contract';
import { parse } from './records';
import { FieldError, guard, ok, type Result } from './result';

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
      const mergedRow = findRow(customers, mergeId);
      const tables = Object.fromEntries(
        Object.entries(LINKED).map(([name, def]) => [name, readTable(env.ss, def, { keys: ['customerId'] })]),
      ) as { [N in keyof typeof LINKED]: ReturnType<typeof readTable<'id' | 'customerId'>> };
      const links = (name: keyof typeof LINKED) =>
        tables[name].rows.map((r) => ({ id: textOf(r.id), customerId: textOf(r.customerId) }));
      const moves = planMerge(keepId, mergeId, links('Tickets'), links('Interactions'), links('Surveys'));
      for (const move of moves) {
        const layout = tables[move.table].layout;
        const row = findRow(layout, move.id);
        writeChanges(layout, row, readRecord(layout, row), { customerId: move.to });
      }
      writeChanges(customers, mergedRow, readRecord(customers, mergedRow), { mergedInto: keepId });
      audit(env, [
        ...moves.map((m) => ({
          action: 'merge',
          table: m.table,
          recordId: m.id,
          changes: describeChange('customerId', m.from, m.to),
        })),
        {
          action: 'merge',
          table: CUSTOMERS.name,
          recordId: mergeId,
          changes: describeChange('mergedInto', '', keepId),
        },
      ]);
      return ok({ id: keepId, repeated: false, moved: moves.length });
    }),
  );
}
