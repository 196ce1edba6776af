/**
 * The simulated executions in flight. Apps Script runs every menu click, sidebar call and trigger
 * as its own execution with its own auth mode, user, time limit and locks; a test's hook may start
 * a second execution in the middle of the first (a colleague saving while a job runs), so they nest.
 */
import { EXECUTION_LIMIT_MS, type Runtime, TIME_LIMIT_ERROR } from '../runtime';

export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

export interface RunSettings {
  readonly authMode: AuthModeName;
  /** Whether someone is looking at the document: SpreadsheetApp.getUi() throws when not. */
  readonly ui: boolean;
  readonly activeUser?: string;
  readonly effectiveUser?: string;
  readonly limitMs?: number;
}

export interface Frame extends RunSettings {
  readonly id: number;
}

type EndListener = (frame: Frame) => void;

export class Executions {
  /** Frame 0 is the test itself calling services directly: fully authorized, with a UI. */
  private readonly frames: Frame[] = [{ id: 0, authMode: 'FULL', ui: true }];
  private readonly endListeners: EndListener[] = [];
  private nextId = 1;

  constructor(private readonly rt: Runtime) {}

  get current(): Frame {
    return this.frames[this.frames.length - 1]!;
  }

  /** Runs when an execution ends, e.g. to release the locks it still holds. */
  onEnd(listener: EndListener): void {
    this.endListeners.push(listener);
  }

  run<T>(settings: RunSettings, work: () => T): T {
    const rt = this.rt;
    const saved = {
      activeUser: rt.activeUser,
      effectiveUser: rt.effectiveUser,
      executionStart: rt.executionStart,
      executionLimitMs: rt.executionLimitMs,
    };
    const frame: Frame = { ...settings, id: this.nextId++ };
    this.frames.push(frame);
    rt.activeUser = settings.activeUser ?? rt.activeUser;
    rt.effectiveUser = settings.effectiveUser ?? rt.effectiveUser;
    const start = rt.clock.now();
    rt.executionStart = start;
    rt.executionLimitMs = settings.limitMs ?? EXECUTION_LIMIT_MS;
    try {
      const result = work();
      // Apps Script stops a script at its limit; code that caught the error cannot finish the run.
      if (rt.clock.now() - start > rt.executionLimitMs) throw new Error(TIME_LIMIT_ERROR);
      return result;
    } finally {
      for (const listener of this.endListeners) listener(frame);
      this.frames.pop();
      Object.assign(rt, saved);
    }
  }
}

/** Who owns user-scoped things (user properties, user locks, triggers): the person the code runs
 * as, known to Google even when Session hides the address. */
export function identity(rt: Runtime): string {
  return rt.effectiveUser || rt.activeUser;
}
