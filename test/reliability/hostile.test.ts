/**
 * Hostile and malformed input: every sidebar API function, called the way google.script.run calls
 * it (only JSON crosses; addon.serve applies the client's rules), is fed arbitrary JSON, huge
 * strings, wrong types, unknown IDs, Unicode and RTL text, markup and text starting with = + - @ '.
 * Each call must answer a Result, never throw; a refusal is structured ({ok:false, kind, message,
 * fields}) and changes nothing; a save writes one valid record whose cells read back exactly as
 * typed (trimmed, never run); no call writes a formula, touches a row it does not own, or mails
 * unescaped markup. Every call is counted as a hostile input for the suite's summary.
 */

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { alertKeys } from '../../src/domain/alert-keys';
import { customerSchema, customerUpdateSchema } from '../../src/domain/records/customer';
import { interactionSchema } from '../../src/domain/records/interaction';
import { surveyAnswersSchema, surveySchema } from '../../src/domain/records/survey';
import { ticketSchema, ticketUpdateSchema } from '../../src/domain/records/ticket';
import { winBackOutcomeSchema, winBackSchema } from '../../src/domain/records/win-back';
import { wallFromInstant } from '../../src/domain/zone';
import type { TableDef } from '../../src/sheets/columns';
import { ALERTS, CUSTOMERS, INTERACTIONS, SURVEYS, TICKETS, WIN_BACKS } from '../../src/sheets/tables';
import { count } from './counters';
import { changedRows, formulas, rowsFp } from './fingerprint';
import {
  day,
  dayTime,
  ENUMS,
  emailAddr,
  type Field,
  f,
  flag,
  hostileText,
  idOf,
  line,
  money,
  name,
  pct,
  phone,
  recordOf,
  requestId,
  requiredDayTime,
  requiredText,
  score,
  submitOf,
  text,
  unescapedMarkup,
  wrongType,
} from './hostile-inputs';
import { baseSnapshot, open, type Result, type Snapshot, type World, ZONE } from './world';

const SEED = 20261123;
const KINDS = ['invalid', 'busy', 'setup', 'not-found', 'error', 'partly'];

let base: Snapshot;
let w: World;
const ids = {} as Record<
  'customers' | 'tickets' | 'surveys' | 'unsent' | 'alerts' | 'winBacks' | 'audit',
  string[]
>;
let baseFormulas: string[];
/** The rows as they are now, while nothing changed them since the last check (saves a scan). */
let current: Map<string, string> | undefined;
let baseRows: Map<string, string>;
let dirty = true;

/** Back to the seeded workbook, unless the calls since the last reset were all refused or read. */
function fresh(): void {
  if (!dirty) return;
  w.reset(base);
  current = baseRows;
  dirty = false;
}

/** The shared workbook plus what only the API makes: win-backs and Audit Log rows. */
function seeded(): Snapshot {
  const world = open(baseSnapshot());
  const saved = (r: Result) => {
    if (!r.ok) throw new Error(`seeding failed: ${r.message}`);
  };
  saved(
    world.serve('sidebarStartWinBack', {
      requestId: 'seed-1',
      record: { customerId: 'C-0010', cause: 'Budget', measures: 'Offer a smaller plan' },
    }),
  );
  saved(
    world.serve('sidebarStartWinBack', {
      requestId: 'seed-2',
      record: {
        customerId: 'C-0012',
        cause: 'Other',
        measures: '=Call the CEO',
        owner: 'owner1@example.com',
      },
    }),
  );
  saved(world.serve('sidebarUpdateTicket', { requestId: 'seed-3', record: { id: 'T-00001', progress: 40 } }));
  // A person pasted from elsewhere over some text columns: they lost their plain-text format, so
  // only the add-on's own care keeps typed text from being read as a number, date or formula.
  world.person((ss) => {
    for (const [sheet, header, format] of REFORMATTED) {
      const target = ss.getSheetByName(sheet)!;
      const at = target.getRange(1, 1, 1, target.getLastColumn()).getValues()[0]!.indexOf(header) + 1;
      target.getRange(1, at, target.getMaxRows(), 1).setNumberFormat(format);
    }
  });
  // A month's low score whose customers can be told what changed: the month of an answer seeded.
  world.person((ss) => {
    const surveys = ss.getSheetByName('Surveys')!.getDataRange().getValues();
    const at = surveys[0]!.indexOf('Responded');
    const answered = surveys.find((r) => r[at] instanceof Date)![at] as Date;
    const alerts = ss.getSheetByName('Alerts')!;
    const headers = alerts.getRange(1, 1, 1, alerts.getLastColumn()).getValues()[0]!.map(String);
    const month = wallFromInstant(answered.getTime(), ZONE).slice(0, 7);
    const alert: Record<string, unknown> = {
      ID: IMPROVEMENT,
      Kind: 'Low Score',
      'Record ID': month,
      Status: 'Open',
      Key: `low-score:${month}:proactiveCare`,
    };
    alerts.appendRow(headers.map((h) => alert[h] ?? ''));
  });
  return world.snapshot();
}

