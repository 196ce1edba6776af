/**
 * Each sidebar submit carries a request ID; the server remembers the record it produced, so a
 * double-click or a retry after a timeout returns the same record instead of making another.
 * Kept in one document property, newest last, trimmed well under Apps Script's 9 KB per value.
 *
 * A request ID is remembered per table (a form's ID never answers for another form's record) and
 * under a short key: the sidebar's IDs (UUIDs) are kept as they are; anything longer or stranger
 * is kept as a hash of the whole ID, so a retry still matches and two IDs that differ anywhere
 * never do, and no entry can outgrow its share of the property.
 */
import type { Env } from './env';
import { storedJson } from './stored-json';

const KEY = 'crm.requests';
const KEEP = 150;
const PLAIN = /^[\w-]{1,40}$/;

type Seen = Array<[request: string, record: string]>;

/** cyrb53: a fast 53-bit string hash (not cryptographic; request IDs are not secrets). */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

const keyOf = (requestId: string) =>
  PLAIN.test(requestId) ? requestId : `#${requestId.length.toString(36)}.${hash(requestId)}`;
/** C-0001 → C: the table a remembered record belongs to. */
const tableOf = (recordId: string) => recordId.split('-')[0];

/**
 * A garbled list reads as empty; a failing properties service fails the save (nothing written, the
 * sidebar keeps the entry): answering "not seen" then could make a retry's record twice.
 */
function load(env: Env): Seen {
  const parsed = storedJson<unknown>(env, KEY, []);
  return Array.isArray(parsed) ? (parsed as Seen) : [];
}

/** The record this request already produced in the table of `idPrefix` (C, T …), if any. */
export function recordFor(env: Env, requestId: string, idPrefix: string): string | undefined {
  const key = keyOf(requestId);
  return load(env).find(([r, id]) => r === key && tableOf(String(id)) === idPrefix)?.[1];
}

export function remember(env: Env, requestId: string, recordId: string): void {
  const key = keyOf(requestId);
  const seen = load(env).filter(([r, id]) => r !== key || tableOf(String(id)) !== tableOf(recordId));
  seen.push([key, recordId]);
  env.documentProperties().setProperty(KEY, JSON.stringify(seen.slice(-KEEP)));
}
