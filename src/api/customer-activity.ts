/**
 * A customer's history for Edit customer, read when the person asks for it: open tickets, the
 * latest interactions and surveys. Only the Customer ID column is read for every row; the rest
 * only for this customer's rows (rowsWhere), so it costs a few calls, not a table.
 */
import { recordId } from '../domain/fields';
import { isDoneStatus } from '../domain/ticket-lifecycle';
import { msOf, textOf } from '../sheets/cell-values';
import type { TableDef } from '../sheets/columns';
import type { Env } from '../sheets/env';
import { rowsWhere } from '../sheets/fill-in';
import type { Cell, Row } from '../sheets/table';
import { INTERACTIONS, SURVEYS, TICKETS } from '../sheets/tables';
import type { ActivityItem, CustomerActivity } from './contract';
import { showCell } from './records';
import { guard, invalid, ok, type Result } from './result';

/** How many of each list the sidebar shows: the newest. */
export const SHOWN = { tickets: 10, interactions: 5, surveys: 3 } as const;

export function customerActivity(env: Env, id: unknown): Result<CustomerActivity> {
  return guard(() => {
    const parsed = recordId('C').safeParse(id);
    if (!parsed.success) return invalid({ id: 'Choose a customer first.' });
    const show: Show = (def, key, value) => showCell(env, def, key, value ?? '');
    return ok({
      tickets: openTickets(env, parsed.data, show),
      interactions: latestInteractions(env, parsed.data, show),
      surveys: latestSurveys(env, parsed.data, show),
    });
  });
}

type Show = (def: TableDef, key: string, value: Cell | undefined) => string;

function openTickets(env: Env, customerId: string, show: Show): CustomerActivity['tickets'] {
  const all = of(env, TICKETS, customerId, ['status', 'subject', 'submitted', 'slaStatus']);
  const open = all.rows.filter((t) => !isDoneStatus(textOf(t.status)));
  const shown = latest(
    { total: all.total, rows: open },
    (t) => msOf(t.submitted),
    SHOWN.tickets,
    (t) => ({
      id: textOf(t.id),
      when: show(TICKETS, 'submitted', t.submitted),
      title: textOf(t.subject),
      detail: [textOf(t.status), textOf(t.slaStatus) && `SLA ${textOf(t.slaStatus)}`]
        .filter(Boolean)
        .join(', '),
    }),
  );
  return { ...shown, open: open.length };
}

function latestInteractions(env: Env, customerId: string, show: Show) {
  const keys = ['when', 'channel', 'kind', 'subject', 'nextAction', 'nextActionDue'] as const;
  return latest(
    of(env, INTERACTIONS, customerId, keys),
    (r) => msOf(r.when),
    SHOWN.interactions,
    (r) => {
      const due =
        r.nextActionDue !== '' ? ` (due ${show(INTERACTIONS, 'nextActionDue', r.nextActionDue)})` : '';
      return {
        id: textOf(r.id),
        when: show(INTERACTIONS, 'when', r.when),
        title: [textOf(r.kind), textOf(r.channel), textOf(r.subject)].filter(Boolean).join(' · '),
        detail: textOf(r.nextAction) ? `Next: ${textOf(r.nextAction)}${due}` : '',
      };
    },
  );
}

/** A survey is dated by its answer, else by when it went, else by when it is due. */
function latestSurveys(env: Env, customerId: string, show: Show) {
  const rows = of(env, SURVEYS, customerId, ['reason', 'status', 'due', 'sent', 'responded']);
  const dated = (r: Row<'responded' | 'sent' | 'due'>) =>
    (['responded', 'sent', 'due'] as const).find((k) => r[k] !== '') ?? 'due';
  return latest(
    rows,
    (r) => msOf(r[dated(r)]),
    SHOWN.surveys,
    (r) => ({
      id: textOf(r.id),
      when: show(SURVEYS, dated(r), r[dated(r)]),
      title: textOf(r.reason),
      detail: textOf(r.status),
    }),
  );
}

/** The rows of one customer with `keys` (Customer ID read for all, the rest for these alone). */
function of<K extends string>(env: Env, def: TableDef<K>, customerId: string, keys: readonly K[]) {
  const seen = new Set<string>();
  // A row without an ID is no record yet; one read twice (a sort among the customer's rows
  // between two blocks) is shown once.
  const mine = rowsWhere(env.ss, def, 'customerId' as K, customerId, ['id' as K, ...keys]).filter((r) => {
    const id = textOf(r['id' as K]);
    if (id === '' || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return { total: mine.length, rows: mine };
}

/** The newest `count` rows (by `at`, undated last, then the latest in the sheet), as items. */
function latest<K extends string>(
  { total, rows }: { total: number; rows: readonly Row<K>[] },
  at: (r: Row<K>) => number | null,
  count: number,
  item: (r: Row<K>) => ActivityItem,
): { total: number; items: ActivityItem[] } {
  const newest = rows
    .map((r, i) => ({ r, i, at: at(r) ?? Number.NEGATIVE_INFINITY }))
    .sort((a, b) => b.at - a.at || b.i - a.i)
    .slice(0, count);
  return { total, items: newest.map(({ r }) => item(r)) };
}