const IMPROVEMENT = 'A-09000';
/** Interactions rows telling customers what changed, over all hostile runs: some must be told. */
let toldRows = 0;

/** Text columns a person reformatted: [sheet, header, number format]. */
const REFORMATTED = [
  ['Customers', 'Name', 'General'],
  ['Customers', 'Contact', '0.###'],
  ['Customers', 'Phone', ''],
  ['Customers', 'Email', 'General'],
  ['Customers', 'Notes', 'yyyy-mm-dd'],
  ['Interactions', 'Subject', 'General'],
  ['Interactions', 'Details', '#,##0'],
  ['Tickets', 'Subject', 'General'],
  ['Tickets', 'Solution', 'General'],
  ['Surveys', 'Comments', 'General'],
  ['Win-backs', 'Win-back Measures', 'General'],
] as const;

const idsIn = (sheet: string, keep: (r: Record<string, unknown>) => boolean = () => true) =>
  w
    .records(sheet)
    .filter(keep)
    .map((r) => String(r.ID));

beforeAll(() => {
  base = seeded();
  w = open(base);
  ids.customers = idsIn('Customers');
  ids.tickets = idsIn('Tickets');
  ids.surveys = idsIn('Surveys');
  ids.unsent = idsIn('Surveys', (r) => !(r.Sent instanceof Date));
  ids.alerts = idsIn('Alerts');
  ids.winBacks = idsIn('Win-backs');
  ids.audit = idsIn('Audit Log');
  baseFormulas = formulas(w);
  baseRows = rowsFp(w);
  expect(ids.unsent.length).toBeGreaterThan(0);
  expect(ids.winBacks.length).toBe(2);
  expect(ids.audit.length).toBeGreaterThan(0);
});

// ---- what each function may write ------------------------------------------------------------

type Schema = z.ZodMiniType<Record<string, unknown>>;

interface Write {
  readonly def: TableDef;
  readonly mode: 'create' | 'update';
  /** The record's own schema: what a save must store, key by key. */
  readonly schema?: Schema;
  /** Keys the server fills in when left empty. */
  readonly stamped?: readonly string[];
  /** Empty means "clear it" (a field left out stays as it is). */
  readonly replaces?: boolean;
  /** Another record the save may update, only in these columns (a touch's customer: its Last Contact). */
  readonly alsoUpdates?: { def: TableDef; keys: readonly string[]; of: (record: unknown) => string };
  /** A new Owner takes the record's open alerts along (a ticket reassigned). */
  readonly handsOver?: boolean;
  /** Which alert keys a save of record `id` may mark Done (alert-keys.ts): what they asked is done. */
  readonly settles?: (id: string) => (key: string) => boolean;
}

