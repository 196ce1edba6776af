/** Following Customers' Merged Into from a record merged away to the customer it lives in now. */
import { customersNow, mergeChain } from '../domain/duplicates';
import { textOf } from './cell-values';
import { type Cell, readTable } from './table';
import { CUSTOMERS } from './tables';

/** mergeChain over a read of Customers' Merged Into. */
export const chainIn = (
  customers: { byId: ReadonlyMap<string, { mergedInto: Cell }> },
  id: string,
): string[] =>
  mergeChain(id, (at) => {
    const found = customers.byId.get(at);
    return found && textOf(found.mergedInto);
  });

/** For a record found merged: one read of Merged Into, only when a refusal must name where to go. */
export const readChain = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet, id: string): string[] =>
  chainIn(readTable(ss, CUSTOMERS, { keys: ['mergedInto'] }), id);

/**
 * Each record's Tier as its tickets are timed: a record merged away takes the tier of the customer
 * at the end of its chain (a ticket typed in under the old ID of a customer now VIP runs 7x24); one
 * whose chain names no one keeps its own.
 */
export function tiersNow(
  customers: readonly { id: Cell; tier: Cell; mergedInto: Cell }[],
): Map<string, string> {
  const own = new Map(customers.map((c) => [textOf(c.id), textOf(c.tier)] as const));
  const now = customersNowIn(customers);
  return new Map([...own.keys()].map((id) => [id, own.get(now.get(id) ?? id)!] as const));
}

/** customersNow over rows of Customers read with their Merged Into. */
export const customersNowIn = (customers: readonly { id: Cell; mergedInto: Cell }[]): Map<string, string> =>
  customersNow(new Map(customers.map((c) => [textOf(c.id), textOf(c.mergedInto)] as const)));
