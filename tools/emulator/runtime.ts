/**
 * The heart of the emulator: one Runtime per simulated Apps Script project + document.
 * Every service method calls `rt.call(name)` first, so the runtime can count calls (for the
 * benchmark's cost model), run a hook between any two calls (reliability tests interleave a
 * "user" there, or inject a fault) and enforce the execution-time limit.
 */

export interface Clock {
  now(): number;
  set(ms: number | Date): void;
  advance(ms: number): void;
}

export function fixedClock(start: number | Date): Clock {
  let t = typeof start === 'number' ? start : start.getTime();
  return {
    now: () => t,
    set: (ms) => {
      t = typeof ms === 'number' ? ms : ms.getTime();
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

export interface RuntimeOptions {
  /** Simulated "now"; defaults to a fixed clock at 2026-01-05T01:00:00Z. */
  clock?: Clock;
  /** The spreadsheet's time zone (File > Settings). */
  spreadsheetTimeZone?: string;
  /** The spreadsheet's locale (File > Settings > Locale), as Spreadsheet.getSpreadsheetLocale names it. */
  spreadsheetLocale?: string;
  /** The script's time zone (appsscript.json). */
  scriptTimeZone?: string;
  /** Email of the person running the code; '' models a user Apps Script will not reveal. */
  activeUser?: string;
  /** Email of the script owner / trigger installer. */
  effectiveUser?: string;
  /** The spreadsheet's owner, an editor of every protection (default: the effective user). */
  spreadsheetOwner?: string;
  /** The user's locale (Session.getActiveUserLocale). */
  locale?: string;
  /** Remaining MailApp recipients today (consumer accounts: 100). */
  mailQuota?: number;
}

export type CallHook = (method: string) => void;

/** One Apps Script execution's limit; a run past it throws Apps Script's error at the next call. */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
export const TIME_LIMIT_ERROR = 'Exceeded maximum execution time';

export class Runtime {
  readonly clock: Clock;
  readonly spreadsheetTimeZone: string;
  readonly spreadsheetLocale: string;
  readonly scriptTimeZone: string;
  activeUser: string;
  effectiveUser: string;
  owner: string;
  locale: string;
  mailQuota: number;

  /** Service calls by `Class.method`, since the last `resetCounters()`. */
  readonly calls = new Map<string, number>();
  cellsRead = 0;
  cellsWritten = 0;
  /** Runs before every service call; may mutate the workbook or throw to inject a fault. */
  hook: CallHook | undefined;
  private inHook = false;
  /** Start of the current execution, set by the loader when a global function is invoked. */
  executionStart: number | undefined;
  /** The current execution's limit: simple triggers get 30 s, everything else 6 minutes. */
  executionLimitMs = EXECUTION_LIMIT_MS;

  constructor(opts: RuntimeOptions = {}) {
    this.clock = opts.clock ?? fixedClock(Date.UTC(2026, 0, 5, 1));
    this.spreadsheetTimeZone = opts.spreadsheetTimeZone ?? 'Asia/Shanghai';
    this.spreadsheetLocale = opts.spreadsheetLocale ?? 'en_US';
    this.scriptTimeZone = opts.scriptTimeZone ?? 'America/New_York';
    this.activeUser = opts.activeUser ?? 'user@example.com';
    this.effectiveUser = opts.effectiveUser ?? this.activeUser;
    this.owner = opts.spreadsheetOwner ?? this.effectiveUser;
    this.locale = opts.locale ?? 'en_US';
    this.mailQuota = opts.mailQuota ?? 100;
  }

  /** Whose rights a write uses: the person running it (a trigger runs as its owner). */
  get editor(): string {
    return this.activeUser || this.effectiveUser;
  }

  /** Record one service call. Every public emulated method calls this first. */
  call(method: string): void {
    const hook = this.hook;
    // A hook that makes service calls itself (a simulated user) must not recurse into itself; one
    // that removes or replaces itself is taken at its word.
    if (hook && !this.inHook) {
      this.inHook = true;
      try {
        hook(method);
      } finally {
        this.inHook = false;
      }
    }
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
    if (this.executionStart !== undefined && this.clock.now() - this.executionStart > this.executionLimitMs) {
      throw new Error(TIME_LIMIT_ERROR);
    }
  }

  read(cells: number): void {
    this.cellsRead += cells;
  }

  wrote(cells: number): void {
    this.cellsWritten += cells;
  }

  totalCalls(): number {
    let n = 0;
    for (const v of this.calls.values()) n += v;
    return n;
  }

  resetCounters(): void {
    this.calls.clear();
    this.cellsRead = 0;
    this.cellsWritten = 0;
  }
}
