/**
 * LockService. Locks are held by executions, so two simulated runs contend: a run that cannot get
 * a lock waits by advancing the simulated clock (never by sleeping), and a test can stand in for
 * "another run" holding a lock, for ever or for a while.
 * https://developers.google.com/apps-script/reference/lock/lock
 */
import type { Clock } from '../runtime';
import { enter, type ServiceContext } from './access';
import { identity } from './execution';

/** Apps Script's waitLock failure, as users report it (e.g. in execution logs). */
export const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

export type LockScope = 'document' | 'script' | { readonly user: string };

const OTHER_RUN = -1;

interface Holder {
  readonly run: number;
  /** Simulated time at which the holder lets go; Infinity until released. */
  readonly until: number;
}

const keyOf = (scope: LockScope): string => (typeof scope === 'string' ? scope : `user:${scope.user}`);

/** What a test may do with locks: pretend another execution holds one. */
export interface LockControl {
  /** Another run takes the lock, for `forMs` of simulated time or until `release`. */
  hold(scope: LockScope, forMs?: number): void;
  release(scope: LockScope): void;
  isHeld(scope: LockScope): boolean;
}

export class LockTable implements LockControl {
  private readonly held = new Map<string, Holder>();

  constructor(private readonly clock: Clock) {}

  hold(scope: LockScope, forMs = Number.POSITIVE_INFINITY): void {
    this.held.set(keyOf(scope), { run: OTHER_RUN, until: this.clock.now() + forMs });
  }

  release(scope: LockScope): void {
    this.held.delete(keyOf(scope));
  }

  isHeld(scope: LockScope): boolean {
    return this.holder(keyOf(scope)) !== undefined;
  }

  /** Takes the lock for `run`, waiting up to `timeoutMs` of simulated time. A simulated run that is
   * paused under ours can never let go, so waiting for it always times out. */
  acquire(key: string, run: number, timeoutMs: number): boolean {
    const holder = this.holder(key);
    if (holder === undefined || holder.run === run) {
      this.held.set(key, { run, until: Number.POSITIVE_INFINITY });
      return true;
    }
    const wait = holder.until - this.clock.now();
    if (wait > timeoutMs) {
      this.clock.advance(timeoutMs);
      return false;
    }
    this.clock.advance(wait);
    this.held.set(key, { run, until: Number.POSITIVE_INFINITY });
    return true;
  }

  holds(key: string, run: number): boolean {
    return this.holder(key)?.run === run;
  }

  releaseFor(key: string, run: number): void {
    if (this.holds(key, run)) this.held.delete(key);
  }

  /** Apps Script releases a run's locks when it ends. */
  releaseAll(run: number): void {
    for (const [key, holder] of this.held) if (holder.run === run) this.held.delete(key);
  }

  private holder(key: string): Holder | undefined {
    const holder = this.held.get(key);
    if (holder && holder.until <= this.clock.now()) {
      this.held.delete(key);
      return undefined;
    }
    return holder;
  }
}

/**
 * One lock as the script sees it. The execution holds what it took (a second tryLock from the same
 * run succeeds), but only the Lock object that took it has it: hasLock() "will return false if
 * tryLock(timeoutInMillis) or waitLock(timeoutInMillis) were never called", and releaseLock() "has
 * no effect if the lock has not been acquired".
 * https://developers.google.com/apps-script/reference/lock/lock
 */
export class Lock {
  private acquired = false;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly table: LockTable,
    private readonly key: string,
  ) {}

  /** "This method has no effect if the lock has already been acquired." */
  tryLock(timeoutInMillis: number): boolean {
    enter(this.ctx, 'Lock.tryLock');
    if (this.table.acquire(this.key, this.run(), timeoutInMillis)) this.acquired = true;
    return this.acquired;
  }

  waitLock(timeoutInMillis: number): void {
    enter(this.ctx, 'Lock.waitLock');
    if (!this.table.acquire(this.key, this.run(), timeoutInMillis)) throw new Error(LOCK_TIMEOUT);
    this.acquired = true;
  }

  /** "This method has no effect if the lock has not been acquired." */
  releaseLock(): void {
    enter(this.ctx, 'Lock.releaseLock');
    if (this.acquired) this.table.releaseFor(this.key, this.run());
    this.acquired = false;
  }

  hasLock(): boolean {
    enter(this.ctx, 'Lock.hasLock');
    return this.acquired && this.table.holds(this.key, this.run());
  }

  private run(): number {
    return this.ctx.exec.current.id;
  }
}

export class LockService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly table: LockTable,
  ) {
    ctx.exec.onEnd((frame) => table.releaseAll(frame.id));
  }

  getDocumentLock(): Lock {
    enter(this.ctx, 'LockService.getDocumentLock');
    return new Lock(this.ctx, this.table, keyOf('document'));
  }

  getScriptLock(): Lock {
    enter(this.ctx, 'LockService.getScriptLock');
    return new Lock(this.ctx, this.table, keyOf('script'));
  }

  getUserLock(): Lock {
    enter(this.ctx, 'LockService.getUserLock');
    return new Lock(this.ctx, this.table, keyOf({ user: identity(this.ctx.rt) }));
  }
}
