/**
 * A JSON value kept in a document property. A garbled value (a person or an old version wrote it)
 * reads as the fallback; a failing properties service is not forgiven: it fails the caller.
 */
import type { Env } from './env';

export function storedJson<T>(env: Env, key: string, fallback: T): T {
  const raw = env.documentProperties().getProperty(key);
  if (!raw) return fallback;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return fallback;
  }
}
