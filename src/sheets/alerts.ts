/**
 * Alerts tell the right person that something slipped. Each has a key naming what it is about
 * (e.g. "breach:T-00012:ack"), and a key is raised once, however many times a job runs.
 */
import type { AlertKind } from '../domain/values';
import { appendRows } from './append';
import type { Env } from './env';
import { nextIds } from './ids';
import { type Row, readTable, type Snapshot } from './table';
import { ALERTS } from './tables';

export interface NewAlert {
  readonly key: string;
  /** The key the same alert had when an earlier version raised it: it is not raised again. */
  readonly formerKey?: string;
  readonly kind: AlertKind;
  readonly recordId: string;
  readonly customerId: string;
  readonly message: string;
  readonly owner: string;
  readonly escalatedTo: string;
  readonly due: Date | '';
  /** May be mailed outside business hours (a VIP's clock never stops). */
  readonly urgent: boolean;
}

export type AlertKey = (typeof ALERTS)['columns'][number]['key'];
export type AlertsTable = Snapshot<AlertKey>;

/**
 * The Alerts columns a job raises by (Key) and picks the alerts to mail by (Status, Mailed): read
 * once, kept current as it appends. What a digest says is read for the alerts it mails alone
 * (`fillIn` with MAIL_KEYS): at L nearly every alert has long been mailed.
 */
export function readAlerts(env: Env, also: readonly AlertKey[] = []): AlertsTable {
  return readTable(env.ss, ALERTS, { keys: ['status', 'mailed', 'key', ...also] });
}

export const MAIL_KEYS = ['kind', 'recordId', 'message', 'owner', 'escalatedTo', 'due', 'urgent'] as const;

/** The keys of the alerts in the table, open or done: each is raised once. */
export const raisedKeys = (table: AlertsTable): Set<string> => new Set(table.rows.map((r) => String(r.key)));

/** Appends the alerts whose key is new; returns those. Call under the document lock. */
export function raiseAlerts(
  env: Env,
  table: AlertsTable,
  alerts: readonly NewAlert[],
  now: Date,
): NewAlert[] {
  if (alerts.length === 0) return [];
  const seen = raisedKeys(table);
  const fresh = alerts.filter(
    (a) => !seen.has(a.key) && !(a.formerKey !== undefined && seen.has(a.formerKey)) && seen.add(a.key),
  );
  if (fresh.length === 0) return [];
  const ids = nextIds(env, table.layout, fresh.length);
  const records = fresh.map((a, i) => ({
    id: ids[i]!,
    raised: now,
    kind: a.kind,
    recordId: a.recordId,
    customerId: a.customerId,
    message: a.message,
    owner: a.owner,
    escalatedTo: a.escalatedTo,
    due: a.due,
    status: 'Open',
    doneAt: '',
    urgent: a.urgent ? 'Yes' : '',
    mailed: '',
    key: a.key,
  }));
  admit(table, records, appendRows(table.layout, records));
  return fresh;
}

/** The appended rows join the snapshot, so mailing them and stamping them needs no second read. */
function admit(table: AlertsTable, records: readonly Row<AlertKey>[], first: number): void {
  const { ids } = table.positions;
  const rowOf = new Map(table.positions.rowOf);
  // Rows a person added or removed meanwhile: the next write reads the IDs afresh.
  const placed = first - 2 === ids.length;
  for (const [i, record] of records.entries()) {
    table.rows.push(record);
    table.byId.set(String(record.id), record);
    if (placed) rowOf.set(String(record.id), first + i);
  }
  if (placed) table.positions = { rowOf, ids: [...ids, ...records.map((r) => String(r.id))] };
}
