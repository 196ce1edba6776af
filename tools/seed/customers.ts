/** Sample customers across statuses and tiers; Won ones carry a contract and a renewal date. */
import { NEED_TYPES, PRIORITIES, RENEWAL_INTENTS, SIZES, SOURCES } from '../../src/domain/values';
import type { KeyOf } from '../../src/sheets/columns';
import { formatId } from '../../src/sheets/ids';
import type { Cell } from '../../src/sheets/table';
import { CUSTOMERS } from '../../src/sheets/tables';
import { DAY_MS, HOUR_MS, type SeedClock } from './calendar';
import {
  BUSINESSES,
  CITIES,
  GIVEN,
  INDUSTRIES,
  NAME_KINDS,
  NAME_WORDS,
  NEEDS,
  STAFF,
  SUFFIXES,
  SURNAMES,
  TITLES,
} from './pools';
import type { Random } from './prng';

export type CustomerRow = Partial<Record<KeyOf<typeof CUSTOMERS>, Cell>>;

/** What the other generators need to know about a customer. */
export interface SeedCustomer {
  id: string;
  contact: string;
  owner: string;
  status: string;
  /** Wall ms. */
  created: number;
  /** The contract's first day as wall ms; null without a contract. */
  contractStart: number | null;
}

/** The preview's user owns about a third of the book, so "My queue" has work in it. */
const OWNERS = STAFF.map((s, i) => [s, i === 0 ? 3 : 1.5] as const);

function uniqueName(rnd: Random, taken: Set<string>): string {
  const base = `${rnd.pick(CITIES)} ${rnd.pick(NAME_WORDS)} ${rnd.pick(NAME_KINDS)}`;
  let name = `${base} ${rnd.pick(SUFFIXES)}`;
  for (let n = 2; taken.has(name); n++) name = `${base} No. ${n}`;
  taken.add(name);
  return name;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');

function contract(rnd: Random, clock: SeedClock, created: number): CustomerRow {
  const start = created + rnd.int(7, 60) * DAY_MS;
  const value = rnd.weighted([
    [rnd.int(20, 99) * 1000, 5],
    [rnd.int(100, 499) * 1000, 3],
    [rnd.int(500, 1200) * 1000, 1],
  ]);
  return {
    tier: value >= 500_000 ? 'VIP' : value >= 100_000 ? 'Key' : 'Regular',
    contractValue: value,
    contractStart: clock.day(Math.min(start, clock.now)),
    renewalDate: clock.day(start + 365 * DAY_MS),
    renewalIntent: rnd.weighted([
      [RENEWAL_INTENTS[0], 5],
      [RENEWAL_INTENTS[1], 3],
      [RENEWAL_INTENTS[2], 1],
    ]),
  };
}

function customer(rnd: Random, clock: SeedClock, days: number, taken: Set<string>) {
  const name = uniqueName(rnd, taken);
  const kind = NAME_KINDS.find((k) => name.includes(k)) ?? 'Technology';
  const contact = `${rnd.pick(SURNAMES)} ${rnd.pick(GIVEN)}`;
  const status = rnd.weighted([
    ['Won', 11],
    ['Intent', 3],
    ['Potential', 4],
    ['Churned', 2],
  ] as const);
  const created = clock.workTime(rnd, status === 'Potential' ? 0 : 30, days);
  const [needs, needKeywords] = rnd.pick(NEEDS);
  const domain = `${slug(name.split(' ').slice(1, 3).join(' '))}.cn`;
  const row: CustomerRow = {
    name,
    industry: INDUSTRIES[kind] ?? '',
    size: rnd.pick(SIZES),
    mainBusiness: rnd.pick(BUSINESSES),
    contact,
    title: rnd.pick(TITLES),
    phone: `+86 1${rnd.int(30, 89)} ${rnd.int(1000, 9999)} ${rnd.int(1000, 9999)}`,
    email: `${slug(contact).replace('-', '.')}@${domain}`,
    needs,
    needKeywords,
    needType: rnd.pick(NEED_TYPES),
    priority: rnd.pick(PRIORITIES),
    source: rnd.pick(SOURCES),
    firstContact: clock.day(created),
    expectedStart: status === 'Won' ? '' : clock.day(clock.now + rnd.int(-10, 120) * DAY_MS),
    status,
    tier: status === 'Won' || status === 'Churned' ? '' : rnd.pick(['', 'Regular']),
    owner: rnd.weighted(OWNERS),
    contractValue: '',
    contractStart: '',
    renewalDate: '',
    renewalIntent: '',
    notes: rnd.chance(0.3)
      ? `Prefers ${rnd.pick(['WeChat', 'email', 'phone calls'])}; ${rnd.pick(['budget set in March', 'decides with the CFO', 'runs a pilot first'])}.`
      : '',
    created: clock.date(created),
    // Most records kept up by their owners in the last weeks; some left to go stale.
    updated: clock.date(
      Math.max(created, Math.min(clock.now - rnd.int(0, 50) * DAY_MS, clock.now - HOUR_MS)),
    ),
  };
  if (status === 'Won' || status === 'Churned') Object.assign(row, contract(rnd, clock, created));
  return { row, created };
}

const wallOf = (clock: SeedClock, cell: Cell | undefined) => (cell instanceof Date ? clock.wall(cell) : null);

export function makeCustomers(rnd: Random, clock: SeedClock, count: number, days: number) {
  const taken = new Set<string>();
  const made = Array.from({ length: count }, () => customer(rnd, clock, days, taken)).sort(
    (a, b) => a.created - b.created,
  );
  const rows = made.map(({ row }, i) => ({ ...row, id: formatId(CUSTOMERS, i + 1) }));
  const meta: SeedCustomer[] = rows.map((row, i) => ({
    id: String(row.id),
    contact: String(row.contact),
    owner: String(row.owner),
    status: String(row.status),
    created: made[i]!.created,
    contractStart: wallOf(clock, row.contractStart),
  }));
  return { rows, meta };
}
