/**
 * Merging a duplicate customer into the one kept: its interactions, tickets, surveys, win-backs and
 * open alerts move to the kept ID, one cell each, every move in the Audit Log (its alerts about the
 * customer go to the kept customer's owner too, forKeptOwner, and finishing a merge that stopped
 * hands over those it had moved already, leftWithMergedOwner); the merged record
 * stays, marked Merged Into the kept ID. Nothing is deleted. A table's cells are written in one call where the
 * merge's own read found their records, and checked there afterwards (checked-column.ts):
 * people may sort meanwhile; a record given a cell by mistake and set back is in the Audit Log too.
 */

import {
  type AlertLink,
  type CustomerLink,
  forKeptOwner,
  LINKED_TABLES,
  type LinkedTable,
  leftWithMergedOwner,
  type Move,
  mergedWords,
  planMerge,
} from '../domain/duplicates';
import { messageOf } from '../domain/message-of';
import { mergeSchema } from '../domain/records/merge';
import { audit, describeChange, UNKNOWN_VALUE } from '../sheets/audit';
import { isMerged, textOf } from '../sheets/cell-values';
import { writeColumnChecked } from '../sheets/checked-column';
import { locatedFrom, writeChecked } from '../sheets/checked-write';
import type { TableDef } from '../sheets/columns';
import type { Env } from '../sheets/env';
import { withDocumentLock } from '../sheets/lock';
import { chainIn } from '../sheets/merged-into';
import { notFound } from '../sheets/record-row';
import { type Cell, readTable, type Snapshot } from '../sheets/table';
import { ALERTS, CUSTOMERS, INTERACTIONS, SURVEYS, TICKETS, WIN_BACKS } from '../sheets/tables';
import type { Saved, Submit } from './contract';
import { afterSaving, parse } from './records';
import { type Failure, FieldError, guard, type Result } from './result';
import { checkUnfinished, recordFinished, recordUnfinished } from './unfinished-merges';

const LINKED = {
  Tickets: TICKETS,
  Interactions: INTERACTIONS,
  Surveys: SURVEYS,
  'Win-backs': WIN_BACKS,
  Alerts: ALERTS,
} as const satisfies Record<LinkedTable, TableDef>;

/**
 * Alerts only: Status, where a done alert stays as raised, history; Kind, Record ID and Owner, for
 * whom a moved alert goes to (forKeptOwner).
 */
type AlertKey = 'customerId' | 'status' | 'kind' | 'recordId' | 'owner';
type Linked = Snapshot<'id' | AlertKey>;
const readLinked = (env: Env, name: LinkedTable) =>
  readTable(env.ss, LINKED[name] as TableDef<AlertKey>, {
    keys: name === 'Alerts' ? ['kind', 'recordId', 'customerId', 'owner', 'status'] : ['customerId'],
  }) as Linked;

/** Not a done alert (its Record ID, too, stays: one about the merged customer keeps naming it). */
const openAlerts = (alerts: Linked): AlertLink[] =>
  alerts.rows
    .filter((r) => r.status === 'Open')
    .map((r) => ({
      id: textOf(r.id),
      customerId: textOf(r.customerId),
      kind: textOf(r.kind),
      recordId: textOf(r.recordId),
      owner: textOf(r.owner),
    }));

/** The records of a table that may move. */
const linksOf = (name: LinkedTable, table: Linked): CustomerLink[] =>
  name === 'Alerts'
    ? openAlerts(table)
    : table.rows.map((r) => ({ id: textOf(r.id), customerId: textOf(r.customerId) }));

type Customers = Snapshot<(typeof CUSTOMERS)['columns'][number]['key']>;

