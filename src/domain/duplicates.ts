/**
 * Likely duplicate customers, and the plan to merge one into another (DOMAIN.md: "duplicate,
 * invalid and wrong records are screened regularly and duplicates merged"). Each key is hashed,
 * so 10,000 customers cost one pass, not fifty million comparisons.
 */

/**
 * Legal-form words that do not tell two companies apart. Latin ones are whole words; Chinese ones
 * follow the name directly, longest first so 股份有限公司 goes whole.
 */
const LATIN_SUFFIXES = 'incorporated|corporation|limited|gmbh|corp|ltd|inc|llc|co';
const HAN_SUFFIXES = '股份有限公司|有限责任公司|有限公司|公司|集团';
const TRAILING_SUFFIX = new RegExp(`(?:\\s(?:${LATIN_SUFFIXES})|${HAN_SUFFIXES})$`);

/** One suffix at a time ("Acme Co., Ltd."), but never the whole name (a company called "Limited"). */
const stripSuffixes = (words: string): string => {
  const shorter = words.replace(TRAILING_SUFFIX, '').trim();
  return shorter && shorter !== words ? stripSuffixes(shorter) : words;
};

/** 'ACME, Ltd.' → 'acme'; '阿里巴巴集团有限公司' → '阿里巴巴'. Case, spacing and punctuation do not count. */
export function normalizeName(name: string): string {
  const words = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return stripSuffixes(words).replace(/\s+/g, '');
}

/** Case and surrounding spaces do not make another address. */
export const emailKey = (email: string): string => email.trim().toLowerCase();

/** Digits only: '+86 (138) 0013-8000' → '8613800138000'. */
export const phoneDigits = (phone: string): string => phone.replace(/\D/g, '');

/**
 * The last 10 digits, so '+86 138 0013 8000' and '138-0013-8000' match while 010- and 021-
 * numbers stay apart; under 7 digits is an extension or a typo, not a number to match on.
 */
