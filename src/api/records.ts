/**
 * Creating and updating records for the sidebar: validate with the record's schema, take the
 * document lock, write, log to the Audit Log, answer with plain JSON.
 */
import type * as z from 'zod/mini';
import { appendRows } from '../sheets/append';
import { audit, describeChange, UNKNOWN_VALUE } from '../sheets/audit';
import { isSpreadsheetFull, spreadsheetFull } from '../sheets/cell-limit';
import { isMerged, textOf } from '../sheets/cell-values';
import { fromCell, toCell } from '../sheets/cells';
import type { TableDef } from '../sheets/columns';
import { CUSTOMERS, SURVEYS, TICKETS } from '../sheets/tables';

const EDITABLE: readonly TableDef[] = [CUSTOMERS, TICKETS, SURVEYS];

import { mergedWords } from '../domain/duplicates';
import { messageOf } from '../domain/message-of';
import { located, relocated, writeChecked } from '../sheets/checked-write';
import type { Env } from '../sheets/env';
import { highestId, nextIds } from '../sheets/ids';
import { columnOf, locate } from '../sheets/layout';
import { withDocumentLock } from '../sheets/lock';
import { readChain } from '../sheets/merged-into';
import { recordFor, remember } from '../sheets/requests';
import { currentRows } from '../sheets/rows';
import type { Cell } from '../sheets/table';
import type { Saved } from './contract';
import { FieldError, fieldErrors, guard, invalid, ok, type Result } from './result';

type Fields = Record<string, unknown>;

export function parse<S extends z.ZodMiniType>(schema: S, input: unknown): Result<z.output<S>> {
  const parsed = schema.safeParse(input);
  return parsed.success ? ok(parsed.data) : invalid(fieldErrors(parsed.error));
}

function cellsOf(env: Env, def: TableDef, fields: Fields): Record<string, Cell> {
  const tz = env.timeZone();
  const out: Record<string, Cell> = {};
  for (const column of def.columns) {
    if (column.key in fields) out[column.key] = toCell(column, fields[column.key], tz);
  }
  return out;
}

/** A cell as people read it: dates as wall-clock text in the spreadsheet's zone. */
export const showCell = (env: Env, def: TableDef, key: string, value: Cell) => {
  const column = def.columns.find((c) => c.key === key)!;
  return String(fromCell(column, value, env.timeZone()));
};

/** A submit's request ID as text; any other type (an object, an array) cannot name a request. */
const requestIdOf = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

/** The Customers row a new record is for, as the save read it under the lock. */
export type LinkedCustomer = Record<(typeof CUSTOMERS)['columns'][number]['key'], Cell>;

/**
 * Appends a record; `stamp` adds fields the server owns (Created, Logged By …) and `check` refuses
 * by a rule that needs the sheet (given the record's customer, when it names one), both under the
 * lock. The request is remembered with the record's ID before the row is written, so a retry never
 * makes a second record: it finds the row, or, when the row never landed, writes it then.
 */
export function createRecord(
  env: Env,
  def: TableDef,
  fields: Fields,
  request: unknown,
  stamp: (now: Date) => Record<string, Cell> = () => ({}),
  check: (customer: LinkedCustomer | undefined) => void = () => {},
): Result<Saved> {
  const requestId = requestIdOf(request);
  return guard<Saved>(() =>
    withDocumentLock(env, (): Result<Saved> => {
      const layout = locate(env.ss, def);
      // The IDs as they are: a retry finds its row, and a new ID passes any a person typed in.
      const rows = currentRows(layout.sheet, columnOf(layout, 'id'));
      const seen = requestId ? recordFor(env, requestId, def.idPrefix) : undefined;
      if (seen && rows.rowOf.has(seen)) return ok({ id: seen, repeated: true });
      const customer =
        def !== CUSTOMERS && typeof fields.customerId === 'string' && fields.customerId !== ''
          ? linkable(env, fields.customerId)
          : undefined;
      if (typeof fields.ticketId === 'string' && fields.ticketId !== '')
        aboutOwnTicket(env, fields.ticketId, String(fields.customerId));
      check(customer);
      const id = nextIds(env, layout, 1, highestId(def, rows.ids))[0]!;
      if (requestId) remember(env, requestId, id);
      const record = { ...cellsOf(env, def, fields), ...stamp(env.now()), id };
      appendRows(layout, [record]);
      return afterSaving(id, { id, repeated: false }, () => {
        const changes = Object.entries(record)
          .filter(([k, v]) => k !== 'id' && v !== '')
          .map(([k, v]) => describeChange(k, '', showCell(env, def, k, v)))
          .join('; ');
        audit(env, [{ action: 'create', table: def.name, recordId: id, changes }]);
      });
    }),
  );
}

/**
 * A record is saved for a customer that exists, and not for one merged into another (its records
 * moved there). The picker offers only real IDs, but a person may type one in.
 */