export function mergeCustomers(env: Env, submit: Submit<unknown>): Result<Saved & { moved: number }> {
  const parsed = parse(mergeSchema, submit?.record);
  if (!parsed.ok) return parsed;
  const { keepId, mergeId } = parsed.value;
  return guard(() =>
    withDocumentLock(env, () => {
      if (keepId === mergeId) throw new FieldError('mergeId', 'Choose two different customers.');
      const customers = readTable(env.ss, CUSTOMERS, { keys: ['mergedInto', 'owner'] });
      checkPair(customers, keepId, mergeId);
      checkUnfinished(env, keepId, mergeId);
      const tables = Object.fromEntries(LINKED_TABLES.map((name) => [name, readLinked(env, name)])) as Record<
        LinkedTable,
        Linked
      >;
      const links = Object.fromEntries(
        LINKED_TABLES.map((name) => [name, linksOf(name, tables[name])]),
      ) as Record<LinkedTable, CustomerLink[]>;
      const moves = planMerge(keepId, mergeId, links);
      const owner = textOf(customers.byId.get(keepId)!.owner);
      const merged = customers.byId.get(mergeId)!;
      const alerts = openAlerts(tables.Alerts);
      const handOver = {
        owner,
        alerts: [
          ...forKeptOwner(
            alerts,
            mergeId,
            owner,
            (id) => tables.Tickets.byId.has(id) || tables['Win-backs'].byId.has(id),
          ),
          ...(isMerged(merged)
            ? []
            : leftWithMergedOwner(
                alerts,
                { keepId, mergeId },
                { merged: textOf(merged.owner), kept: owner },
              )),
        ],
      };
      const done = moveAll(env, moves, tables, customers, { keepId, mergeId, handOver });
      if (done.stopped) {
        const answer = partly(env, done, moves.length, { mergeId, keepId, owner });
        try {
          recordUnfinished(env, keepId, mergeId, done.moved.length);
        } catch {
          // What moved is logged and told either way; only the guard against another customer is lost.
        }
        return answer;
      }
      recordFinished(env, mergeId);
      const what = `The merge of ${mergeId} into ${keepId}`;
      const saved = afterSaving(what, { id: keepId, repeated: false, moved: moves.length }, () => {
        const mark = { action: 'merge', table: CUSTOMERS.name, recordId: mergeId };
        audit(env, [
          ...auditOf(moves),
          ...handedOf(done, owner),
          ...(done.marked ? [{ ...mark, changes: describeChange('mergedInto', '', keepId) }] : []),
          ...mistakesOf(done),
          ...setBackOf(done, keepId, owner),
        ]);
      });
      const check = toCheck(done, keepId, owner);
      if (!saved.ok || check === '') return saved;
      return { ok: false, kind: 'partly', message: `${what} was saved. ${check}`, value: saved.value };
    }),
  );
}

function checkPair(customers: Customers, keepId: string, mergeId: string): void {
  const kept = customers.byId.get(keepId);
  if (!kept) throw notFound(CUSTOMERS.name, keepId);
  if (isMerged(kept)) {
    const chain = chainIn(customers, keepId);
    throw new FieldError('keepId', `${mergedWords(chain)}: keep ${chain.at(-1)} instead.`);
  }
  const merged = customers.byId.get(mergeId);
  if (!merged) throw notFound(CUSTOMERS.name, mergeId);
  // Merging the same pair again goes on with a merge that stopped; into another would rewrite
  // where its records went (they moved on with each later merge, to the end of the chain).
  const chain = chainIn(customers, mergeId);
  if (chain.length < 2 || chain[1] === keepId) return;
  const last = chain.at(-1);
  throw new FieldError(
    'mergeId',
    last === keepId
      ? `${mergedWords(chain)}: its records are in ${keepId} already.`
      : `${mergedWords(chain)}, and its records are there: merge ${last} instead.`,
  );
}

/**
 * What a person should check after a merge that people worked under: records it may have written
 * by mistake whose earlier customer it never read (typed in while it ran, or beside a row that
 * moved away and back), and records that got the kept ID by mistake and were set back as read (a
 * change made to them meanwhile would be undone).
 */
function toCheck(done: Done, keepId: string, owner: string): string {
  const words = (named: readonly string[], what: (one: boolean) => string) => {
    const ids = [...new Set(named)];
    const one = ids.length === 1;
    return ids.length === 0 ? '' : `${ids.join(', ')} ${what(one)}: please check ${one ? 'it' : 'them'}.`;
  };
  const mayShow = (owners: boolean, shown: string) =>
    words(
      done.unsure.filter((s) => (s.field === 'owner') === owners).map((s) => s.id),
      () => `may now show ${shown} by mistake (rows were moved or typed in while it ran)`,
    );
  const setBack = (named: readonly string[], got: string, had: string) =>
    words(
      named,
      (one) =>
        `got ${got} by mistake as rows moved, and ${one ? 'was' : 'were'} set back to the ${had} ${one ? 'it' : 'they'} had when the merge began`,
    );
  return [
    mayShow(false, `${keepId} as customer`),
    mayShow(true, `${owner} as owner`),
    setBack(
      idsOf(done.restored, (field) => field !== 'owner'),
      keepId,
      'customer',
    ),
    setBack(
      idsOf(done.restored, (field) => field === 'owner'),
      `${owner} as owner`,
      'owner',
    ),
  ]
    .filter(Boolean)
    .join(' ');
}

