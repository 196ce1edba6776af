/**
 * The hourly job: every ticket's due times, SLA status and breaches, one alert per new breach
 * (to the owner, escalated to the department's supervisor), the escalation of a missed at-risk
 * analysis (at-risk-daily.ts), and the digest emails. A row whose data is broken says so in its
 * SLA Status and raises one alert naming it; the others go on.
 * Near Apps Script's time limit the job writes the rows it finished and the next run carries on.
 */
import { ALERT_LOOKBACK_MS } from '../domain/history';
import { departmentOf, leadOf } from '../domain/routing';
import { calendarOf } from '../domain/settings-calendar';
import { type SlaContext, type TicketSla, ticketSla } from '../domain/sla';
import { dueNote } from '../domain/sla-note';
import { checkRowStatus } from '../domain/sla-ticket';
import { counted } from '../domain/some-of';
import { isDoneStatus } from '../domain/ticket-lifecycle';
import { SLA_TARGETS, type SlaTarget } from '../domain/values';
import { HOUR_MS } from '../domain/zone';
import { type AlertsTable, type NewAlert, raiseAlerts, raisedKeys, readAlerts } from '../sheets/alerts';
import { goneIds, resolvedAtOf, slaRowOf, textOf } from '../sheets/cell-values';
import type { Env } from '../sheets/env';
import { fillIn } from '../sheets/fill-in';
import { tiersNow } from '../sheets/merged-into';
import { type Cell, type Row, readTable, type Snapshot, sameCell } from '../sheets/table';
import { CUSTOMERS, TICKET_STAMPS, TICKETS } from '../sheets/tables';
import { writeComputed } from '../sheets/write-computed';
import { mayBeDue, missedAnalyses } from './at-risk-daily';
import { sendDigests } from './notify';
import { lastOutcomes, type Outcome } from './outcome';
import { type JobContext, runJob } from './run';

type TicketKey = (typeof TICKETS)['columns'][number]['key'];
type Changes = Partial<Record<TicketKey, Cell>>;

const CURSOR = 'crm.hourlyCursor';
/** Rows between checks of the time budget. */
const CHUNK = 500;
const DUE_KEYS = { ack: 'ackDue', plan: 'planDue', update: 'updateDue', resolve: 'resolveDue' } as const;

/**
 * `mail: false` leaves the digests to the daily work that follows in the same trigger run, so a
 * person gets one email per run (runScheduled).
 */
export function runHourly(shared: Env, { mail: mailNow = true } = {}): Outcome {
  return runJob(shared, 'hourly', (ctx) => {
    const { env } = ctx;
    const calendar = calendarOf(ctx.settings, ctx.timeZone);
    const customers = readTable(env.ss, CUSTOMERS, { keys: ['tier', 'mergedInto'] });
    const tickets = readTable(env.ss, TICKETS, {
      keys: [
        'customerId',
        'level',
        'status',
        'submitted',
        ...TICKET_STAMPS,
        'ackDue',
        'planDue',
        'updateDue',
        'resolveDue',
        'slaStatus',
        'breaches',
        'escalated',
      ],
    });
    const tiers = tiersNow(customers.rows);
    const props = env.documentProperties();
    const settled = settledCheck(ctx, props);
    const lastRun = lastRunOf(ctx);
    const order = rotate(tickets.rows, props.getProperty(CURSOR));
    const values = new Map<string, Changes>();
    const notes = new Map<string, Partial<Record<TicketKey, string>>>();
    const flagged: Flagged[] = [];
    let done = 0;
    for (; done < order.length; done++) {
      if (done % CHUNK === 0 && done > 0 && !ctx.hasTime()) break;
      const row = order[done]!;
      if (settled(row)) continue;
      const tier = tiers.get(textOf(row.customerId));
      // Without its customer the ticket's clock (7x24 for a VIP) is unknown: bad data, not Regular.
      const result =
        tier === undefined
          ? badRow([customerProblem(textOf(row.customerId))])
          : computeTicket(ctx, row, {
              calendar,
              tier,
              policy: ctx.settings.sla,
              now: ctx.now.getTime(),
            });
      values.set(textOf(row.id), result.values);
      notes.set(textOf(row.id), notesToWrite(row, result, { all: !settled.known, lastRun }));
      const keys = alertKeys(row, result);
      if (keys.length > 0) flagged.push({ row, computed: result, tier, keys });
    }
    const finished = done === order.length;
    if (finished) {
      props.deleteProperty(CURSOR);
      settled.remember();
    } else props.setProperty(CURSOR, textOf(order[done]!.id));
    // Alerts first: a breach is "new" until its ticket row records it, so if the run dies between
    // the two writes the next run raises it again and the alert key keeps it to one row.
    const alertsTable = readAlerts(env);
    const raised = raiseAlerts(
      env,
      alertsTable,
      [
        ...ticketAlerts(ctx, tickets, flagged, alertsTable),
        // Within the hour after its due time, not at the next daily run, a day late.
        ...missedAnalyses(
          ctx,
          alertsTable,
          // Status only for the few customers warned about: the hourly read leaves it out.
          (ids) =>
            goneIds(
              fillIn(
                customers,
                customers.rows.filter((c) => ids.has(textOf(c.id))),
                ['status'],
              ),
            ),
          mayBeDue(ctx),
        ),
      ],
      ctx.now,
    );
    // A sort that raced the write may have paired a gap row's note with the wrong ticket: the next
    // run rewrites every note.
    if (writeComputed(tickets, { values, notes }).repaired) props.deleteProperty(FINGERPRINT);
    const mail = mailNow ? sendDigests(ctx, calendar, alertsTable) : null;
    const detail = [
      `${counted(done, 'ticket')} checked`,
      finished
        ? ''
        : `stopped early to stay within the time limit; the next run carries on from ${textOf(order[done]!.id)}`,
      `${counted(raised.length, 'alert')} raised`,
      mail ? `${counted(mail.sent, 'email')} sent` : 'emails go with the daily work',
      mail?.warning,
    ].filter(Boolean);
    return { rows: done, detail: detail.join('; ') };
  });
}

