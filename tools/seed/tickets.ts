/**
 * Sample tickets over the months before "now": old ones mostly closed with a solution, feedback
 * and rating; recent ones still open at every stage, so the hourly job finds some at risk and
 * some breached.
 */
import { departmentFor } from '../../src/domain/routing';
import {
  CHANNELS,
  RATINGS,
  TICKET_FEEDBACK,
  type TicketLevel,
  type TicketStatus,
  type TicketType,
} from '../../src/domain/values';
import type { KeyOf } from '../../src/sheets/columns';
import { formatId } from '../../src/sheets/ids';
import type { Cell } from '../../src/sheets/table';
import { TICKETS } from '../../src/sheets/tables';
import { DAY_MS, HOUR_MS, type SeedClock } from './calendar';
import type { SeedCustomer } from './customers';
import { SOLUTIONS, SUGGESTIONS, TICKET_TOPICS } from './pools';
import type { Random } from './prng';

export type TicketRow = Partial<Record<KeyOf<typeof TICKETS>, Cell>>;

export interface SeedTicket {
  id: string;
  customerId: string;
  /** Wall ms; 0 while not closed. */
  closed: number;
}

const MINUTE = HOUR_MS / 60;

/** Mostly within the default SLA (DESIGN.md): acknowledge in minutes, resolve in hours by level. */
const ACK_MINUTES: Record<TicketLevel, number> = { Regular: 25, Complex: 25, Major: 25, Critical: 12 };
const RESOLVE_HOURS: Record<TicketLevel, [number, number]> = {
  Regular: [1, 4],
  Complex: [3, 20],
  Major: [3, 20],
  Critical: [2, 16],
};

/** Still open after this long, a ticket was forgotten (the alerts' business). */
const FORGOTTEN_AFTER_MS = 7 * DAY_MS;

/**
 * A desk that mostly keeps up: a ticket is New only in its first minutes, is worked on for about
 * as long as its level usually takes, then mostly waits on the customer or is resolved; a few old
 * ones are forgotten In Progress (the alerts' business).
 */
function statusFor(rnd: Random, ageMs: number, level: TicketLevel): TicketStatus {
  if (ageMs < 40 * MINUTE) {
    return rnd.weighted([
      ['New', 3],
      ['Acknowledged', 2],
      ['In Progress', 1],
    ] as const);
  }
  if (ageMs < RESOLVE_HOURS[level][1] * HOUR_MS) {
    return rnd.weighted([
      ['Acknowledged', 2],
      ['In Progress', 4],
      ['Waiting on Customer', 2],
      ['Resolved', 3],
    ] as const);
  }
  if (ageMs < FORGOTTEN_AFTER_MS) {
    return rnd.weighted([
      ['In Progress', 0.5],
      ['Waiting on Customer', 1.5],
      ['Resolved', 4],
      ['Closed', 3],
    ] as const);
  }
  return rnd.weighted([
    ['Closed', 15],
    ['Resolved', 4],
    ['In Progress', 0.25],
  ] as const);
}

