/**
 * Bad rows, as people make them when they type into the sheet instead of the sidebar: one row in
 * 1,000 of each table gets one fault (a date Sheets cannot read, a value outside its dropdown, a
 * customer that does not exist, a score off the 1-5 scale). The jobs must flag these and go on.
 */
import type { SeedData } from '../seed/generate';

export const BAD_ROW_EVERY = 1_000;
/** An ID the generator never gives (numbering starts at 1). */
const UNKNOWN_CUSTOMER = 'C-0000';

type Spoiler = (row: Record<string, unknown>) => void;

const SPOILERS: Record<keyof SeedData, readonly Spoiler[]> = {
  Customers: [(r) => (r.firstContact = '31/02/2026'), (r) => (r.tier = 'Gold')],
  Tickets: [
    (r) => (r.submitted = 'last Tuesday'),
    (r) => (r.level = 'Urgent'),
    (r) => (r.customerId = UNKNOWN_CUSTOMER),
  ],
  Interactions: [(r) => (r.when = 'yesterday pm'), (r) => (r.customerId = UNKNOWN_CUSTOMER)],
  Surveys: [
    (r) => (r.responseSpeed = 7),
    (r) => (r.recommend = 0),
    (r) => (r.customerId = UNKNOWN_CUSTOMER),
    (r) => (r.sent = '2026-13-45'),
  ],
};

/** Spoils rows in place, in the middle of each block of 1,000; returns how many. */
export function spoil(data: SeedData): number {
  let spoiled = 0;
  for (const table of Object.keys(SPOILERS) as (keyof SeedData)[]) {
    const spoilers = SPOILERS[table];
    (data[table] as Record<string, unknown>[]).forEach((row, i) => {
      if (i % BAD_ROW_EVERY !== BAD_ROW_EVERY / 2) return;
      spoilers[Math.floor(i / BAD_ROW_EVERY) % spoilers.length]!(row);
      spoiled++;
    });
  }
  return spoiled;
}