function linkable(env: Env, customerId: string): LinkedCustomer {
  const customer = relocated(locate(env.ss, CUSTOMERS), customerId);
  if (!customer)
    throw new FieldError('customerId', `There is no customer ${customerId}: choose one from the list.`);
  if (isMerged(customer.record)) {
    const chain = readChain(env.ss, customerId);
    throw new FieldError('customerId', `${mergedWords(chain)}: choose ${chain.at(-1)} instead.`);
  }
  return customer.record;
}

/**
 * A record about a ticket (a survey) names one of its own customer's: the ticket's ID is typed, and
 * a slip would tie the answers to another customer's ticket or to none.
 */
function aboutOwnTicket(env: Env, ticketId: string, customerId: string): void {
  const ticket = relocated(locate(env.ss, TICKETS, ['customerId']), ticketId);
  if (!ticket)
    throw new FieldError(
      'ticketId',
      `There is no ticket ${ticketId}: enter the ID as the Tickets sheet shows it.`,
    );
  // A ticket typed into the sheet without a customer may be this one's.
  const owner = textOf(ticket.record.customerId);
  if (owner !== '' && owner !== customerId)
    throw new FieldError('ticketId', `${ticketId} is a ticket of ${owner}, not of ${customerId}.`);
}

/** Once a record is written, a failure must not say "nothing was saved": `what` names it. */
export function afterSaving<T>(what: string, saved: T, work: () => void): Result<T> {
  try {
    work();
    return ok(saved);
  } catch (e) {
    const reason = messageOf(e);
    const why = isSpreadsheetFull(reason)
      ? `. ${spreadsheetFull('its row could not be added')}`
      : ` (${reason}).`;
    return {
      ok: false,
      kind: 'partly',
      message: `${what} was saved, but the Audit Log could not note it${why} There is no need to enter it again.`,
      value: saved,
    };
  }
}

/** A saved record's answer with a note for the person, when there is one to give. */
export function withNote(saved: Result<Saved>, note: () => string | undefined): Result<Saved> {
  if (!saved.ok) return saved;
  const text = note();
  return text ? ok({ ...saved.value, note: text }) : saved;
}

/** The fields an update was given: one left out (undefined) keeps its cell as it is. */
export const given = <T extends Record<string, unknown>>(fields: T) =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };

/**
 * Updates a record in place by ID. `derive` sees the record as it is under the lock and returns
 * the fields to write (e.g. stamps that depend on the old status); `also` says what else the save
 * did that no cell shows (an email sent), for its Audit Log row ('' when nothing).
 */
export function updateRecord(
  env: Env,
  def: TableDef,
  id: string,
  derive: (current: Record<string, Cell>, now: Date) => Fields,
  also: () => string = () => '',
): Result<Saved> {
  return guard<Saved>(() =>
    withDocumentLock(env, (): Result<Saved> => {
      const layout = locate(env.ss, def);
      const first = located(layout, id);
      const before = first.record;
      const now = env.now();
      const after = cellsOf(env, def, derive(before, now));
      const { changed, strays } = writeChecked(layout, id, first, after, undefined, now);
      const show = (k: string, cell: Cell | undefined) => showCell(env, def, k, cell ?? '');
      const saved = afterSaving(id, { id, repeated: false }, () => {
        if (changed.length === 0) return;
        const changes = (old: (k: string) => string) =>
          changed.map((k) => describeChange(k, old(k), show(k, after[k]))).join('; ');
        audit(env, [
          {
            action: 'update',
            table: def.name,
            recordId: id,
            changes: [changes((k) => show(k, before[k])), also()].filter(Boolean).join('; '),
          },
          ...strays.map((stray) => ({
            action: 'update by mistake',
            table: def.name,
            recordId: stray,
            changes: changes(() => UNKNOWN_VALUE),
          })),
        ]);
      });
      if (!saved.ok || strays.length === 0) return saved;
      return { ok: false, kind: 'partly', message: strayWords(def, id, changed, strays), value: saved.value };
    }),
  );
}

/** A save whose cells a person's sort also put on other records: name them so they get checked. */
function strayWords(
  def: TableDef,
  id: string,
  changed: readonly string[],
  strays: readonly string[],
): string {
  const one = strays.length === 1;
  const fields = changed.map((k) => def.columns.find((c) => c.key === k)?.header ?? k).join(', ');
  return `${id} was saved, but rows moved in the sheet at that moment and ${strays.join(', ')} may now show its new ${fields} by mistake: please check ${one ? 'it' : 'them'} (the Audit Log lists what ${one ? 'it' : 'they'} may have received).`;
}

/** One record as the edit forms need it: every column as text, dates as wall-clock strings. */
export function getRecord(
  env: Env,
  table: unknown,
  id: unknown,
): Result<Record<string, string | number | boolean>> {
  return guard(() => {
    const def = EDITABLE.find((d) => d.name === table);
    if (!def)
      return { ok: false, kind: 'not-found', message: `There is no "${String(table)}" table to read.` };
    const layout = locate(env.ss, def);
    const current = located(layout, String(id)).record;
    const out: Record<string, string | number | boolean> = {};
    for (const column of def.columns) {
      if (column.key in current) out[column.key] = showCell(env, def, column.key, current[column.key]!);
    }
    return ok(out);
  });
}