const WRITES: Record<string, Write | 'merge' | 'tell' | 'read'> = {
  sidebarBootstrap: 'read',
  sidebarFindDuplicates: 'read',
  sidebarGetRecord: 'read',
  sidebarCustomerActivity: 'read',
  sidebarCreateCustomer: { def: CUSTOMERS, mode: 'create', schema: customerSchema as never },
  sidebarUpdateCustomer: {
    def: CUSTOMERS,
    mode: 'update',
    schema: customerUpdateSchema as never,
    replaces: true,
  },
  sidebarLogInteraction: {
    def: INTERACTIONS,
    mode: 'create',
    schema: interactionSchema as never,
    alsoUpdates: {
      def: CUSTOMERS,
      keys: ['lastContact'],
      of: (record) => String((record as { customerId?: unknown } | undefined)?.customerId),
    },
    // A touch settles its customer's missed follow-ups.
    settles: (id) => {
      const prefix = alertKeys.followUp(String(rowOf(INTERACTIONS, id)?.customerId), '');
      return (key) => key.startsWith(prefix);
    },
  },
  sidebarCreateTicket: {
    def: TICKETS,
    mode: 'create',
    schema: ticketSchema as never,
    stamped: ['submitted', 'department'],
  },
  sidebarUpdateTicket: {
    def: TICKETS,
    mode: 'update',
    schema: ticketUpdateSchema as never,
    settles: (id) => keyIs(alertKeys.noSolution(id)),
    handsOver: true,
  },
  sidebarScheduleSurvey: { def: SURVEYS, mode: 'create', schema: surveySchema as never, stamped: ['due'] },
  sidebarRecordSurvey: {
    def: SURVEYS,
    mode: 'update',
    schema: surveyAnswersSchema as never,
    stamped: ['responded'],
    settles: (id) => keyIs(alertKeys.surveyReminder(id)),
  },
  sidebarMarkSurveySent: { def: SURVEYS, mode: 'update' },
  sidebarStartWinBack: { def: WIN_BACKS, mode: 'create', schema: winBackSchema as never, stamped: ['owner'] },
  sidebarRecordWinBackOutcome: {
    def: WIN_BACKS,
    mode: 'update',
    schema: winBackOutcomeSchema as never,
    settles: (id) => keyIs(alertKeys.winBackCheck(id)),
  },
  sidebarMergeCustomers: 'merge',
  sidebarMarkAlertDone: { def: ALERTS, mode: 'update' },
  sidebarTellWhatChanged: 'tell',
};

// ---- the checks every call must pass ---------------------------------------------------------

/** A cell as the sidebar reads it back: dates as wall-clock text in the spreadsheet's zone. */
function shown(def: TableDef, key: string, value: unknown): unknown {
  if (!(value instanceof Date)) return value;
  const wall = wallFromInstant(value.getTime(), ZONE);
  return def.columns.find((c) => c.key === key)?.type === 'date' ? wall.slice(0, 10) : wall;
}

function rowOf(def: TableDef, id: string): Record<string, unknown> | undefined {
  const row = w.records(def.name).find((r) => String(r.ID) === id);
  if (!row) return undefined;
  return Object.fromEntries(def.columns.map((c) => [c.key, shown(def, c.key, row[c.header])]));
}

const rowKey = (def: TableDef, id: string) => `${def.name}|${id}`;

function wellFormed(fn: string, result: unknown): string[] {
  const r = result as Record<string, unknown> | null;
  if (r === null || typeof r !== 'object') return [`${fn} answered ${JSON.stringify(result)}`];
  if (r.ok === true) return 'value' in r ? [] : [`${fn}: ok without a value`];
  const problems: string[] = [];
  if (r.ok !== false) problems.push(`${fn}: ok is ${JSON.stringify(r.ok)}`);
  if (!KINDS.includes(String(r.kind))) problems.push(`${fn}: kind ${JSON.stringify(r.kind)}`);
  if (typeof r.message !== 'string' || r.message === '') problems.push(`${fn}: no message`);
  if (r.kind === 'invalid') {
    const fields = r.fields as Record<string, unknown> | undefined;
    if (!fields || typeof fields !== 'object' || Object.keys(fields).length === 0)
      problems.push(`${fn}: invalid without fields`);
    else if (Object.values(fields).some((m) => typeof m !== 'string' || m === ''))
      problems.push(`${fn}: a field message is not text: ${JSON.stringify(fields)}`);
  }
  // A refusal for a hostile input is the caller's fault: "something went wrong" hides a bug.
  if (r.kind === 'error') problems.push(`${fn}: unexpected error: ${String(r.message)}`);
  return problems;
}

const only = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v)?.slice(0, 120));

/**
 * Calls `fn` as google.script.run would and checks everything above; returns the problems found
 * (empty when the call behaved).
 */