const EXTENSION = /\s*(?:ext\.?|x|#|转|分机)\s*\d{1,6}\s*$/iu;
const phoneKey = (phone: string) => {
  // Full-width digits count as digits, and an extension is not part of the number.
  const digits = phoneDigits(phone.normalize('NFKC').replace(EXTENSION, ''));
  return digits.length >= 7 ? digits.slice(-10) : '';
};

export interface DuplicateCandidate {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly phone: string;
}

export type DuplicateReason = 'same email' | 'same phone' | 'same name';

export interface DuplicateGroup {
  /** In the order given (oldest record first when customers are in ID order). */
  readonly ids: readonly string[];
  readonly reasons: readonly DuplicateReason[];
}

const KEYS: readonly [DuplicateReason, (c: DuplicateCandidate) => string][] = [
  ['same email', (c) => emailKey(c.email)],
  ['same phone', (c) => phoneKey(c.phone)],
  ['same name', (c) => normalizeName(c.name)],
];

/** Sets of IDs sharing a non-empty key. */
function sharing(
  customers: readonly DuplicateCandidate[],
  key: (c: DuplicateCandidate) => string,
): string[][] {
  const byKey = new Map<string, string[]>();
  for (const c of customers) {
    const k = key(c);
    if (!k) continue;
    const ids = byKey.get(k) ?? [];
    ids.push(c.id);
    byKey.set(k, ids);
  }
  return [...byKey.values()].filter((ids) => ids.length > 1);
}

/** One group per set of IDs; a pair with the same email and the same name is listed once, with both reasons. */
export function findDuplicates(customers: readonly DuplicateCandidate[]): DuplicateGroup[] {
  const groups = new Map<string, { ids: string[]; reasons: DuplicateReason[] }>();
  for (const [reason, key] of KEYS) {
    for (const ids of sharing(customers, key)) {
      const id = ids.join('\n');
      const group = groups.get(id) ?? { ids, reasons: [] };
      group.reasons.push(reason);
      groups.set(id, group);
    }
  }
  return [...groups.values()];
}

/** A row that names a customer in its Customer ID column. */
export interface CustomerLink {
  readonly id: string;
  readonly customerId: string;
}

/**
 * The records that name a customer; a merge moves them all (a win-back too: it follows the
 * customer). The caller passes only the open alerts: a done one is history, as raised.
 */
export const LINKED_TABLES = ['Tickets', 'Interactions', 'Surveys', 'Win-backs', 'Alerts'] as const;
export type LinkedTable = (typeof LINKED_TABLES)[number];

export interface Move {
  readonly table: LinkedTable;
  readonly id: string;
  readonly field: 'customerId';
  readonly from: string;
  readonly to: string;
}

/**
 * Every row to re-point from `mergeId` to `keepId`, one Move each so the Audit Log names every
 * row moved. The caller applies the moves and marks the merged record; nothing is deleted.
 */
export function planMerge(
  keepId: string,
  mergeId: string,
  links: Readonly<Record<LinkedTable, readonly CustomerLink[]>>,
): Move[] {
  if (keepId === mergeId) throw new Error(`${keepId} cannot be merged into itself`);
  return LINKED_TABLES.flatMap((table) =>
    links[table]
      .filter((r) => r.customerId === mergeId)
      .map((r): Move => ({ table, id: r.id, field: 'customerId', from: mergeId, to: keepId })),
  );
}

/** An open alert as a merge reads it. */
export interface AlertLink extends CustomerLink {
  readonly kind: string;
  readonly recordId: string;
  readonly owner: string;
}

/**
 * Kinds the daily job raises for the customer's owner: At Risk, a follow-up or a missed analysis
 * about the customer, a survey reminder (a win-back's reaction check, also Follow-up Overdue, goes
 * to the win-back's owner).
 */
const CUSTOMER_OWNER_KINDS: readonly string[] = ['At Risk', 'Follow-up Overdue', 'Survey Reminder'];

/**
 * The open alerts of the duplicate that go to the kept customer's owner, who looks after the
 * customer from then on: those raised for the customer's owner. One about a ticket or a win-back
 * (`ownRecord`) stays with that record's owner, as the record does. A kept record with no owner
 * takes none: an alert must reach someone.
 */
export function forKeptOwner(
  alerts: readonly AlertLink[],
  mergeId: string,
  keptOwner: string,
  ownRecord: (recordId: string) => boolean,
): AlertLink[] {
  if (keptOwner === '') return [];
  return alerts.filter((a) => a.customerId === mergeId && toHandOver(a, keptOwner, ownRecord));
}

const toHandOver = (a: AlertLink, keptOwner: string, ownRecord: (recordId: string) => boolean) =>
  CUSTOMER_OWNER_KINDS.includes(a.kind) &&
  !ownRecord(a.recordId) &&
  emailKey(a.owner) !== emailKey(keptOwner);

/**
 * The alerts about the duplicate that a merge moved to the kept ID but did not hand over, having
 * stopped between its two writes: finishing the merge hands them over. The caller asks only while
 * the merge is unfinished (the duplicate not yet marked Merged Into, its last write): after that,
 * an owner on them is the merge's or a person's. And only those still with the duplicate's owner,
 * for whom they were raised: one given to someone else meanwhile was a person's choice. (A survey
 * reminder names its survey, not the customer: once moved, it cannot be told from the kept
 * customer's own, and stays as it is.)
 */
export function leftWithMergedOwner(
  alerts: readonly AlertLink[],
  ids: { keepId: string; mergeId: string },
  owners: { merged: string; kept: string },
): AlertLink[] {
  if (owners.kept === '') return [];
  return alerts.filter(
    (a) =>
      a.customerId === ids.keepId &&
      a.recordId === ids.mergeId &&
      emailKey(a.owner) === emailKey(owners.merged) &&
      toHandOver(a, owners.kept, () => false),
  );
}

/**
 * Where a merged record's customer lives now: [id, the one it was merged into, the one that was
 * merged into, …], ending at a record merged into none (or not found, or met before: a Merged Into
 * typed by hand may loop). `mergedInto` gives a record's Merged Into, '' when it has none.
 */
export function mergeChain(id: string, mergedInto: (id: string) => string | undefined): string[] {
  const chain = [id];
  for (let into = mergedInto(id); into && !chain.includes(into); into = mergedInto(into)) chain.push(into);
  return chain;
}

/**
 * Whose rows a customer record's are now: its own, or once merged, those of the customer at the
 * end of its chain (rows typed in under the old ID after the merge count for that customer). A
 * chain that loops or ends at an ID not in Customers names no one. `mergedInto`: every record's
 * Merged Into, '' when it has none.
 */
export function customersNow(mergedInto: ReadonlyMap<string, string>): Map<string, string> {
  const now = new Map<string, string>();
  for (const id of mergedInto.keys()) {
    const last = mergeChain(id, (at) => mergedInto.get(at)).at(-1)!;
    if (mergedInto.get(last) === '') now.set(id, last);
  }
  return now;
}

/** "C-0002 was merged into C-0001, which was merged into C-0003": a chain of two or more. */
export const mergedWords = (chain: readonly string[]): string =>
  chain
    .slice(1)
    .map((into, i) => `${i === 0 ? `${chain[0]} was` : ', which was'} merged into ${into}`)
    .join('');
