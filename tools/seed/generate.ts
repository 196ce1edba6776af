/**
 * Sample data for the preview and the benchmark: deterministic for a seed and a "now", with the
 * contract's columns (src/sheets/tables.ts), sized by parameters, linear in the sizes (the
 * benchmark asks for 10,000 customers and 100,000 tickets).
 */
import { seedClock } from './calendar';
import { type CustomerRow, makeCustomers } from './customers';
import { type InteractionRow, makeInteractions } from './interactions';
import { random } from './prng';
import { makeSurveys, type SurveyRow } from './surveys';
import { makeTickets, type TicketRow } from './tickets';

export interface SeedOptions {
  seed?: number;
  /** The instant the data leads up to (ms). */
  now: number;
  timeZone: string;
  customers?: number;
  tickets?: number;
  interactions?: number;
  surveys?: number;
  /** How far back the history goes. */
  months?: number;
}

/** Rows by sheet name, each keyed by the contract's column keys; dates are Date objects. */
export interface SeedData {
  Customers: CustomerRow[];
  Interactions: InteractionRow[];
  Tickets: TicketRow[];
  Surveys: SurveyRow[];
}

export const PREVIEW_SIZES = { customers: 40, tickets: 240, interactions: 320, surveys: 60, months: 6 };

export function generate(options: SeedOptions): SeedData {
  const o = { seed: 20_260_105, ...PREVIEW_SIZES, ...options };
  const rnd = random(o.seed);
  const clock = seedClock(o.now, o.timeZone);
  const customers = makeCustomers(rnd, clock, o.customers, o.months * 30);
  const tickets = makeTickets(rnd, clock, o.tickets, customers.meta);
  return {
    Customers: customers.rows,
    Interactions: makeInteractions(rnd, clock, o.interactions, customers.meta),
    Tickets: tickets.rows,
    Surveys: makeSurveys(rnd, clock, o.surveys, customers.meta, tickets.meta),
  };
}