function probe(fn: string, raw: readonly unknown[]): { result: Result | undefined; problems: string[] } {
  // Only JSON crosses google.script.run (contract.ts): undefined keys vanish, -0 becomes 0.
  const args = JSON.parse(JSON.stringify(raw)) as unknown[];
  count('hostile');
  const before = current ?? rowsFp(w);
  // Whatever happens next, the next call starts from a fresh workbook unless this one is a
  // verified no-op (refused or read, nothing changed).
  current = undefined;
  dirty = true;
  const mailBefore = w.emu.mail.length;
  const customersBefore = fn === 'sidebarMergeCustomers' ? linkedRows() : undefined;
  const also = alsoUpdated(fn, args);
  let result: Result;
  try {
    result = w.serve(fn, ...args);
  } catch (e) {
    return { result: undefined, problems: [`${fn} threw: ${e instanceof Error ? e.stack : String(e)}`] };
  }
  const problems = wellFormed(fn, result);
  const found = formulas(w).filter((f) => !baseFormulas.includes(f));
  if (found.length > 0) problems.push(`${fn} wrote formulas: ${found.slice(0, 3).join(' | ')}`);
  for (const mail of w.emu.mail.slice(mailBefore)) {
    const raw = unescapedMarkup(mail.htmlBody ?? '');
    if (raw !== undefined) problems.push(`${fn} mailed unescaped markup: …${raw}…`);
  }
  const after = rowsFp(w);
  const added = [...after.keys()].filter((k) => !before.has(k));
  const write = WRITES[fn]!;

  if (!result?.ok || write === 'read' || (result.value as { repeated?: boolean }).repeated) {
    const changed = changedRows(before, after);
    if (changed.length > 0 || added.length > 0)
      problems.push(
        `${fn} answered ${JSON.stringify(result).slice(0, 200)} but changed ${[...changed, ...added].slice(0, 5).join(', ')}`,
      );
    else if (w.emu.mail.length === mailBefore && problems.length === 0) {
      current = after;
      dirty = false;
    }
    return { result, problems };
  }
  const value = result.value as { id: string; repeated: boolean };
  if (write === 'merge') {
    const [keep, merge] = [value.id, (args[0] as { record: { mergeId: string } }).record.mergeId];
    const moved = new Set(customersBefore!.filter((r) => r.customerId === merge).map((r) => r.key));
    const changed = changedRows(before, after, (k) => k === rowKey(CUSTOMERS, merge) || moved.has(k));
    if (changed.length > 0)
      problems.push(`merge ${merge} into ${keep} changed ${changed.slice(0, 5).join(', ')}`);
    const stray = added.filter((k) => !k.startsWith('Audit Log|'));
    if (stray.length > 0) problems.push(`merge added rows: ${stray.join(', ')}`);
    return { result, problems };
  }
  if (write === 'tell') return { result, problems: told(args[0], added, changedRows(before, after)) };
  const own = rowKey(write.def, value.id);
  const settled = new Set([...settledAlerts(write, value.id), ...handedAlerts(write, value.id, args[0])]);
  const changed = changedRows(
    before,
    after,
    (k) => (write.mode === 'update' && k === own) || settled.has(k) || k === also?.key,
  );
  problems.push(...(also?.problems() ?? []));
  if (changed.length > 0)
    problems.push(`${fn} (${value.id}) changed other rows: ${changed.slice(0, 5).join(', ')}`);
  const expectedNew = write.mode === 'create' ? [own] : [];
  const newRecords = added.filter((k) => !k.startsWith('Audit Log|'));
  if (JSON.stringify(newRecords) !== JSON.stringify(expectedNew))
    problems.push(`${fn} added ${JSON.stringify(newRecords)}, expected ${JSON.stringify(expectedNew)}`);
  if (write.mode === 'create' && !added.some((k) => k.startsWith('Audit Log|')))
    problems.push(`${fn} (${value.id}) left no trace in the Audit Log`);
  problems.push(...storedAsTyped(fn, write, value.id, args[0]));
  return { result, problems };
}

const keyIs = (key: string) => (k: string) => k === key;

/** The other record a call may update (Write.alsoUpdates), and a check that only its columns moved. */
function alsoUpdated(fn: string, args: readonly unknown[]) {
  const write = WRITES[fn];
  if (typeof write !== 'object' || !write.alsoUpdates) return undefined;
  const { def, keys, of } = write.alsoUpdates;
  const id = of((args[0] as { record?: unknown } | undefined)?.record);
  const before = rowOf(def, id);
  const problems = () => {
    const after = rowOf(def, id);
    if (!before || !after) return [];
    const moved = Object.keys(before).filter((k) => !keys.includes(k) && before[k] !== after[k]);
    return moved.length > 0 ? [`${fn} changed ${def.name} ${id}: ${moved.join(', ')}`] : [];
  };
  return { key: rowKey(def, id), problems };
}

