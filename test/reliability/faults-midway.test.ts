/**
 * Faults: an exception injected before every service call of each job, and Apps Script's
 * 6-minute limit reached at many points (or the job's own time budget making it stop early).
 * After each: the manager can see what happened, no batch of computed cells is half written,
 * what people entered is untouched, and the next run leaves what a calm run leaves.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { count } from './counters';
import {
  calmRun,
  type LABEL,
  mailedAlerts,
  managerSees,
  notRecovered,
  partialBatches,
  runFaulted,
  type State,
  sameAsCalm,
  stateOf,
} from './faults';
import { diffEntered, enteredFp } from './fingerprint';
import { callsOf, positionsOf, world } from './interleave';
import { newTicket } from './user';
import { baseSnapshot, type Snapshot, type World, writeRecords } from './world';

type Job = keyof typeof LABEL;
const JOBS: Job[] = ['runHourlyJobs', 'runDailyJobs'];
const MINUTE = 60_000;

let base: Snapshot;
let w: World;
beforeAll(() => {
  base = baseSnapshot();
  w = world(base);
});

interface Injection {
  /** Makes the fault happen at the hooked call (throws, or moves the clock). */
  readonly inject: (w: World, method: string, n: number) => void;
  /** Words the manager should then see. */
  readonly says: (n: number) => RegExp;
  /** Clock for the next run (after a 6-minute kill the clock has moved on). */
  readonly nextRunAt?: number;
}

interface Refs {
  /** Before the run. */
  pre: State;
  /** After a calm run at the faulty run's time: what a whole batch looks like. */
  calm: State;
  /** What the next run may leave (calm runs at the times involved). */
  settled: State[];
}

/** Runs `job` with the fault at call n, then the checks, then the next calm run. */
function faultAt(job: Job, n: number, fault: Injection, { pre, calm, settled }: Refs): string[] {
  w.reset(base);
  const entered = enteredFp(w);
  let method = '';
  let seen = 0;
  // Whether the fault fell after an email went and before its alerts were recorded as mailed (in
  // the document property the job writes right after each email, or stamped Mailed).
  let unstampedMail = false;
  w.emu.rt.hook = (m) => {
    if (++seen > n) return;
    if (seen < n) {
      if (m === 'MailApp.sendEmail') unstampedMail = true;
      if (m === 'Properties.setProperty' || m === 'Range.setValues') unstampedMail = false;
      return;
    }
    method = m;
    fault.inject(w, m, n);
  };
  const threw = runFaulted(w, job);
  // Positions come from a calm run's calls: one this run never reached would test nothing.
  if (!method) return [`${job}: the run ended before call ${n}, so no fault fell there`];
  count('faults');
  const at = `${job}, fault before call ${n} (${method})`;
  const problems: string[] = [];
  const after = stateOf(w);
  const visible = fault.says(n).test(managerSees(w, job));
  if (!visible && !sameAsCalm(after, calm)) {
    problems.push(
      `${at}: the run ${threw ? `threw "${threw}"` : 'ended'} with work undone, and neither the Dashboard nor the sidebar says so (${managerSees(w, job)})`,
    );
  }
  problems.push(...partialBatches(after.computed, pre.computed, calm.computed).map((p) => `${at}: ${p}`));
  const lost = diffEntered(entered, enteredFp(w));
  count('recordsLost', lost.lost);
  problems.push(...lost.problems.map((p) => `${at}: ${p}`));

  if (fault.nextRunAt !== undefined) w.emu.rt.clock.set(fault.nextRunAt);
  // No mail service can be undone: a run stopped between sending an email and stamping its alerts
  // sends that one email again (at least once, never lost). Any other repeat is a defect.
  const resendable = unstampedMail ? new Set(mailedAlerts(w).slice(-lastMailLines(w))) : new Set<string>();
  w.addon.call(job);
  const unrecovered = notRecovered(stateOf(w), settled).filter(
    (p) => ![...resendable].some((line) => p === `${line.replace('|', ' got alert ')} mailed twice`),
  );
  problems.push(...unrecovered.map((p) => `${at}, after the next run: ${p}`));
  if (!/OK/.test(managerSees(w, job)))
    problems.push(`${at}: the next run did not end OK: ${managerSees(w, job)}`);
  return problems;
}

describe('an exception thrown before any service call of a job', () => {
  // Call 1 is SpreadsheetApp.getActive(): without the spreadsheet nothing can be written there.
  it.each([
    ['runHourlyJobs', 1],
    ['runDailyJobs', 2],
  ] as const)('%s: before every call (every %ith, and each write)', (job, stride) => {
    const pre = stateOf(w.reset(base));
    const calm = calmRun(w, base, job);
    const fault: Injection = {
      inject: (_, method, n) => {
        throw new Error(`Injected fault at call ${n} (${method})`);
      },
      says: (n) => new RegExp(`Injected fault at call ${n}\\b`),
    };
    const positions = positionsOf(callsOf(base, job), stride).filter((n) => n > 1);
    const problems = positions.flatMap((n) => faultAt(job, n, fault, { pre, calm, settled: [calm] }));
    expect(problems.slice(0, 25)).toEqual([]);
  });
});

