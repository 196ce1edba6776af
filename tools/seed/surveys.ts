/**
 * Sample surveys: after closed tickets and at the 3/6/12-month marks of Won customers' contracts
 * (each mark once). Past ones were sent and mostly answered; some fall due around "now", so there
 * are surveys to send.
 */
import { addMonths } from '../../src/domain/surveys';
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

const MILESTONES = [3, 6, 12] as const;
/** How far ahead of now a milestone may fall and still be in the sample (due in the next days). */
const AHEAD_DAYS = 3;

/**
 * The milestones of Won customers' contracts reached by now (or in the next days), each once, in
 * random order: the daily job asks each milestone once per customer, so the sample does too.
 */
function milestones(rnd: Random, clock: SeedClock, customers: readonly SeedCustomer[]) {
  const day = (wall: number) => new Date(wall).toISOString().slice(0, 10);
  const reached = customers.flatMap((c) =>
    c.status !== 'Won' || c.contractStart === null
      ? []
      : MILESTONES.map((months) => ({
          customerId: c.id,
          months,
          due: Date.parse(`${addMonths(day(c.contractStart!), months)}T00:00Z`),
        })).filter((m) => m.due <= clock.now + AHEAD_DAYS * DAY_MS),
  );
  return rnd.shuffle(reached);
}

export function makeSurveys(
  rnd: Random,
  clock: SeedClock,
  count: number,
  customers: readonly SeedCustomer[],
  tickets: readonly SeedTicket[],
) {
  // Each closed ticket surveyed once at most, as the daily job does.
  const closed = rnd.shuffle(tickets.filter((t) => t.closed > 0));
  const routine = milestones(rnd, clock, customers);
  const made = Array.from({ length: count }, () => {
    // Half at a milestone while any is left, the rest after a closed ticket.
    const milestone = rnd.chance(0.5) ? routine.pop() : undefined;
    if (milestone)
      return survey(rnd, clock, milestone.customerId, `${milestone.months} Months`, milestone.due);
    const ticket = closed.pop();
    if (ticket)
      return survey(rnd, clock, ticket.customerId, 'After Ticket', ticket.closed + DAY_MS, ticket.id);
    // Neither: a survey someone chose to send.
    return survey(rnd, clock, rnd.pick(customers).id, 'Ad Hoc', clock.workTime(rnd, 0, 60));
  });
  return made.sort((a, b) => a.due - b.due).map(({ row }, i) => ({ ...row, id: formatId(SURVEYS, i + 1) }));
}
