/**
 * A customer record is refreshed monthly (DOMAIN.md, time targets): reviewed and brought up to
 * date by its owner. A record counts as refreshed when it was last saved (Updated, else Created)
 * within the setting's days; a churned customer's record is left as it stands, and so is a
 * duplicate merged into another (it is not a customer of its own).
 */
import { DAY_MS } from './zone';

export interface RefreshedRecord {
  readonly status: string;
  /** When the record was last saved (epoch ms); null when the row does not say. */
  readonly updated: number | null;
  readonly created: number | null;
  /** Merged into another customer (its Merged Into is filled). */
  readonly merged: boolean;
}

/** When the record was last saved: Updated, else Created; null when the row says neither. */
export const lastSaved = (record: RefreshedRecord): number | null => record.updated ?? record.created;

export function needsRefresh(record: RefreshedRecord, now: number, days: number): boolean {
  if (record.status === 'Churned' || record.merged) return false;
  const last = lastSaved(record);
  return last !== null && now - last > days * DAY_MS;
}
