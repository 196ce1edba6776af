/** Sample interactions: specific details (never a bare "contacted"), some with a next action. */
import { CHANNELS, type INTERACTION_KINDS } from '../../src/domain/values';
import type { KeyOf } from '../../src/sheets/columns';
import { formatId } from '../../src/sheets/ids';
import type { Cell } from '../../src/sheets/table';
import { INTERACTIONS } from '../../src/sheets/tables';
import { DAY_MS, type SeedClock } from './calendar';
import type { SeedCustomer } from './customers';
import { DETAILS, FEEDBACK, INTERACTION_SUBJECTS, NEXT_ACTIONS, WEEKDAYS } from './pools';
import type { Random } from './prng';

export type InteractionRow = Partial<Record<KeyOf<typeof INTERACTIONS>, Cell>>;
type Kind = (typeof INTERACTION_KINDS)[number];

function interaction(rnd: Random, clock: SeedClock, customers: readonly SeedCustomer[]) {
  const customer = rnd.pick(customers);
  const when = clock.workTimeAfter(rnd, customer.created);
  const kind = rnd.weighted<Kind>([
    ['Sales', 4],
    ['Care', 3.5],
    ['Support', 2.5],
  ]);
  const next = rnd.chance(0.3);
  const row: InteractionRow = {
    customerId: customer.id,
    when: clock.date(when),
    channel: rnd.pick(CHANNELS),
    kind,
    subject: rnd.pick(INTERACTION_SUBJECTS[kind]!),
    details: rnd.pick(DETAILS).replace('{contact}', customer.contact).replace('{day}', rnd.pick(WEEKDAYS)),
    participants: `${customer.contact}; ${customer.owner.split('@')[0]}`,
    feedback: rnd.pick(FEEDBACK),
    nextAction: next ? rnd.pick(NEXT_ACTIONS) : '',
    nextActionDue: next ? clock.day(when + rnd.int(2, 14) * DAY_MS) : '',
    loggedBy: customer.owner,
  };
  return { row, when };
}

export function makeInteractions(
  rnd: Random,
  clock: SeedClock,
  count: number,
  customers: readonly SeedCustomer[],
) {
  return Array.from({ length: count }, () => interaction(rnd, clock, customers))
    .sort((a, b) => a.when - b.when)
    .map(({ row }, i) => ({ ...row, id: formatId(INTERACTIONS, i + 1) }));
}
