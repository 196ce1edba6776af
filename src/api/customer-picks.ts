/**
 * The customer list the sidebar's picker searches, packed for the wire: Tier, Status and Owner
 * repeat across thousands of customers, so each is sent once in `words` and referred to by
 * index. 10,000 customers then fit the sidebar's one bootstrap call well under 1 MB.
 */
import type { CustomerPick } from './contract';

export type PackedRow = [
  id: string,
  name: string,
  contact: string,
  email: string,
  tier: number,
  status: number,
  owner: number,
];

export interface PackedPicks {
  words: string[];
  rows: PackedRow[];
}

export function packPicks(picks: readonly CustomerPick[]): PackedPicks {
  const words: string[] = [];
  const index = new Map<string, number>();
  const word = (w: string) => {
    let at = index.get(w);
    if (at === undefined) {
      at = words.push(w) - 1;
      index.set(w, at);
    }
    return at;
  };
  const rows = picks.map(
    ([id, name, contact, email, tier, status, owner]): PackedRow => [
      id,
      name,
      contact,
      email,
      word(tier),
      word(status),
      word(owner),
    ],
  );
  return { words, rows };
}

export function unpackPicks({ words, rows }: PackedPicks): CustomerPick[] {
  return rows.map(([id, name, contact, email, tier, status, owner]) => [
    id,
    name,
    contact,
    email,
    words[tier] ?? '',
    words[status] ?? '',
    words[owner] ?? '',
  ]);
}