/** Records that may have got a value of the merge's by mistake: named in the Audit Log for a person to check. */
const mistakesOf = (done: Done) =>
  done.unsure.map((s) => ({
    action: 'update by mistake',
    table: s.table,
    recordId: s.id,
    changes: describeChange(s.field, UNKNOWN_VALUE, s.value),
  }));

const idsOf = (cells: readonly CellOf[], which: (field: string) => boolean) =>
  cells.filter((c) => which(c.field)).map((c) => c.id);

/**
 * Records that got a value of the merge's by mistake and were given theirs back: two writes of
 * the add-on's on them, the second undoing any change a person made in between.
 */
const setBackOf = (done: Done, keepId: string, owner: string) =>
  done.restored.map((c) => ({
    action: 'set back',
    table: c.table,
    recordId: c.id,
    changes: describeChange(c.field, c.field === 'owner' ? owner : keepId, c.value),
  }));

/** The moved alerts handed to the kept customer's owner. */
const handedOf = (done: Done, owner: string) =>
  done.handed.map((a) => ({
    action: 'merge',
    table: ALERTS.name,
    recordId: a.id,
    changes: describeChange('owner', a.owner, owner),
  }));

const auditOf = (moves: readonly Move[]) =>
  moves.map((m) => ({
    action: 'merge',
    table: m.table,
    recordId: m.id,
    changes: describeChange('customerId', m.from, m.to),
  }));

/**
 * One click moves at most this many records: at worst (a sort under every write) each is written
 * again on its own, at about six calls, and that still ends well inside Apps Script's six minutes
 * per run (a run stopped by that limit could not log what it had moved).
 */
export const MOST_MOVES = 300;

/** The kept customer's owner, and the alerts to give them. */
interface HandOver {
  owner: string;
  alerts: readonly AlertLink[];
}

/** One cell of a record: its field and value. */
interface CellOf {
  table: string;
  id: string;
  field: string;
  value: string;
}

interface Done {
  moved: Move[];
  /** Moved alerts given to the kept customer's owner, with the owner each had. */
  handed: AlertLink[];
  marked: boolean;
  /** The cell (field and value) each holds of the merge's, perhaps by mistake. */
  unsure: CellOf[];
  /** Records that got a cell of the merge's by mistake, and the value they were given back. */
  restored: CellOf[];
  /** Why the merge stopped before the end, if it did. */
  stopped?: string;
}

/**
 * Moves the records table by table, each table's in one checked write (checked-column.ts), then
 * marks the merged customer; stops at the first failure or after MOST_MOVES records, saying why.
 * A record a wrong row got back its own value, as read.
 */
function moveAll(
  env: Env,
  moves: readonly Move[],
  tables: Record<LinkedTable, Linked>,
  customers: Customers,
  ids: { keepId: string; mergeId: string; handOver: HandOver },
): Done {
  const done: Done = { moved: [], handed: [], marked: false, unsure: [], restored: [] };
  const batch = moves.slice(0, MOST_MOVES);
  const moving = new Set(batch.map((m) => m.id));
  try {
    for (const name of LINKED_TABLES) {
      const mine = batch.filter((m) => m.table === name);
      if (mine.length === 0) continue;
      const table = tables[name];
      const own = asRead(table, 'customerId', (id) => (moving.has(id) ? ids.keepId : undefined));
      const wrote = writeColumnChecked(
        table,
        () => readLinked(env, name),
        'customerId',
        mine.map((m) => m.id),
        ids.keepId,
        own,
      );
      const written = new Set(wrote.written);
      done.moved.push(...mine.filter((m) => written.has(m.id)));
      done.unsure.push(
        ...wrote.strays.map((id) => ({
          table: LINKED[name].name,
          id,
          field: 'customerId',
          value: ids.keepId,
        })),
      );
      done.restored.push(...setBackTo(LINKED[name].name, wrote.restored, 'customerId', own));
      if (wrote.failure !== undefined) throw wrote.failure;
    }
    handOver(env, tables.Alerts, done, ids);
    if (moves.length > MOST_MOVES)
      return { ...done, stopped: `; a merge moves at most ${MOST_MOVES} records at a time` };
    const first = locatedFrom(customers, ids.mergeId);
    const own = asRead(customers, 'mergedInto');
    const marked = writeChecked(customers.layout, ids.mergeId, first, { mergedInto: ids.keepId }, own);
    return {
      ...done,
      marked: marked.changed.length > 0,
      unsure: [
        ...done.unsure,
        ...marked.strays.map((id) => ({ table: CUSTOMERS.name, id, field: 'mergedInto', value: ids.keepId })),
      ],
      restored: [...done.restored, ...setBackTo(CUSTOMERS.name, marked.restored, 'mergedInto', own)],
    };
  } catch (failure) {
    if (done.moved.length + done.unsure.length + done.restored.length === 0) throw failure;
    const reason = messageOf(failure);
    return { ...done, stopped: ` before something went wrong (${reason})` };
  }
}