/** The alerts a save may have marked Done, keyed as rowsFp keys them: Done now, under its key. */
function settledAlerts(write: Write, id: string): Set<string> {
  const settles = write.settles?.(id) ?? (() => false);
  const done = w.records(ALERTS.name).filter((a) => settles(String(a.Key)) && a.Status === 'Done');
  return new Set(done.map((a) => rowKey(ALERTS, String(a.ID))));
}

/** The record's alerts a new Owner took along, keyed as rowsFp keys them: theirs now. */
function handedAlerts(write: Write, id: string, submit: unknown): string[] {
  const owner = (submit as { record?: { owner?: unknown } } | undefined)?.record?.owner;
  if (!write.handsOver || typeof owner !== 'string' || owner === '') return [];
  return w
    .records(ALERTS.name)
    .filter((a) => String(a['Record ID']) === id && a.Owner === owner.trim())
    .map((a) => rowKey(ALERTS, String(a.ID)));
}

/**
 * Telling customers what changed adds Interactions rows (and their Audit Log rows) and nothing
 * else; each holds the changes as typed.
 */
function told(submit: unknown, added: readonly string[], changed: readonly string[]): string[] {
  toldRows += added.filter((k) => k.startsWith('Interactions|')).length;
  const problems = changed.map((k) => `tell changed ${k}`);
  const stray = added.filter((k) => !k.startsWith('Audit Log|') && !k.startsWith('Interactions|'));
  if (stray.length > 0) problems.push(`tell added ${stray.join(', ')}`);
  const changes = String((submit as { record: { changes: string } }).record.changes).trim();
  for (const key of added.filter((k) => k.startsWith('Interactions|'))) {
    const row = rowOf(INTERACTIONS, key.slice('Interactions|'.length))!;
    if (row.details !== changes) problems.push(`tell stored ${only(row.details)} for ${only(changes)}`);
  }
  return problems;
}

/** Rows that point at a customer (what a merge may move: open alerts too), keyed as rowsFp keys them. */
function linkedRows(): Array<{ key: string; customerId: string }> {
  return [TICKETS, INTERACTIONS, SURVEYS, WIN_BACKS, ALERTS].flatMap((def) =>
    w
      .records(def.name)
      .filter((r) => def !== ALERTS || r.Status === 'Open')
      .map((r) => ({ key: rowKey(def, String(r.ID)), customerId: String(r['Customer ID']) })),
  );
}

/** A saved record's cells equal what the schema made of the typed values: text trimmed, never run. */
function storedAsTyped(fn: string, write: Write, id: string, submit: unknown): string[] {
  const row = rowOf(write.def, id);
  if (!row) return [`${fn}: ${id} is not in ${write.def.name}`];
  if (!write.schema) return [];
  const parsed = write.schema.safeParse((submit as { record?: unknown })?.record);
  if (!parsed.success) return [`${fn} saved ${id} from a record its schema rejects`];
  const problems: string[] = [];
  for (const [key, want] of Object.entries(parsed.data)) {
    if (want === undefined || key === 'id') continue;
    if (want === '' && (write.stamped?.includes(key) || (write.mode === 'update' && !write.replaces)))
      continue;
    if (!(key in row)) continue;
    const got = row[key];
    if (got !== want)
      problems.push(`${fn} ${id} "${key}": typed ${only(want)}, stored ${only(got)} (${typeof got})`);
  }
  return problems;
}

// ---- the inputs ------------------------------------------------------------------------------

const customerFields = () => ({
  name,
  industry: line,
  size: ENUMS.size,
  mainBusiness: line,
  contact: name,
  title: line,
  phone,
  email: emailAddr,
  needs: text(),
  needKeywords: line,
  needType: ENUMS.needType,
  priority: ENUMS.priority,
  source: ENUMS.source,
  firstContact: day,
  expectedStart: day,
  status: ENUMS.customerStatus,
  tier: ENUMS.tier,
  owner: emailAddr,
  contractValue: money,
  contractStart: day,
  renewalDate: day,
  renewalIntent: ENUMS.renewalIntent,
  notes: text(),
});

const anyJson: fc.Arbitrary<unknown[]> = fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 3 });

/** A plain argument: mostly a field's accepted values, sometimes its refused ones. */
const arg = (field: Field) => fc.oneof({ weight: 4, arbitrary: field.ok }, field.bad, hostileText, wrongType);

