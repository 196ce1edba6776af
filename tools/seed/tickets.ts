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
  TICKET_LEVELS,
  type TicketStatus,
  type TicketType,
} from '../../src/domain/values';
import type { KeyOf } from '../../src/sheets/columns';
import { formatId } from '../../src/sheets/ids';
import type { Cell } from '../../src/sheets/table';
import { TICKETS } from '../../src/sheets/tables';
import { DAY_MS, HOUR_MS, type SeedClock } from './calendar';
import type { SeedCustomer } from './customers';
import { SOLUTIONS, SUGGESTIONS, TICKET_SUBJECTS } from './pools';
import type { Random } from './prng';

export type TicketRow = Partial<Record<KeyOf<typeof TICKETS>, Cell>>;

export interface SeedTicket {
  id: string;
  customerId: string;
  /** Wall ms; 0 while not closed. */
  closed: number;
}

const MINUTE = HOUR_MS / 60;

function statusFor(rnd: Random, ageMs: number): TicketStatus {
  if (ageMs < DAY_MS) {
    return rnd.weighted([
      ['New', 3],
      ['Acknowledged', 3],
      ['In Progress', 3],
      ['Waiting on Customer', 1],
    ] as const);
  }
  if (ageMs < 7 * DAY_MS) {
    return rnd.weighted([
      ['In Progress', 3],
      ['Waiting on Customer', 1.5],
      ['Resolved', 3.5],
      ['Closed', 2],
    ] as const);
  }
  return rnd.weighted([
    ['Closed', 15],
    ['Resolved', 4],
    ['In Progress', 1],
  ] as const);
}

/** Stamps in order: acknowledged, then resolved, then closed, none after now. */
function lifecycle(rnd: Random, clock: SeedClock, submitted: number, status: TicketStatus): TicketRow {
  const before = (t: number) => Math.min(t, clock.now - 5 * MINUTE);
  const acknowledged = before(submitted + rnd.int(3, 45) * MINUTE);
  const resolved = before(acknowledged + rnd.int(1, 72) * HOUR_MS);
  const closed = before(resolved + rnd.int(1, 5) * DAY_MS);
  const done = status === 'Resolved' || status === 'Closed';
  const waiting = status === 'Waiting on Customer';
  const lastUpdate = done ? resolved : before(acknowledged + rnd.int(0, 6) * HOUR_MS);
  const row: TicketRow = {
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

function ticket(rnd: Random, clock: SeedClock, days: number, customers: readonly SeedCustomer[]) {
  const customer = rnd.pick(customers);
  const submitted = Math.max(clock.workTime(rnd, 0, days), customer.created + HOUR_MS);
  const type = rnd.weighted([
    ['Inquiry', 7],
    ['Technical', 10],
    ['Complaint', 3],
  ] as const) as TicketType;
  const status = statusFor(rnd, clock.now - submitted);
  const row: TicketRow = {
    customerId: customer.id,
    subject: rnd.pick(TICKET_SUBJECTS[type]!),
    description: `${customer.contact} reported this by ${rnd.pick(['phone', 'email', 'chat'])}.`,
    type,
    level: rnd.weighted([
      [TICKET_LEVELS[0], 10],
      [TICKET_LEVELS[1], 5],
      [TICKET_LEVELS[2], 3],
      [TICKET_LEVELS[3], 1],
    ]),
    channel: rnd.pick(CHANNELS),
    submitted: clock.date(submitted),
    expectedBy: rnd.chance(0.3) ? clock.date(submitted + rnd.int(1, 5) * DAY_MS) : '',
    department: departmentFor(type),
    owner: customer.owner,
    ...lifecycle(rnd, clock, submitted, status),
  };
  return { row, submitted };
}

/** Tickets come from customers who bought something, mostly. */
export function makeTickets(
  rnd: Random,
  clock: SeedClock,
  count: number,
  days: number,
  customers: readonly SeedCustomer[],
) {
  const buyers = customers.filter((c) => c.status === 'Won' || c.status === 'Churned');
  const from = buyers.length > 0 ? buyers : customers;
  const made = Array.from({ length: count }, () => ticket(rnd, clock, days, from)).sort(
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
