/** Every write happens under the document lock, waited for a bounded time. */
import type { Env } from './env';

export class BusyError extends Error {
  override name = 'BusyError';
}

/**
 * A sidebar save waits out an hourly run at the largest size (some 28 s modeled, README Measured),
 * so a save pressed during one goes through instead of asking the person to press Save again.
 */
const WAIT_MS = 30_000;

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
