/**
 * Each sidebar submit carries a request ID; the server remembers the record it produced, so a
 * double-click or a retry after a timeout returns the same record instead of making another.
 * Kept in one document property, newest last, trimmed well under Apps Script's 9 KB per value.
 */
import type { Env } from './env';

const KEY = 'crm.requests';
const KEEP = 150;

type Seen = Array<[request: string, record: string]>;

function load(env: Env): Seen {
  try {
    const parsed: unknown = JSON.parse(env.documentProperties().getProperty(KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as Seen) : [];
  } catch {
    return [];
  }
}

export function recordFor(env: Env, requestId: string): string | undefined {
  return load(env).find(([r]) => r === requestId)?.[1];
}

export function remember(env: Env, requestId: string, recordId: string): void {
  const seen = load(env).filter(([r]) => r !== requestId);
  seen.push([requestId.slice(0, 40), recordId]);
  env.documentProperties().setProperty(KEY, JSON.stringify(seen.slice(-KEEP)));
}
