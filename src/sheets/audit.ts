/**
 * Every write by the add-on leaves a trace in the Audit Log: time, user, action, table, record
 * and the changed fields as "field: old → new".
 */
import { appendRows } from './append';
import type { Env } from './env';
import { who } from './env';
import { nextIds } from './ids';
import { locate } from './layout';
import { AUDIT_LOG } from './tables';

export interface AuditEntry {
  readonly action: string;
  readonly table: string;
  readonly recordId: string;
  readonly changes: string;
}

const MAX_CHANGES = 45_000; // a cell holds 50,000 characters

/** A value the add-on cannot know: one a paste wrote over, or one a stray record held. */
export const UNKNOWN_VALUE = '(unknown)';

export function describeChange(field: string, before: string, after: string): string {
  return `${field}: ${before === '' ? '(empty)' : before} → ${after === '' ? '(empty)' : after}`;
}

/** Call under the document lock. */
export function audit(env: Env, entries: readonly AuditEntry[]): void {
  if (entries.length === 0) return;
  const layout = locate(env.ss, AUDIT_LOG);
  const ids = nextIds(env, layout, entries.length);
  const time = env.now();
  const user = who(env);
  appendRows(
    layout,
    entries.map((e, i) => ({
      id: ids[i]!,
      time,
      user,
      action: e.action,
      table: e.table,
      recordId: e.recordId,
      changes: e.changes.length > MAX_CHANGES ? `${e.changes.slice(0, MAX_CHANGES)}…` : e.changes,
    })),
  );
}