/**
 * Gives the alerts that go to the kept customer's owner that owner, in one checked write like the
 * move's: those moved now (forKeptOwner), and those a merge that stopped had moved already
 * (leftWithMergedOwner). An alert that got the owner by mistake gets its own back.
 */
function handOver(
  env: Env,
  alerts: Linked,
  done: Done,
  { keepId, handOver: { owner, alerts: handing } }: { keepId: string; handOver: HandOver },
): void {
  const moved = new Set(done.moved.filter((m) => m.table === 'Alerts').map((m) => m.id));
  const mine = handing.filter((a) => a.customerId === keepId || moved.has(a.id));
  if (mine.length === 0) return;
  const own = asRead(alerts, 'owner');
  const wrote = writeColumnChecked(
    alerts,
    () => readLinked(env, 'Alerts'),
    'owner',
    mine.map((a) => a.id),
    owner,
    own,
  );
  const written = new Set(wrote.written);
  done.handed.push(...mine.filter((a) => written.has(a.id)));
  done.unsure.push(...wrote.strays.map((id) => ({ table: ALERTS.name, id, field: 'owner', value: owner })));
  done.restored.push(...setBackTo(ALERTS.name, wrote.restored, 'owner', own));
  if (wrote.failure !== undefined) throw wrote.failure;
}

/**
 * What a record that got our cell by mistake must have back: its value as the merge read it, or
 * `since` when this merge has changed it already; undefined for a record the read never saw.
 */
function asRead<K extends string>(
  snapshot: Snapshot<K>,
  key: K,
  since: (id: string) => Cell | undefined = () => undefined,
): (id: string) => Partial<Record<K, Cell>> | undefined {
  return (id) => {
    const value = since(id) ?? snapshot.byId.get(id)?.[key];
    return value === undefined ? undefined : ({ [key]: value } as Partial<Record<K, Cell>>);
  };
}

/** The records given back their own `key`, with the value each was given (as `own` has it). */
function setBackTo<K extends string>(
  table: string,
  ids: readonly string[],
  key: K,
  own: (id: string) => Partial<Record<K, Cell>> | undefined,
): CellOf[] {
  return ids.map((id) => ({ table, id, field: key, value: textOf(own(id)?.[key] ?? '') }));
}

/** Some records moved before the merge stopped: they stay moved and logged; a second merge goes on. */
function partly(
  env: Env,
  done: Done,
  total: number,
  ids: { mergeId: string; keepId: string; owner: string },
): Failure {
  let logged = 'They are in the Audit Log.';
  try {
    audit(env, [
      ...auditOf(done.moved),
      ...handedOf(done, ids.owner),
      ...mistakesOf(done),
      ...setBackOf(done, ids.keepId, ids.owner),
    ]);
  } catch {
    logged = 'The Audit Log could not note them.';
  }
  const check = toCheck(done, ids.keepId, ids.owner);
  return {
    ok: false,
    kind: 'partly',
    message: `${done.moved.length} of ${total} records moved from ${ids.mergeId} to ${ids.keepId}${done.stopped}. ${logged}${check ? ` ${check}` : ''} Choose Merge again to go on.`,
  };
}
