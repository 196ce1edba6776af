/**
 * Alerts tell the right person that something slipped. Each has a key naming what it is about
 * (e.g. "breach:T-00012:ack"), and a key is raised once, however many times a job runs.
 */
import type { AlertKind } from '../domain/values';
import { appendRows } from './append';
import type { Env } from './env';
import { nextIds } from './ids';
import { readTable } from './table';
import { ALERTS } from './tables';

export interface NewAlert {
  readonly key: string;
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

/** Appends the alerts whose key is new; returns those. Call under the document lock. */
export function raiseAlerts(env: Env, alerts: readonly NewAlert[], now: Date): NewAlert[] {
  if (alerts.length === 0) return [];
  const existing = readTable(env.ss, ALERTS, { keys: ['key'] });
  const seen = new Set(existing.rows.map((r) => String(r.key)));
  const fresh = alerts.filter((a) => !seen.has(a.key) && seen.add(a.key));
  if (fresh.length === 0) return [];
  const ids = nextIds(env, existing.layout, fresh.length);
  appendRows(
    existing.layout,
    fresh.map((a, i) => ({
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
    })),
  );
  return fresh;
}