const FINGERPRINT = 'crm.slaFingerprint';

const SETTLED_STATUSES: readonly string[] = ['Met', 'Breached'];

/**
 * Which rows this run may leave as they are: a Resolved or Closed ticket whose SLA columns were
 * already worked out (Met or Breached, its due times filled, no progress update due). Its columns
 * depend on its stamps, its customer's tier, the SLA settings and the calendar, never on the clock,
 * so they cannot change until one of those does. A change of SLA settings or calendar (kept as a
 * fingerprint in the document properties) makes the next run recompute every ticket; a stamp or a
 * tier a person corrects on a closed ticket is picked up within a day, because each run also
 * recomputes the closed tickets of one of 24 fixed slices (by ID), in turn by the hour.
 */
function settledCheck(ctx: JobContext, props: GoogleAppsScript.Properties.Properties) {
  const fingerprint = JSON.stringify([ctx.timeZone, ctx.settings.sla, ctx.settings.calendar]);
  const known = props.getProperty(FINGERPRINT) === fingerprint;
  const slice = Math.floor(ctx.now.getTime() / HOUR_MS) % SLICES;
  const check = (row: Row<TicketKey>): boolean =>
    known &&
    isDoneStatus(textOf(row.status)) &&
    SETTLED_STATUSES.includes(textOf(row.slaStatus)) &&
    row.ackDue instanceof Date &&
    row.resolveDue instanceof Date &&
    row.updateDue === '' &&
    (row.slaStatus === 'Met') === (row.breaches === '') &&
    sliceOf(textOf(row.id)) !== slice;
  return Object.assign(check, {
    known,
    remember: () => {
      if (!known) props.setProperty(FINGERPRINT, fingerprint);
    },
  });
}

const SLICES = 24;

/** A fixed slice for an ID, whatever row it sits on. */
function sliceOf(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) | 0;
  return Math.abs(h) % SLICES;
}

/**
 * The due-time notes to write. A note states the minutes used with the time they were counted, so
 * it stays true while the clock runs on: it is written when its due time changes, and for every
 * ticket after a change of SLA settings or calendar (`all`). The hours in between write no notes
 * for a ticket that stands still, and the job need not read the notes at all. Nor for a ticket
 * still waiting on the customer (waitGoesOn): its due times move every hour, its notes do not.
 */
