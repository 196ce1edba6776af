/**
 * Sample surveys: after closed tickets and at the 3/6/12-month marks of Won customers. Past ones
 * were sent and mostly answered; some fall due around "now", so there are surveys to send.
 */
import type { SurveyReason } from '../../src/domain/values';
import type { KeyOf } from '../../src/sheets/columns';
import { formatId } from '../../src/sheets/ids';
import type { Cell } from '../../src/sheets/table';
import { SURVEYS } from '../../src/sheets/tables';
import { DAY_MS, HOUR_MS, type SeedClock } from './calendar';
import type { SeedCustomer } from './customers';
import { SURVEY_COMMENTS } from './pools';
import type { Random } from './prng';
import type { SeedTicket } from './tickets';

export type SurveyRow = Partial<Record<KeyOf<typeof SURVEYS>, Cell>>;

/** Mostly content customers, a few unhappy ones for the health score to find. */
const score = (rnd: Random, mood: number) => Math.max(1, Math.min(5, Math.round(mood + rnd.int(-1, 1))));

function answers(rnd: Random, clock: SeedClock, sent: number): SurveyRow {
  const responded = Math.min(sent + rnd.int(2, 240) * HOUR_MS, clock.now - HOUR_MS);
  const mood = rnd.weighted([
    [4.5, 6],
    [3.5, 3],
    [2, 1],
  ]);
  return {
    responded: clock.date(responded),
    responseSpeed: score(rnd, mood),
    resolution: score(rnd, mood),
    professionalism: score(rnd, mood),
    productFit: score(rnd, mood),
    proactiveCare: score(rnd, mood),
    recommend: score(rnd, mood),
    comments: rnd.pick(SURVEY_COMMENTS),
  };
}

function survey(
  rnd: Random,
  clock: SeedClock,
  customerId: string,
  reason: SurveyReason,
  due: number,
  ticketId = '',
) {
  const row: SurveyRow = { customerId, reason, ticketId, due: clock.day(due) };
  const sent = due + rnd.int(9, 30) * HOUR_MS;
  if (sent < clock.now - 2 * HOUR_MS) {
    row.sent = clock.date(sent);
    if (rnd.chance(0.7)) Object.assign(row, answers(rnd, clock, sent));
  }
  return { row, due };
}

export function makeSurveys(
  rnd: Random,
  clock: SeedClock,
  count: number,
  customers: readonly SeedCustomer[],
  tickets: readonly SeedTicket[],
) {
  const closed = tickets.filter((t) => t.closed > 0);
  const won = customers.filter((c) => c.status === 'Won');
  const made = Array.from({ length: count }, () => {
    const ticket = closed.length > 0 && rnd.chance(0.5) ? rnd.pick(closed) : undefined;
    if (ticket)
      return survey(rnd, clock, ticket.customerId, 'After Ticket', ticket.closed + DAY_MS, ticket.id);
    const customer = rnd.pick(won.length > 0 ? won : customers);
    const months = rnd.pick([3, 6, 12] as const);
    const due = Math.min(customer.created + months * 30 * DAY_MS, clock.now + rnd.int(0, 3) * DAY_MS);
    return survey(rnd, clock, customer.id, `${months} Months`, due);
  });
  return made.sort((a, b) => a.due - b.due).map(({ row }, i) => ({ ...row, id: formatId(SURVEYS, i + 1) }));
}
