/** Following Customers' Merged Into from a record merged away to the customer it lives in now. */
import { mergeChain } from '../domain/duplicates';
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