function notesToWrite(
  row: Row<TicketKey>,
  computed: Computed,
  { all, lastRun }: { all: boolean; lastRun: number | null },
): Partial<Record<TicketKey, string>> {
  const out: Partial<Record<TicketKey, string>> = {};
  for (const [key, due] of Object.entries(computed.dues) as [TicketKey, Due][]) {
    if (all) out[key] = due.note();
    else if (
      key in computed.values &&
      !sameCell(row[key], computed.values[key]) &&
      !waitGoesOn(row, key, computed, lastRun)
    )
      out[key] = due.note();
  }
  return out;
}

/**
 * Whether a due time moved only because a wait that began before the last run goes on: the cell
 * holds what the row, as it stands, gave at the last run, and the note (which names when the wait
 * began, not how long it lasts) says the same as it did then. Any other change (a stamp, the wait
 * ended or back-dated, Paused Minutes corrected) shows as a cell unlike the last run's due time.
 */
function waitGoesOn(
  row: Row<TicketKey>,
  key: TicketKey,
  computed: Computed,
  lastRun: number | null,
): boolean {
  const since = computed.dues[key]?.waitingSince ?? null;
  if (since === null || lastRun === null || since > lastRun) return false;
  return sameCell(row[key], computed.dueAt(lastRun)[key]);
}

/** When the last hourly run that finished started (its due times are those in the sheet). */
function lastRunOf(ctx: JobContext): number | null {
  const last = lastOutcomes(ctx.env).hourly;
  const at = last && !last.error ? Date.parse(last.at) : Number.NaN;
  return Number.isFinite(at) && at < ctx.now.getTime() ? at : null;
}

/** The rows starting at the cursor's ID (where a run that ran out of time stopped). */
function rotate<T extends { id: Cell }>(rows: T[], cursor: string | null): T[] {
  const at = cursor ? rows.findIndex((r) => textOf(r.id) === cursor) : -1;
  return at > 0 ? [...rows.slice(at), ...rows.slice(0, at)] : rows;
}

interface Due {
  /** Worked out only if it is written (most hours write a few). */
  readonly note: () => string;
  /** While the ticket waits on the customer: when this due time's clock stopped. */
  readonly waitingSince: number | null;
}

interface Computed {
  values: Changes;
  dues: Partial<Record<TicketKey, Due>>;
  /** The due times as the row would have given them at another moment. */
  dueAt: (at: number) => Changes;
  problems: readonly string[];
  newBreaches: readonly SlaTarget[];
}

function computeTicket(ctx: JobContext, row: Row<TicketKey>, context: SlaContext): Computed {
  const recorded = parseBreaches(row.breaches);
  const input = { ...slaRowOf(row), breaches: recorded };
  const result = ticketSla(input, context);
  if (!result.ok) return badRow(result.problems);
  const sla = result.value;
  const newBreaches = isHistory(row, context.now)
    ? []
    : sla.breaches.filter((b) => !recorded.includes(b) && !missedLongAgo(sla, b, context.now));
  const dues: Computed['dues'] = {};
  for (const target of SLA_TARGETS) {
    const e = sla.explanations[target];
    dues[DUE_KEYS[target]] = {
      note: () => (e ? dueNote(target, e, ctx.now.getTime(), ctx.timeZone) : ''),
      waitingSince: e?.waitingSince ?? null,
    };
  }
  return {
    values: {
      ...dueValues(sla),
      slaStatus: sla.slaStatus,
      breaches: sla.breaches.join(', '),
      escalated: row.escalated instanceof Date ? row.escalated : newBreaches.length > 0 ? ctx.now : '',
    },
    dues,
    dueAt: (at) => {
      const then = ticketSla(input, { ...context, now: at });
      return then.ok ? dueValues(then.value) : {};
    },
    problems: [],
    newBreaches,
  };
}

/** A ticket done before ALERT_LOOKBACK_MS is history: its breaches are recorded, not alerted. */
function isHistory(row: Row<TicketKey>, now: number): boolean {
  const done = resolvedAtOf(row);
  return done !== null && now - done > ALERT_LOOKBACK_MS;
}

/**
 * A target due before ALERT_LOOKBACK_MS is history too: a ticket still open in the sheet a
 * business pasted in (open in its old system since last year) has its misses recorded, and no
 * alert for each; My queue and the Dashboard show it Breached. A live ticket's miss is met by the
 * next hourly run, long before.
 */
