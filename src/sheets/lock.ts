/** Every write happens under the document lock, waited for a bounded time. */
import type { Env } from './env';

export class BusyError extends Error {
  override name = 'BusyError';
}

const WAIT_MS = 10_000;

export function withDocumentLock<T>(env: Env, work: () => T, waitMs = WAIT_MS): T {
  const lock = env.documentLock();
  if (!lock.tryLock(waitMs)) {
    throw new BusyError(
      'The sheet is busy with another save or a scheduled job. Please try again in a moment.',
    );
  }
  try {
    const result = work();
    // Apps Script batches writes; flush so the next lock holder reads them (Lock docs advise it).
    env.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