/** Stamps in order: acknowledged, then resolved, then closed, none after now; about one in eight late. */
function lifecycle(
  rnd: Random,
  clock: SeedClock,
  submitted: number,
  level: TicketLevel,
  status: TicketStatus,
): TicketRow {
  const before = (t: number) => Math.min(t, clock.now - 5 * MINUTE);
  const late = rnd.chance(0.12) ? rnd.int(2, 3) : 1;
  const acknowledged = before(submitted + rnd.int(2, ACK_MINUTES[level]) * late * MINUTE);
  const [fast, slow] = RESOLVE_HOURS[level];
  const resolved = before(acknowledged + rnd.int(fast * 60, slow * 60) * late * MINUTE);
  const closed = before(resolved + rnd.int(1, 5) * DAY_MS);
  const done = status === 'Resolved' || status === 'Closed';
  const waiting = status === 'Waiting on Customer';
  // A question to the customer goes out early, within the targets, and stops the clock; work still
  // in hand was last reported on within the last few hours, mostly inside the 4-hour rhythm; a
  // forgotten ticket (over a week old, still open) not since its first days.
  const forgotten = clock.now - submitted > FORGOTTEN_AFTER_MS;
  const reported = waiting
    ? before(acknowledged + rnd.int(20, 150) * MINUTE)
    : forgotten
      ? before(acknowledged + rnd.int(0, 6) * HOUR_MS)
      : Math.max(acknowledged, before(clock.now - rnd.int(10, 235) * MINUTE));
  const lastUpdate = done ? resolved : reported;
  const row: TicketRow = {
    level,
    status,
    progress: done ? 100 : status === 'New' ? 0 : status === 'Acknowledged' ? 10 : rnd.int(2, 8) * 10,
    acknowledged: status === 'New' ? '' : clock.date(acknowledged),
    lastUpdate: status === 'New' ? '' : clock.date(lastUpdate),
    waitingSince: waiting ? clock.date(lastUpdate) : '',
    pausedMinutes: done && rnd.chance(0.2) ? rnd.int(60, 1440) : '',
    resolved: done ? clock.date(resolved) : '',
    closed: status === 'Closed' ? clock.date(closed) : '',
    solution: done ? rnd.pick(SOLUTIONS) : '',
  };
  if (status === 'Closed' && rnd.chance(0.8)) {
    row.feedback = rnd.weighted([
      [TICKET_FEEDBACK[0], 5],
      [TICKET_FEEDBACK[1], 1],
    ]);
    row.rating = rnd.weighted([
      [RATINGS[0], 6],
      [RATINGS[1], 3],
      [RATINGS[2], 1],
    ]);
    row.suggestion = rnd.chance(0.3) ? rnd.pick(SUGGESTIONS) : '';
  }
  return row;
}

function ticket(rnd: Random, clock: SeedClock, customers: readonly SeedCustomer[]) {
  const customer = rnd.pick(customers);
  // A share arrived in the last day and a half (mail comes at any hour), some of it in the last
  // minutes, so the SLA clock has open work to watch at "now".
  const recent = clock.now - (rnd.chance(0.15) ? rnd.int(3, 40) : rnd.int(40, 36 * 60)) * MINUTE;
  const submitted =
    rnd.chance(0.08) && recent > customer.created ? recent : clock.workTimeAfter(rnd, customer.created);
  const level = rnd.weighted<TicketLevel>([
    ['Regular', 10],
    ['Complex', 5],
    ['Major', 3],
    ['Critical', 1],
  ]);
  const type = rnd.weighted([
    ['Inquiry', 7],
    ['Technical', 10],
    ['Complaint', 3],
  ] as const) as TicketType;
  const status = statusFor(rnd, clock.now - submitted, level);
  const topic = rnd.pick(TICKET_TOPICS[type]!);
  const row: TicketRow = {
    customerId: customer.id,
    subject: topic.subject,
    description: rnd.pick(topic.said),
    type,
    channel: rnd.pick(CHANNELS),
    submitted: clock.date(submitted),
    expectedBy: rnd.chance(0.3) ? clock.date(submitted + rnd.int(1, 5) * DAY_MS) : '',
    department: departmentFor(type),
    owner: customer.owner,
    ...lifecycle(rnd, clock, submitted, level, status),
  };
  return { row, submitted };
}

/** Tickets come from customers who bought something, mostly. */
export function makeTickets(
  rnd: Random,
  clock: SeedClock,
  count: number,
  customers: readonly SeedCustomer[],
) {
  const buyers = customers.filter((c) => c.status === 'Won' || c.status === 'Churned');
  const from = buyers.length > 0 ? buyers : customers;
  const made = Array.from({ length: count }, () => ticket(rnd, clock, from)).sort(
    (a, b) => a.submitted - b.submitted,
  );
  const rows = made.map(({ row }, i) => ({ ...row, id: formatId(TICKETS, i + 1) }));
  const meta: SeedTicket[] = rows.map((r) => ({
    id: String(r.id),
    customerId: String(r.customerId),
    closed: r.closed instanceof Date ? clock.wall(r.closed) : 0,
  }));
  return { rows, meta };
}
