/**
 * The menu's "Give IDs to new rows". A business brings its existing customer list and ticket
 * history by pasting them into the sheets, mostly without IDs; a row without an ID is no record
 * yet, so the jobs and the sidebar pass it by. This gives each such row the next ID (ids.ts, so
 * the sidebar never gives one again) and leaves every other cell, an ID of the business's own
 * ("ACME-17") included, as typed.
 */
import { messageOf } from '../domain/message-of';
import { counted, someOf } from '../domain/some-of';
import { audit, describeChange } from '../sheets/audit';
import { isSpreadsheetFull, spreadsheetFull } from '../sheets/cell-limit';
import type { TableDef } from '../sheets/columns';
import type { Env } from '../sheets/env';
import { highestId, nextIds } from '../sheets/ids';
import { columnOf, locate, runsOf } from '../sheets/layout';
import { withDocumentLock } from '../sheets/lock';
import { withinSheet } from '../sheets/past-the-edge';
import { sameCell } from '../sheets/table';
import { CUSTOMERS, INTERACTIONS, SURVEYS, TICKETS } from '../sheets/tables';
import { tellInToast } from '../sheets/toast';

/** The tables a business brings rows into, with what one of their records is called. */
const TABLES = [
  { def: CUSTOMERS, one: 'customer' },
  { def: INTERACTIONS, one: 'interaction' },
  { def: TICKETS, one: 'ticket' },
  { def: SURVEYS, one: 'survey' },
] as const;

interface Given {
  readonly one: string;
  readonly ids: readonly string[];
  /** Rows that changed between the read and the write: left without an ID for another time. */
  readonly changed: number;
  /** IDs held by more than one row, with the rows ("Customers ACME-17 (rows 2 and 4)"). */
  readonly shared: readonly string[];
}

/** Menu: gives IDs, then says in a toast what it did. */
export function giveIds(env: Env): string {
  let text: string;
  try {
    text = withDocumentLock(env, () => {
      const given: Given[] = [];
      try {
        for (const { def, one } of TABLES) given.push({ one, ...giveTableIds(env, def) });
      } catch (e) {
        return stoppedText(given, e);
      }
      return givenText(given);
    });
  } catch (e) {
    text = stoppedText([], e);
  }
  tellInToast(env, text, 'CRM: IDs');
  return text;
}

/** A failure stops the tables after it: the IDs given before it stay, logged, and are named. */
function stoppedText(given: readonly Given[], error: unknown): string {
  const reason = messageOf(error);
  const why = isSpreadsheetFull(reason) ? spreadsheetFull('the Audit Log had no room to note them') : reason;
  return given.some((g) => g.ids.length > 0)
    ? `${givenText(given)} No more IDs were given: ${why}`
    : `No IDs were given: ${why}`;
}

/** Call under the document lock. */
function giveTableIds(env: Env, def: TableDef): Omit<Given, 'one'> {
  const layout = locate(env.ss, def, ['id']);
  const { sheet } = layout;
  const height = sheet.getLastRow() - 1;
  const width = sheet.getLastColumn();
  if (height <= 0) return { ids: [], changed: 0, shared: [] };
  const idAt = columnOf(layout, 'id');
  const read = sheet.getSheetValues(2, 1, height, width);
  const typedIds = read.map((row) => String(row[idAt - 1] ?? '').trim());
  const shared = sharedIds(typedIds).map(({ id, rows }) => `${def.name} ${id} (rows ${listed(rows)})`);
  const waiting = rowsWaiting(read, idAt - 1);
  if (waiting.length === 0) return { ids: [], changed: 0, shared };
  // A person may type, sort or delete meanwhile (the lock holds off scripts, not people), and a
  // row without an ID can only be told by what it holds: each block is read again just before
  // its IDs are written, and only rows still holding what was read get one.
  const still: number[] = [];
  let changed = 0;
  for (const { start, length } of runsOf(waiting)) {
    const now =
      withinSheet(sheet, { row: start + length + 1 }, () =>
        sheet.getSheetValues(start + 2, 1, length, width),
      ) ?? [];
    for (let k = 0; k < length; k++) {
      const row = now[k];
      if (row && sameRow(row, read[start + k]!)) still.push(start + k);
      else if (row && waitsForId(row, idAt - 1)) changed++;
    }
  }
  const ids = nextIds(env, layout, still.length, highestId(def, typedIds));
  // The Audit Log rows first, as for a Status typed into Tickets (on-edit.ts): when they cannot be
  // added (the spreadsheet is full) no row gets an ID nobody logged.
  audit(
    env,
    ids.map((id, k) => ({
      action: 'give ID',
      table: def.name,
      recordId: id,
      changes: `${describeChange('id', '', id)} (row ${still[k]! + 2})`,
    })),
  );
  let next = 0;
  for (const { start, length } of runsOf(still)) {
    sheet.getRange(start + 2, idAt, length, 1).setValues(ids.slice(next, next + length).map((id) => [id]));
    next += length;
  }
  return { ids, changed, shared };
}

/**
 * IDs that more than one row holds (an old sheet's typo, two branches under one number): the jobs
 * and the sidebar take the first row as the record and pass the others by, so they are named.
 * Row numbers as the sheet shows them, at most five.
 */
function sharedIds(ids: readonly string[]): Array<{ id: string; rows: string[] }> {
  const rowsOf = new Map<string, number[]>();
  ids.forEach((id, i) => {
    if (id !== '') rowsOf.set(id, [...(rowsOf.get(id) ?? []), i + 2]);
  });
  return [...rowsOf]
    .filter(([, rows]) => rows.length > 1)
    .map(([id, rows]) => ({
      id,
      rows: rows.length > 5 ? [...rows.slice(0, 5).map(String), `${rows.length - 5} more`] : rows.map(String),
    }));
}

/** Offsets of the rows waiting for an ID. */
function rowsWaiting(rows: readonly unknown[][], idAt: number): number[] {
  return rows.flatMap((row, i) => (waitsForId(row, idAt) ? [i] : []));
}

/** Something typed in the row, and its ID blank. */
const waitsForId = (row: readonly unknown[], idAt: number): boolean =>
  isBlank(row[idAt]) && row.some((cell, c) => c !== idAt && !isBlank(cell));

const isBlank = (cell: unknown): boolean => String(cell ?? '').trim() === '';

const sameRow = (now: readonly unknown[], then: readonly unknown[]): boolean =>
  then.every((cell, c) => sameCell(now[c], cell));

/** "Gave IDs to 1,204 customers and 300 tickets." */
function givenText(given: readonly Given[]): string {
  const done = given.filter((g) => g.ids.length > 0).map((g) => counted(g.ids.length, g.one));
  const changed = given.reduce((n, g) => n + g.changed, 0);
  const left =
    changed === 0
      ? ''
      : `${changed === 1 ? '1 row changed while it was read and has' : `${counted(changed, 'row')} changed while they were read and have`} no ID yet: choose Give IDs to new rows again.`;
  const shared = given.flatMap((g) => g.shared);
  const twice =
    shared.length === 0
      ? ''
      : `A row that shares its ID with a row above is no record of its own: ${someOf(shared, 5, '; ')}. Give each its own ID.`;
  const gave =
    done.length === 0 ? (left ? '' : 'Every row already has an ID.') : `Gave IDs to ${listed(done)}.`;
  return [gave, left, twice].filter(Boolean).join(' ');
}

/** "a, b and c". */
const listed = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
