/**
 * The customer picker's search: every word typed must appear in the customer's ID, name, contact
 * or email, or the query is the customer's ID typed in short. Pure, so it is tested in Node; the
 * index is built once per customer list because the picker searches on every keystroke and a list
 * may hold 10,000 customers.
 */
import type { CustomerPick } from '../src/api/contract';
import { CUSTOMERS } from '../src/sheets/tables';
import { fullId } from './record-id';

interface Entry {
  pick: CustomerPick;
  id: string;
  name: string;
  text: string;
}

/** Full-width letters and case do not matter: "ＡＣＭＥ" finds "Acme". */
export const fold = (s: string) => s.normalize('NFKC').toLowerCase().trim();

const indexes = new WeakMap<readonly CustomerPick[], Entry[]>();

function indexOf(customers: readonly CustomerPick[]): Entry[] {
  let index = indexes.get(customers);
  if (!index) {
    index = customers.map((pick) => {
      const [id, name, contact, email] = pick;
      return { pick, id: fold(id), name: fold(name), text: fold(`${id} ${name} ${contact} ${email}`) };
    });
    indexes.set(customers, index);
  }
  return index;
}

/** Lower is better: the exact ID, then names starting with the query, then any match. */
function rank(entry: Entry, query: string, id: string): number {
  if (entry.id === id) return 0;
  if (entry.name.startsWith(query)) return 1;
  return entry.name.includes(query) ? 2 : 3;
}

export function searchCustomers(
  customers: readonly CustomerPick[],
  query: string,
  limit = 8,
): CustomerPick[] {
  const q = fold(query);
  const words = q.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  // An ID typed in short ("c-12", "12") names C-0012, as it does in the forms' ID fields.
  const id = fold(fullId(q, CUSTOMERS));
  return indexOf(customers)
    .filter((e) => e.id === id || words.every((w) => e.text.includes(w)))
    .map((e) => ({ e, r: rank(e, q, id) }))
    .sort((a, b) => a.r - b.r || a.e.name.localeCompare(b.e.name))
    .slice(0, limit)
    .map(({ e }) => e.pick);
}