function inputs(fn: string): fc.Arbitrary<unknown[]> {
  const customer = idOf('C', ids.customers);
  switch (fn) {
    case 'sidebarBootstrap':
      return fc.oneof(fc.constant<unknown[]>([]), anyJson);
    case 'sidebarFindDuplicates':
      return fc.oneof(
        { weight: 4, arbitrary: recordOf({ name, email: emailAddr }).map((r) => [r]) },
        { weight: 1, arbitrary: anyJson },
      );
    case 'sidebarGetRecord':
      return fc.oneof(
        {
          weight: 4,
          arbitrary: fc
            .constantFrom(
              ['Customers', ids.customers],
              ['Tickets', ids.tickets],
              ['Surveys', ids.surveys],
              ['Audit Log', ids.audit],
              ['Alerts', ids.alerts],
              ['Win-backs', ids.winBacks],
            )
            .chain(([table, list]) => {
              const known = list as string[];
              return fc.tuple(
                arg(f(fc.constant(table), fc.constantFrom('customers', 'Settings', '', 'Customers '))),
                arg(idOf(known[0]!.slice(0, 1), known)),
              );
            }),
        },
        { weight: 1, arbitrary: anyJson },
      );
    case 'sidebarCustomerActivity':
      return fc.oneof(
        { weight: 4, arbitrary: arg(customer).map((id) => [id]) },
        { weight: 1, arbitrary: anyJson },
      );
    case 'sidebarCreateCustomer':
      return submitOf(recordOf(customerFields()));
    case 'sidebarUpdateCustomer':
      return submitOf(recordOf({ id: customer, ...customerFields() }));
    case 'sidebarLogInteraction':
      return submitOf(
        recordOf({
          customerId: customer,
          when: requiredDayTime,
          channel: ENUMS.channelRequired,
          kind: ENUMS.interactionKind,
          subject: name,
          details: requiredText(5000),
          participants: line,
          feedback: text(),
          nextAction: line,
          nextActionDue: day,
        }),
      );
    case 'sidebarCreateTicket':
      return submitOf(
        recordOf({
          customerId: customer,
          subject: name,
          description: text(),
          type: ENUMS.ticketType,
          level: ENUMS.ticketLevel,
          channel: ENUMS.channel,
          submitted: dayTime,
          expectedBy: dayTime,
          department: ENUMS.department,
          owner: emailAddr,
        }),
      );
    case 'sidebarUpdateTicket':
      return submitOf(
        recordOf({
          id: idOf('T', ids.tickets),
          status: ENUMS.ticketStatus,
          progress: pct,
          owner: emailAddr,
          level: ENUMS.ticketLevel,
          expectedBy: dayTime,
          solution: text(),
          feedback: ENUMS.feedback,
          rating: ENUMS.rating,
          suggestion: line,
        }),
      );
    case 'sidebarScheduleSurvey': {
      // Most surveys name no ticket; one drawn apart from the customer is mostly another's: refused.
      const ticket = idOf('T', ids.tickets);
      return submitOf(
        recordOf({
          customerId: customer,
          reason: ENUMS.surveyReason,
          ticketId: f(fc.oneof({ weight: 3, arbitrary: fc.constant('') }, ticket.ok), ticket.bad),
          due: day,
        }),
      );
    }
    case 'sidebarRecordSurvey':
      return submitOf(
        recordOf({
          id: idOf('S', ids.surveys),
          responded: dayTime,
          responseSpeed: score,
          resolution: score,
          professionalism: score,
          productFit: score,
          proactiveCare: score,
          recommend: score,
          comments: text(),
        }),
      );
    case 'sidebarMarkSurveySent':
      return submitOf(recordOf({ id: idOf('S', ids.unsent), sendEmail: flag }));
    case 'sidebarStartWinBack':
      return submitOf(
        recordOf({
          customerId: customer,
          cause: ENUMS.cause,
          measures: requiredText(2000),
          owner: emailAddr,
        }),
      );
    case 'sidebarRecordWinBackOutcome':
      return submitOf(
        recordOf({
          id: idOf('W', ids.winBacks),
          outcome: ENUMS.outcome,
          measures: { ...requiredText(2000), ok: fc.option(requiredText(2000).ok, { nil: undefined }) },
        }),
      );
    case 'sidebarMergeCustomers':
      return submitOf(recordOf({ keepId: customer, mergeId: customer }));
    case 'sidebarMarkAlertDone':
      return submitOf(recordOf({ id: idOf('A', ids.alerts) }));
    case 'sidebarTellWhatChanged': {
      const alert = idOf('A', ids.alerts);
      return submitOf(
        recordOf({
          alertId: f(fc.oneof({ weight: 3, arbitrary: fc.constant(IMPROVEMENT) }, alert.ok), alert.bad),
          changes: requiredText(3000),
          send: flag,
        }),
      );
    }
    default:
      throw new Error(`no inputs for ${fn}`);
  }
}