describe("Apps Script's 6-minute limit", () => {
  it.each(JOBS)('%s: the limit is reached at many points of the run', (job) => {
    const calls = callsOf(base, job);
    const pre = stateOf(w.reset(base));
    const later = base.now + 7 * MINUTE;
    const calm = calmRun(w, base, job);
    w.emu.rt.clock.set(later);
    w.addon.call(job);
    const settled = [stateOf(w), calmRun(w, { ...base, now: later }, job)];
    const fault: Injection = {
      // The run has been slow: by this call 6 minutes and 1 second have gone by.
      inject: (w) => w.emu.rt.clock.set(base.now + 6 * MINUTE + 1000),
      says: () => /did not finish|time limit|Exceeded maximum execution time|6.minute/i,
      nextRunAt: later,
    };
    // The limit counts from the start of the run, and the first calls (the lock, waited on for at
    // most 30 s, and the "run started" mark) come within seconds of it: it strikes after them.
    const started = calls.indexOf('Properties.setProperty') + 1;
    const positions = calls
      .map((_, i) => i + 1)
      .filter((n) => n > started && (n % 6 === 0 || n === started + 1));
    const problems = positions.flatMap((n) => faultAt(job, n, fault, { pre, calm, settled }));
    expect(problems.slice(0, 25)).toEqual([]);
  });

  it('runHourlyJobs: which one happens: Apps Script stops the run with its own error', () => {
    w.reset(base);
    let fired = false;
    w.emu.rt.hook = (m) => {
      if (!fired && m === 'Range.setValues') {
        fired = true;
        w.emu.rt.clock.advance(6 * MINUTE + 1000);
      }
    };
    let threw = '';
    try {
      w.addon.call('runHourlyJobs');
    } catch (e) {
      threw = (e as Error).message;
    } finally {
      w.emu.rt.hook = undefined;
    }
    count('faults');
    expect(threw).toBe('Exceeded maximum execution time');
  });

  it('runHourlyJobs with 600 tickets: a slow read uses up the time budget, the job stops early and saves its cursor, the next run completes', () => {
    const big = bigWorkbook();
    const later = big.now + 5 * MINUTE;
    calmRun(w, big, 'runHourlyJobs');
    w.emu.rt.clock.set(later);
    w.addon.call('runHourlyJobs');
    const settled = [stateOf(w), calmRun(w, { ...big, now: later }, 'runHourlyJobs')];
    w.reset(big);
    let slowed = false;
    w.emu.rt.hook = (m) => {
      // Reading the tickets takes 4.6 minutes.
      if (!slowed && m === 'Sheet.getSheetValues' && w.emu.rt.calls.get('Sheet.getSheetValues')! > 4) {
        slowed = true;
        w.emu.rt.clock.advance(4.6 * MINUTE);
      }
    };
    let first: { error: string; detail: string; rows: number };
    try {
      first = w.addon.call('runHourlyJobs') as typeof first;
    } finally {
      w.emu.rt.hook = undefined;
    }
    count('faults');
    expect(first.error).toBe('');
    expect(first.detail).toMatch(/stopped early/);
    expect(first.rows).toBeLessThan(636);
    expect(managerSees(w, 'runHourlyJobs')).toMatch(/stopped early.*carries on from T-/);
    expect(w.emu.properties.document.get('crm.hourlyCursor')).toMatch(/^T-/);

    w.emu.rt.clock.set(later);
    const second = w.addon.call('runHourlyJobs') as typeof first;
    expect(second.error).toBe('');
    expect(second.detail).not.toMatch(/stopped early/);
    expect(w.emu.properties.document.get('crm.hourlyCursor')).toBeNull();
    expect(notRecovered(stateOf(w), settled)).toEqual([]);
  });
});

/** The base workbook with 600 more tickets, so the hourly job checks its time budget. */
function bigWorkbook(): Snapshot {
  const big = world(base);
  big.person((ss) => {
    const sheet = ss.getSheetByName('Tickets')!;
    const rows = Array.from({ length: 600 }, (_, i) =>
      newTicket(
        `T-${String(i + 37).padStart(5, '0')}`,
        `C-${String((i % 12) + 1).padStart(4, '0')}`,
        30 + 7 * i,
      ),
    );
    writeRecords(sheet, rows, sheet.getLastRow() + 1);
  });
  return big.snapshot();
}

/** How many "recipient|alert" lines the last email sent holds. */
function lastMailLines(w: World): number {
  const last = w.emu.mail.at(-1);
  return last ? [...last.body.matchAll(/^- (A-\d+) · /gm)].length * last.to.length : 0;
}
