/**
 * The preview's back end: the built add-on (dist/Code.js) running in the emulator over one
 * workbook, a simulated clock, and the file that keeps them between runs. A first start seeds
 * sample data through the add-on itself: Set up, the bulk load, the schedule, one run of the jobs.
 */
import { rmSync } from 'node:fs';
import { messageOf } from '../../src/domain/message-of';
import { wallFromInstant } from '../../src/domain/zone';
import { type Addon, createEmulator, type Emulator, fixedClock } from '../emulator/index';
import { generate } from '../seed/generate';
import { loadSeed } from '../seed/load';
import { STAFF } from '../seed/pools';
import { readSaved, restoreServices, type SavedPreview, snapshot, writeSaved } from './store';

export const TIME_ZONE = 'Asia/Shanghai';
/** The person using the preview; owns a share of the sample customers, so My queue has work. */
export const PREVIEW_USER = STAFF[0];
const HOUR_MS = 3_600_000;

/** The add-on menu's items the preview offers as buttons. */
export const MENU = [
  'setupWorkbook',
  'installTriggers',
  'menuRunHourlyJobs',
  'menuRunDailyJobs',
  'refreshDashboard',
] as const;
export type MenuItem = (typeof MENU)[number];

export interface SessionOptions {
  /** Where the workbook is kept between runs; none: `saved` is opened and kept in memory only. */
  file?: string;
  /** A state to open instead of the file's (the benchmark's workbook, too large to save each call). */
  saved?: SavedPreview;
  reset?: boolean;
  /** The clock for a fresh seed; default the current hour. */
  now?: number;
  codePath?: string;
  log?: (line: string) => void;
}

/**
 * A scheduled run does not throw when a job stops: each job's outcome says what went wrong in
 * words (runScheduledJobs returns them), as the menu's Run hourly jobs shows.
 */
function failures(outcomes: unknown): string[] {
  if (!Array.isArray(outcomes)) return [];
  return outcomes.flatMap((o: { job?: unknown; error?: unknown }) =>
    typeof o?.error === 'string' && o.error ? [`${String(o.job)} work: ${o.error}`] : [],
  );
}

export class Session {
  private constructor(
    readonly emu: Emulator,
    readonly addon: Addon,
    private readonly file: string | undefined,
  ) {}

  static open(o: SessionOptions): Session {
    const log = o.log ?? console.log;
    if (o.reset && o.file) rmSync(o.file, { force: true });
    const saved = o.saved ?? (o.file ? readSaved(o.file) : undefined);
    const now = saved?.now ?? o.now ?? Math.floor(Date.now() / HOUR_MS) * HOUR_MS;
    const emu = createEmulator({
      clock: fixedClock(now),
      spreadsheetTimeZone: TIME_ZONE,
      activeUser: PREVIEW_USER,
      name: 'CRM (preview)',
      seed: 'preview',
      enabled: saved?.enabled ?? false,
      ...(saved ? { workbook: saved.workbook } : {}),
    });
    const session = new Session(emu, emu.load(o.codePath ?? 'dist/Code.js'), o.file);
    if (saved) restoreServices(emu, saved);
    else session.seed(log);
    return session;
  }

  /** Each step goes through the add-on; a step the add-on cannot do yet is reported, not fatal. */
  private seed(log: (line: string) => void): void {
    const step = (name: MenuItem) => {
      const result = this.menu(name);
      if (!result.ok) log(`seed: ${name} failed: ${result.error}`);
      return result.ok;
    };
    if (!step('setupWorkbook')) return;
    loadSeed(this.emu.workbook, generate({ now: this.emu.rt.clock.now(), timeZone: TIME_ZONE }));
    step('installTriggers');
    step('menuRunHourlyJobs');
    step('menuRunDailyJobs');
    this.save();
  }

  /** A google.script.run call from the sidebar; throws what the failure handler would get. */
  serve(name: string, args: unknown[]): unknown {
    try {
      return this.addon.serve(name, ...(args as never[]));
    } finally {
      this.save();
    }
  }

  menu(name: MenuItem): { ok: true; value: unknown } | { ok: false; error: string } {
    try {
      return { ok: true, value: this.addon.call(name) };
    } catch (e) {
      return { ok: false, error: messageOf(e) };
    } finally {
      this.save();
    }
  }

  /** Moves the clock on; the installed hourly trigger then fires once, as it would by then. */
  advance(hours: number): { triggers: number; error?: string } {
    this.emu.rt.clock.advance(hours * HOUR_MS);
    const clocks = this.emu.triggers.all().filter((t) => t.event === 'CLOCK');
    try {
      const failed = clocks.flatMap((t) => failures(this.addon.runTrigger(t)));
      return { triggers: clocks.length, ...(failed.length > 0 ? { error: failed.join('; ') } : {}) };
    } catch (e) {
      return { triggers: clocks.length, error: messageOf(e) };
    } finally {
      this.save();
    }
  }

  now(): string {
    return wallFromInstant(this.emu.rt.clock.now(), TIME_ZONE).replace('T', ' ');
  }

  save(): void {
    if (this.file) writeSaved(this.file, snapshot(this.emu));
  }
}
