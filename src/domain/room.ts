/**
 * Room to grow: Google allows 10 million cells in one spreadsheet, empty ones included
 * (https://support.google.com/docs/answer/37603), and refuses every new row past that. A business
 * of 10,000 customers already holds some 7 million, and the add-on adds rows every month, so the
 * manager is told from 80% on, while there is time to make room.
 */
import { DAY_MS } from './zone';

const CELL_LIMIT = 10_000_000;
const WARN_FROM = 0.8;
/** The grids grow by months, not days: a weekly count warns in time and costs a call per sheet. */
const RECOUNT_MS = 7 * DAY_MS;

/** Every sheet's rows x columns, as the daily run counted them at `at` (an ISO instant). */
export interface CellCount {
  readonly cells: number;
  readonly at: string;
}

/** A count under a week old is kept; an older one (or one with a garbled date) is made again. */
export const stillFresh = (count: CellCount, now: number): boolean => now - Date.parse(count.at) < RECOUNT_MS;

/** What the manager reads on the Dashboard and in the sidebar; '' while there is room. */
export function roomWarning(count: CellCount | undefined): string {
  if (!count || count.cells < WARN_FROM * CELL_LIMIT) return '';
  const millions = (Math.floor(count.cells / 100_000) / 10).toFixed(1);
  const share = Math.floor((count.cells / CELL_LIMIT) * 100);
  return `The spreadsheet holds ${millions} million of the 10 million cells Google allows in one file (${share}%, empty ones included); once it is full, no record can be saved. Delete empty rows or columns or move old records to another file.`;
}