function missedLongAgo(sla: TicketSla, target: SlaTarget, now: number): boolean {
  const due = sla[DUE_KEYS[target]];
  return due !== null && now - due > ALERT_LOOKBACK_MS;
}

/**
 * A ticket pasted in already done, with no Submitted (an old system's closed ticket): there is
 * nothing to time and nothing left to do, so SLA Status names what is missing and no Bad Data
 * alert asks for it. A ticket still open without Submitted is asked for: its clock must run.
 */
function isUndatedHistory(row: Row<TicketKey>): boolean {
  return isDoneStatus(textOf(row.status)) && row.submitted === '';
}

function dueValues(sla: TicketSla): Changes {
  const date = (ms: number | null) => (ms === null ? '' : new Date(ms));
  return {
    ackDue: date(sla.ackDue),
    planDue: date(sla.planDue),
    updateDue: date(sla.updateDue),
    resolveDue: date(sla.resolveDue),
  };
}

function badRow(problems: readonly string[]): Computed {
  return {
    values: { slaStatus: checkRowStatus(problems) },
    dues: {},
    dueAt: () => ({}),
    problems,
    newBreaches: [],
  };
}

function customerProblem(customerId: string): string {
  return customerId === ''
    ? 'Customer ID is empty'
    : `Customer ID "${customerId}" is not in the Customers sheet`;
}

function parseBreaches(cell: Cell): SlaTarget[] {
  const listed = textOf(cell).split(/[,\s]+/);
  return SLA_TARGETS.filter((t) => listed.includes(t));
}

const TARGET_WORDS: Record<SlaTarget, string> = {
  ack: 'acknowledgement',
  plan: 'initial plan',
  update: 'progress update',
  resolve: 'resolution',
};

/** A ticket this run found broken or newly breached. */
interface Flagged {
  readonly row: Row<TicketKey>;
  readonly computed: Computed;
  readonly tier: string | undefined;
  /** One per alert it calls for (alertKeys). */
  readonly keys: readonly string[];
}

/** One key per alert a ticket's result calls for (see alerts.ts). */
function alertKeys(row: Row<TicketKey>, computed: Computed): string[] {
  const id = textOf(row.id);
  if (computed.problems.length > 0) {
    return isUndatedHistory(row) ? [] : [`bad-row:${id}:${computed.problems.join('|')}`];
  }
  return computed.newBreaches.map((target) => `breach:${id}:${target}`);
}

/** Whom to tell, and what about: read only for the tickets with an alert not raised before. */
const DETAIL_KEYS = ['subject', 'type', 'department', 'owner'] as const;

function ticketAlerts(
  ctx: JobContext,
  tickets: Snapshot<TicketKey>,
  flagged: readonly Flagged[],
  alerts: AlertsTable,
): NewAlert[] {
  const raised = raisedKeys(alerts);
  const fresh = flagged.filter((f) => f.keys.some((key) => !raised.has(key)));
  // A ticket deleted meanwhile has no one left to tell.
  const present = new Set(
    fillIn(
      tickets,
      fresh.map((f) => f.row),
      DETAIL_KEYS,
    ),
  );
  return fresh.filter((f) => present.has(f.row)).flatMap((f) => alertsOf(ctx, f));
}

function alertsOf(ctx: JobContext, { row, computed, tier, keys }: Flagged): NewAlert[] {
  const id = textOf(row.id);
  const department = departmentOf(textOf(row.department), textOf(row.type));
  const supervisor = leadOf(ctx.settings.people, department);
  const base = {
    recordId: id,
    customerId: textOf(row.customerId),
    owner: textOf(row.owner),
    due: '' as const,
  };
  if (computed.problems.length > 0) {
    return [
      {
        ...base,
        key: keys[0]!,
        kind: 'Bad Data',
        message: `Ticket ${id} cannot be timed: ${computed.problems.join('; ')}. Fix the row in the Tickets sheet.`,
        escalatedTo: '',
        urgent: false,
      },
    ];
  }
  return computed.newBreaches.map((target, i) => ({
    ...base,
    key: keys[i]!,
    kind: 'SLA Breach',
    message: `Ticket ${id} "${textOf(row.subject)}" missed its ${TARGET_WORDS[target]} target.`,
    escalatedTo: supervisor,
    urgent: tier === 'VIP',
  }));
}
