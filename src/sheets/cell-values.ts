/** Reading cells as plain values for the rules: instants as epoch ms, text trimmed. */
import type { RefreshedRecord } from '../domain/record-refresh';
import type { SlaTicketRow } from '../domain/sla-ticket';
import { resolvedAt } from '../domain/ticket-lifecycle';
import { isChurned } from '../domain/values';
import type { TableDef } from './columns';
import type { Cell } from './table';

export const msOf = (cell: Cell | undefined): number | null => (cell instanceof Date ? cell.getTime() : null);
export const textOf = (cell: Cell | undefined): string =>
  typeof cell === 'string' ? cell.trim() : cell === undefined ? '' : String(cell).trim();
export const numberOf = (cell: Cell | undefined): number | null => (typeof cell === 'number' ? cell : null);
/** A number a person enters: null when the cell is empty, NaN when it holds anything else ("90 min"). */
export const enteredNumberOf = (cell: Cell | undefined): number | null =>
  typeof cell === 'number' ? cell : textOf(cell) === '' ? null : Number.NaN;

/**
 * A value-set cell read as the item it names. Sheets' dropdowns are taken to let an item typed in
 * another letter case through ("won" for "Won"), kept as typed (the emulator's validation-check.ts
 * says why); the rules read it as the item. Anything else is left as it is, for the checks to name.
 */
export function valueSetReader(values: readonly string[]): (cell: Cell) => Cell {
  const items = new Set<unknown>(values);
  const byLowerCase = new Map(values.map((v) => [v.toLowerCase(), v]));
  return (cell) =>
    typeof cell !== 'string' || items.has(cell) ? cell : (byLowerCase.get(cell.trim().toLowerCase()) ?? cell);
}

/** A reader for each value-set column of a table, by key. */
export function valueSetReaders<K extends string>(def: TableDef<K>): Map<K, (cell: Cell) => Cell> {
  return new Map(def.columns.flatMap((c) => (c.values ? [[c.key, valueSetReader(c.values)] as const] : [])));
}

/** A cell holding something that is neither empty nor a date: words a person typed in a time column. */
export const isTypedOther = (cell: Cell | undefined): boolean =>
  !(cell instanceof Date) && textOf(cell) !== '';

/** When a Tickets row was resolved (resolvedAt): null unless its Status says done. */
export const resolvedAtOf = (t: { status: Cell; resolved: Cell; closed: Cell }): number | null =>
  resolvedAt({ status: textOf(t.status), resolved: msOf(t.resolved), closed: msOf(t.closed) });

/** A Customers row merged into another (Merged Into filled): no customer of its own. */
export const isMerged = (c: { mergedInto: Cell }): boolean => textOf(c.mergedInto) !== '';

/** The IDs of the Customers rows with no customer left to look after: merged into another, or Churned. */
export const goneIds = (rows: readonly { id: Cell; mergedInto: Cell; status: Cell }[]): Set<string> =>
  new Set(rows.filter((r) => isMerged(r) || isChurned(textOf(r.status))).map((r) => textOf(r.id)));

/** A Customers row's save times, for the monthly record refresh (needsRefresh). */
export const refreshedRecordOf = (c: {
  status: Cell;
  updated: Cell;
  created: Cell;
  mergedInto: Cell;
}): RefreshedRecord => ({
  status: textOf(c.status),
  updated: msOf(c.updated),
  created: msOf(c.created),
  merged: isMerged(c),
});

/** A cell that should hold a time: null when empty, NaN when it holds words (for the checks to name). */
const instantOf = (cell: Cell | undefined): number | null =>
  cell === '' || cell === undefined ? null : cell instanceof Date ? cell.getTime() : Number.NaN;

type SlaKey =
  | 'submitted'
  | 'acknowledged'
  | 'lastUpdate'
  | 'waitingSince'
  | 'resolved'
  | 'closed'
  | 'status'
  | 'level'
  | 'pausedMinutes';

/** A Tickets row as the SLA rules read it; the breaches recorded are the hourly job's to add. */
export const slaRowOf = (t: Partial<Record<SlaKey, Cell>>): SlaTicketRow => ({
  submitted: instantOf(t.submitted),
  acknowledged: instantOf(t.acknowledged),
  lastUpdate: instantOf(t.lastUpdate),
  waitingSince: instantOf(t.waitingSince),
  resolved: instantOf(t.resolved),
  closed: instantOf(t.closed),
  status: textOf(t.status),
  level: textOf(t.level),
  pausedMinutes: enteredNumberOf(t.pausedMinutes),
});
