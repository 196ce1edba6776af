/**
 * Alerts mailed but not yet stamped Mailed, kept in one document property between an email and
 * the write that stamps it. A run mails the alerts of a digest under one time and alert IDs come
 * in sequence, so the record groups IDs by time and writes runs of IDs as ranges: a digest of
 * 1,000 alerts takes a few dozen characters, well under Apps Script's 9 KB a property value,
 * where one entry per alert would fill it after some 200.
 */

/** When each owed alert was mailed (ISO instant), by alert ID. */
export type Owed = Map<string, string>;

const ISO = /^\d{4}-\d\d-\d\dT/;
const NUMBERED = /^(.*?)(\d+)$/;
const PLAIN = /^[\w-]+$/;

export function encodeOwed(owed: Owed): string {
  const record: Record<string, string> = {};
  const byTime = new Map<string, string[]>();
  for (const [id, at] of owed) {
    // An ID a person typed oddly keeps an entry of its own rather than break the list.
    if (!PLAIN.test(id)) record[id] = at;
    else byTime.set(at, [...(byTime.get(at) ?? []), id]);
  }
  for (const [at, ids] of byTime) record[at] = ranges(ids).join(',');
  return JSON.stringify(record);
}

/**
 * Reads the record back; also the earlier shape, one `{ id: time }` entry per alert, so what a run
 * of the previous version left owed is still stamped, not mailed again.
 */
export function decodeOwed(stored: unknown): Owed {
  const owed: Owed = new Map();
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return owed;
  for (const [key, value] of Object.entries(stored)) {
    if (typeof value !== 'string') continue;
    if (!ISO.test(key)) owed.set(key, value);
    else for (const id of expand(value)) owed.set(id, key);
  }
  return owed;
}

/** "A-000007..A-000012" for a run of IDs numbered in sequence with the same prefix and width. */
function ranges(ids: readonly string[]): string[] {
  const runs: Array<[first: string, last: string]> = [];
  for (const id of [...ids].sort()) {
    const run = runs[runs.length - 1];
    if (run && follows(run[1], id)) run[1] = id;
    else runs.push([id, id]);
  }
  return runs.map(([first, last]) => (first === last ? first : `${first}..${last}`));
}

function follows(previous: string, id: string): boolean {
  const a = NUMBERED.exec(previous);
  const b = NUMBERED.exec(id);
  return !!a && !!b && a[1] === b[1] && previous.length === id.length && Number(b[2]) === Number(a[2]) + 1;
}

function expand(list: string): string[] {
  return list
    .split(',')
    .filter(Boolean)
    .flatMap((part) => {
      const [first, last] = part.split('..');
      const a = NUMBERED.exec(first!);
      const b = last === undefined ? null : NUMBERED.exec(last);
      if (!a || !b) return [part];
      const width = a[2]!.length;
      const out: string[] = [];
      for (let n = Number(a[2]); n <= Number(b[2]); n++) out.push(`${a[1]}${String(n).padStart(width, '0')}`);
      return out;
    });
}
