/**
 * Interleavings: a sidebar merge (C-0002 into C-0001: 3 tickets, 3 interactions, 1 survey) while
 * a person sorts, inserts, deletes or re-points rows, before each of its service calls. Whatever
 * the merge answers, no record is lost, no other customer's record changes, each record it moved
 * is in the Audit Log once, and a merge that answers ok left nothing on the duplicate.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { count } from './counters';
import { amid, calmly, servedCalls, told, twoPeople, world } from './interleave';
import { deleteRecord, editCell, insertAbove, newTicket, sortBy, type UserAction } from './user';
import { baseSnapshot, type Result, type Snapshot, type World, writeRecords } from './world';

const KEEP = 'C-0001';
const DUPE = 'C-0002';
const LINKED = ['Tickets', 'Interactions', 'Surveys'] as const;
const submit = { requestId: 'merge-race', record: { keepId: KEEP, mergeId: DUPE } };

type Rows = Map<string, Record<string, unknown>>;
const rowsOf = (w: World, sheet: string): Rows => new Map(w.records(sheet).map((r) => [String(r.ID), r]));

let base: Snapshot;
let calls: number;
let linkedBefore: Set<string>;

beforeAll(() => {
  base = baseSnapshot();
  const w = world(base);
  linkedBefore = new Set(
    LINKED.flatMap((t) =>
      w
        .records(t)
        .filter((r) => r['Customer ID'] === DUPE)
        .map((r) => `${t} ${r.ID}`),
    ),
  );
  calls = servedCalls(w, 'sidebarMergeCustomers', submit);
});

/**
 * A person inserts a row right above ticket `id` (for the duplicate's ID: above its first ticket
 * still on it, else above the first row) and types a new ticket into it.
 */
const typeAbove = (id: string, typed: string): UserAction => ({
  name: `inserts a row above ${id === DUPE ? `the first ticket of ${DUPE}` : id} in Tickets and types ${typed} into it`,
  run: (w) =>
    w.person((ss) => {
      const sheet = ss.getSheetByName('Tickets')!;
      const grid = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getValues();
      const column = id === DUPE ? grid[0]!.indexOf('Customer ID') : grid[0]!.indexOf('ID');
      const row = Math.max(2, grid.findIndex((cells) => cells[column] === id) + 1);
      sheet.insertRowsBefore(row, 1);
      writeRecords(sheet, [newTicket(typed, 'C-0004', 10)], row);
      return undefined;
    }),
});

const ACTIONS: UserAction[] = [
  typeAbove('T-00002', 'T-99902'),
  typeAbove(DUPE, 'T-99903'),
  sortBy('Tickets', 'Subject'),
  sortBy('Interactions', 'Subject'),
  sortBy('Customers', 'Name', true),
  insertAbove('Tickets', [newTicket('T-99901', 'C-0003', 30)]),
  deleteRecord('Tickets', 'T-00014'),
  editCell('Tickets', 'T-00003', 'Customer ID', DUPE),
];

/**
 * Named for a person to check: "T-1 was typed in while it ran and may now show … by mistake",
 * "T-1, T-2 got C-0001 by mistake as rows moved, and were set back …".
 */
const namedToCheck = (message: string, id: string) => new RegExp(`\\b${id}\\b[^.]*by mistake`).test(message);

type Tables = Record<(typeof LINKED)[number], Rows>;
const tablesOf = (w: World) => Object.fromEntries(LINKED.map((t) => [t, rowsOf(w, t)])) as Tables;

/** What went wrong in `w` after a merge that answered `answer`, against the action done alone. */
function problems(w: World, alone: Tables, answer: Result): string[] {
  const out: string[] = [];
  const moved = new Set<string>();
  const present = new Set<string>();
  for (const table of LINKED) {
    const [now, intended] = [rowsOf(w, table), alone[table]];
    for (const id of now.keys()) present.add(`${table} ${id}`);
    if ([...now.keys()].sort().join() !== [...intended.keys()].sort().join())
      out.push(`${table}: records differ from the person's (lost or doubled)`);
    for (const [id, want] of intended) {
      const got = now.get(id);
      if (!got) continue;
      const { 'Customer ID': gotCustomer, ...gotRest } = got;
      const { 'Customer ID': wantCustomer, ...wantRest } = want;
      if (JSON.stringify(gotRest) !== JSON.stringify(wantRest))
        out.push(`${table} ${id}: another cell changed`);
      if (gotCustomer === wantCustomer) continue;
      if (wantCustomer === DUPE && gotCustomer === KEEP) moved.add(`${table} ${id}`);
      // A record typed in while the merge ran may get the kept ID, and one a person changed while
      // rows moved under the merge's write may be set back as the merge read it: the answer must
      // name it.
      else if (!answer.ok && namedToCheck(answer.message, id)) continue;
      else out.push(`${table} ${id}: Customer ID ${String(wantCustomer)} became ${String(gotCustomer)}`);
    }
  }
  const logged = w
    .records('Audit Log')
    .filter((r) => r.Action === 'merge' && r.Table !== 'Customers')
    .map((r) => `${r.Table} ${r['Record ID']}`)
    // A record moved, logged, then deleted by the person is gone from the sheet, not from the log.
    .filter((key) => present.has(key));
  if (logged.sort().join() !== [...moved].sort().join())
    out.push(
      `Audit Log has ${logged.join(', ') || 'no merge rows'}; moved were ${[...moved].join(', ') || 'none'}`,
    );
  const mergedInto = rowsOf(w, 'Customers').get(DUPE)?.['Merged Into'];
  const merged = answer.ok || answer.message.startsWith(`The merge of ${DUPE} into ${KEEP} was saved`);
  if (mergedInto !== (merged ? KEEP : '')) out.push(`${DUPE} Merged Into is "${String(mergedInto)}"`);
  if (merged) {
    const left = [...linkedBefore].filter((key) => !moved.has(key) && key !== 'Tickets T-00014');
    if (left.length > 0) out.push(`answered ok, yet ${left.join(', ')} still on ${DUPE}`);
  }
  return out;
}

/** Draws of two actions in `npm test` (some 15 ms each); 3,000 passed once by hand. */
const DRAWS = 300;

describe('a sidebar merge while a person works in the sheet', () => {
  it.each(ACTIONS.map((a) => [a.name, a] as const))('a person %s', (_, action) => {
    const calm = world(base);
    action.run(calm);
    const alone = tablesOf(calm);
    const found: string[] = [];
    for (let n = 1; n <= calls; n++) {
      const w = world(base);
      let seen = 0;
      w.emu.rt.hook = () => {
        if (++seen === n) action.run(w);
      };
      const answer = w.serve('sidebarMergeCustomers', submit);
      w.emu.rt.hook = undefined;
      count('interleavings');
      const why = answer.ok ? 'ok' : answer.message;
      found.push(...problems(w, alone, answer).map((p) => `before call ${n} (${why}): ${p}`));
    }
    expect(found.slice(0, 10)).toEqual([]);
  });

  it(`two people at once: any two different actions, each before any call, ${DRAWS} draws`, () => {
    fc.assert(
      fc.property(twoPeople(ACTIONS, calls), (people) => {
        // world() hands back one shared world, reset: what the actions alone leave is taken first.
        const alone = tablesOf(calmly(world(base), people));
        const w = world(base);
        const answer = amid(w, people, () => w.serve('sidebarMergeCustomers', submit));
        expect(problems(w, alone, answer), told(people)).toEqual([]);
      }),
      { seed: 20261123, numRuns: DRAWS, endOnFailure: true },
    );
  });
});