/** Runs per function: the writing calls get more, the read-only ones fewer. */
const RUNS: Record<string, number> = {
  sidebarBootstrap: 40,
  sidebarFindDuplicates: 100,
  sidebarGetRecord: 150,
  sidebarCustomerActivity: 60,
  sidebarCreateCustomer: 200,
  sidebarUpdateCustomer: 180,
  sidebarLogInteraction: 180,
  sidebarCreateTicket: 180,
  sidebarUpdateTicket: 180,
  sidebarScheduleSurvey: 120,
  sidebarRecordSurvey: 150,
  sidebarMarkSurveySent: 100,
  sidebarStartWinBack: 120,
  sidebarRecordWinBackOutcome: 100,
  sidebarMergeCustomers: 100,
  sidebarMarkAlertDone: 100,
  sidebarTellWhatChanged: 100,
};

describe('every sidebar function, fed hostile input through google.script.run', () => {
  it.each(Object.keys(WRITES))('%s answers a Result, stores text as typed and touches nothing else', (fn) => {
    const tally = { saved: 0, refused: new Map<string, number>() };
    fc.assert(
      fc.property(inputs(fn), fc.boolean(), (args, twice) => {
        fresh();
        const first = probe(fn, args);
        expect(first.problems).toEqual([]);
        if (first.result?.ok) tally.saved++;
        else if (first.result) {
          const kind = first.result.kind;
          tally.refused.set(kind, (tally.refused.get(kind) ?? 0) + 1);
        }
        if (!twice) return;
        // The same submit again: a double click, or a retry after the answer was lost.
        const second = probe(fn, args);
        expect(second.problems).toEqual([]);
        const saved = first.result?.ok
          ? (first.result.value as { id?: string; repeated?: boolean })
          : undefined;
        const submit = args[0] as { requestId?: unknown } | undefined;
        const rid = typeof submit === 'object' && submit !== null ? submit.requestId : undefined;
        // Only text (or a number) names a request; the sidebar sends a UUID.
        const named = (typeof rid === 'string' && rid !== '') || typeof rid === 'number';
        if (saved && WRITES[fn] !== 'read' && (WRITES[fn] as Write).mode === 'create' && named) {
          expect(second.result, 'a retried create must return the first record').toEqual({
            ok: true,
            value: { id: saved.id, repeated: true },
          });
        }
      }),
      { seed: SEED, numRuns: RUNS[fn], endOnFailure: true },
    );
    // The generators must reach both outcomes, or the property proves little.
    if (WRITES[fn] !== 'read') {
      expect(tally.saved, `${fn}: no input was saved`).toBeGreaterThan(RUNS[fn]! / 10);
      expect(tally.refused.get('invalid') ?? 0, `${fn}: no input was refused`).toBeGreaterThan(
        RUNS[fn]! / 10,
      );
    }
    if (WRITES[fn] === 'tell') expect(toldRows, 'no customer was told').toBeGreaterThan(0);
  });

  it('a request ID is never another form’s: a ticket submit that reuses a customer’s request ID saves a ticket', () => {
    dirty = true;
    fresh();
    const customer = probe('sidebarCreateCustomer', [
      { requestId: 'shared', record: { name: 'A', contact: 'B' } },
    ]);
    expect(customer.problems).toEqual([]);
    const ticket = probe('sidebarCreateTicket', [
      { requestId: 'shared', record: { customerId: 'C-0001', subject: 'S', type: 'Inquiry' } },
    ]);
    expect(ticket.problems).toEqual([]);
    expect(ticket.result).toMatchObject({ ok: true, value: { id: expect.stringMatching(/^T-/) } });
  });

  it('any function called with any JSON at all answers a Result', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(WRITES)),
        fc.array(fc.oneof(fc.jsonValue({ maxDepth: 4 }), hostileText, wrongType, requestId), {
          maxLength: 4,
        }),
        (fn, args) => {
          fresh();
          expect(probe(fn, args).problems).toEqual([]);
        },
      ),
      { seed: SEED + 1, numRuns: 300 },
    );
  });
});
