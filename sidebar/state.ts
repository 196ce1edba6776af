/**
 * What sidebarBootstrap answered, kept for the session: the picker searches these customers and
 * the queue reads its lists. A save updates the customer list in place, so no call is needed to
 * find a customer just created.
 */
import type { Bootstrap, CustomerPick } from '../src/api/contract';
import { unpackPicks } from '../src/api/customer-picks';
import { wallIn } from './wall';

let current: Bootstrap | undefined;
let list: readonly CustomerPick[] = [];
let receivedAt = 0;

export function boot(): Bootstrap {
  if (!current) throw new Error('the sidebar has not loaded yet');
  return current;
}

export function setBoot(next: Bootstrap): void {
  current = next;
  list = unpackPicks(next.customers);
  receivedAt = Date.now();
}

/**
 * The spreadsheet's wall clock now ('2026-11-23T17:05'): the server's time at bootstrap plus the
 * time since (the computer's own clock may be set wrong), so a sidebar left open all morning does
 * not date new entries to when it opened. Read in the spreadsheet's zone, so a night with a
 * daylight-saving change in it moves the clock as the sheet's does.
 */
export function nowWall(): string {
  const b = boot();
  return wallIn(b.nowMs + (Date.now() - receivedAt), b.timeZone);
}

export const customers = (): readonly CustomerPick[] => list;

export function customerLabel(id: string): string {
  const pick = customers().find((c) => c[0] === id);
  return pick ? `${pick[1]} (${id})` : id;
}

/** A new array, so the picker's search index (cached per list) is rebuilt. */
export function upsertCustomer(pick: CustomerPick): void {
  list = [...list.filter((c) => c[0] !== pick[0]), pick];
}

/** A customer merged into another is no longer offered (a new array, as above). */
export function removeCustomer(id: string): void {
  list = list.filter((c) => c[0] !== id);
}
