/**
 * Runs a job with a person's action slipped in before its Nth service call, for many N, and says
 * what went wrong. What the person meant is learned by doing the same action calmly on a copy:
 *
 * - entered cells must end as in "action alone" (or untouched, when a sidebar save answered busy);
 * - each computed cell must be the job's value for that record, computed from the data as it was
 *   either before or after the action ("job then action" or "action then job"): a value that
 *   landed on another record's row matches neither;
 * - alerts are raised once per key, each as one of those two runs raised it;
 * - no cell holds a formula;
 * - and the next calm run leaves what "action then job, twice" leaves.
 */
import fc from 'fast-check';
import { count } from './counters';
import {
  type AlertFp,
  alertsFp,
  type ComputedFp,
  computedFp,
  diffEntered,
  enteredFp,
  type Fingerprint,
  formulas,
} from './fingerprint';
import type { UserAction } from './user';
import { open, type Result, type Snapshot, type World } from './world';

export type JobName = 'runHourlyJobs' | 'runDailyJobs' | 'setupWorkbook';

export interface Reference {
  computed: ComputedFp;
  alerts: Map<string, AlertFp>;
}

const reference = (w: World): Reference => ({ computed: computedFp(w), alerts: alertsFp(w).byKey });

let shared: World | undefined;
/** One emulator per test file, reset for each run. */
export function world(snap: Snapshot): World {
  if (shared) return shared.reset(snap);
  shared = open(snap);
  return shared;
}

/** The service calls a calm run of `job` makes, in order. */
export function callsOf(base: Snapshot, job: JobName): string[] {
  const w = world(base);
  const calls: string[] = [];
  w.emu.rt.hook = (method) => {
    calls.push(method);
  };
  w.addon.call(job);
  return calls;
}

/** How many service calls a calm sidebar call makes on `w`. */
export function servedCalls(w: World, fn: string, ...args: unknown[]): number {
  let n = 0;
  w.emu.rt.hook = () => {
    n++;
  };
  try {
    w.serve(fn, ...args);
  } finally {
    w.emu.rt.hook = undefined;
  }
  return n;
}

/** Two people's actions, each with the service call it comes just before, in call order. */
export type People = ReadonlyArray<readonly [UserAction, number]>;

/** Any two different actions (one record cannot be deleted twice), each before any of `calls`. */
export function twoPeople(actions: readonly UserAction[], calls: number): fc.Arbitrary<People> {
  const pick = fc.integer({ min: 0, max: actions.length - 1 });
  const at = fc.integer({ min: 1, max: calls });
  return fc
    .tuple(pick, at, pick, at)
    .filter(([a, , b]) => a !== b)
    .map(
      ([a, n, b, m]): People =>
        [[actions[a]!, n] as const, [actions[b]!, m] as const].sort((x, y) => x[1] - y[1]),
    );
}

/** The people's actions done calmly on `w`, in their order. */
export function calmly(w: World, people: People): World {
  for (const [action] of people) action.run(w);
  return w;
}

/**
 * `work` on `w` with each person acting just before their call; one the work never reached (it
 * made fewer calls) acts just after it.
 */
export function amid<T>(w: World, people: People, work: () => T): T {
  let seen = 0;
  w.emu.rt.hook = () => {
    seen++;
    for (const [action, call] of people) if (seen === call) action.run(w);
  };
  try {
    return work();
  } finally {
    w.emu.rt.hook = undefined;
    for (const [action, call] of people) if (seen < call) action.run(w);
    count('interleavings');
  }
}

/** An interleaving in words, for a failure. */
export const told = (people: People) => people.map(([a, call]) => `${a.name} before call ${call}`).join(', ');

/** Hook positions: every `stride`-th call, plus each cell write and the call just before it. */
export function positionsOf(calls: readonly string[], stride: number): number[] {
  const picked = new Set<number>();
  calls.forEach((method, i) => {
    if (i % stride === 0) picked.add(i + 1);
    if (/^Range\.set(Values|Notes)$/.test(method)) {
      picked.add(i);
      picked.add(i + 1);
    }
  });
  picked.delete(0);
  return [...picked].sort((a, b) => a - b);
}

export interface Report {
  runs: number;
  lost: number;
  problems: string[];
}

export interface Options {
  /** Run the recovery check every `recoverEvery` positions (it costs another run). */
  recoverEvery?: number;
  /** Extra checks on the finished workbook (e.g. protections after Set up). */
  extra?: (w: World) => string[];
}

export function interleave(
  base: Snapshot,
  job: JobName,
  action: UserAction,
  positions: readonly number[],
  options: Options = {},
): Report {
  const { recoverEvery = 4, extra = () => [] } = options;
  const untouched = enteredFp(world(base));

  const calm = world(base);
  action.run(calm);
  const intended = enteredFp(calm);
  calm.addon.call(job);
  const after = reference(calm);
  calm.addon.call(job);
  const settled = computedFp(calm);

  const first = world(base);
  first.addon.call(job);
  action.run(first);
  const before = reference(first);

  const report: Report = { runs: 0, lost: 0, problems: [] };
  positions.forEach((n, index) => {
    const w = world(base);
    let seen = 0;
    let fired = false;
    let answer: Result | undefined;
    w.emu.rt.hook = () => {
      if (++seen !== n) return;
      fired = true;
      answer = action.run(w);
    };
    let outcome: unknown;
    try {
      outcome = w.addon.call(job);
    } catch (e) {
      outcome = { error: `threw ${(e as Error).message}` };
    } finally {
      w.emu.rt.hook = undefined;
    }
    if (!fired) return;
    report.runs++;
    // Counted as each run happens, so the suite's summary line stays true even when a check
    // below (or the recovery run) fails and the test stops early.
    count('interleavings');
    const at = `${job} with the person acting before call ${n}`;
    const say = (problem: string) => report.problems.push(`${at}: ${problem}`);
    const error = (outcome as { error?: string } | undefined)?.error;
    if (error) say(`the run failed: ${error}`);

    const expected: Fingerprint = answer && !answer.ok ? untouched : intended;
    const entered = diffEntered(expected, enteredFp(w));
    report.lost += entered.lost;
    count('recordsLost', entered.lost);
    for (const p of entered.problems) say(p);
    for (const f of formulas(w)) say(`formula written: ${f}`);
    for (const p of misplaced(computedFp(w), before.computed, after.computed)) say(p);
    for (const p of alertProblems(w, before.alerts, after.alerts)) say(p);
    for (const p of extra(w)) say(p);

    if (index % recoverEvery === 0 && !(answer && !answer.ok)) {
      const next = recover(w, job);
      if (next) say(`the next calm run failed: ${next}`);
      for (const p of differs(computedFp(w), settled)) say(`after the next calm run: ${p}`);
    }
  });
  return report;
}

/** Runs `job` calmly; says how it failed, if it did. */
function recover(w: World, job: JobName): string | undefined {
  try {
    return (w.addon.call(job) as { error?: string } | undefined)?.error || undefined;
  } catch (e) {
    return `threw ${(e as Error).message}`;
  }
}

/** Computed cells that match neither reference for their record. */
function misplaced(found: ComputedFp, before: ComputedFp, after: ComputedFp): string[] {
  const problems: string[] = [];
  for (const [table, rows] of found) {
    for (const [id, cells] of rows) {
      const b = before.get(table)?.get(id);
      const a = after.get(table)?.get(id);
      if (!a && !b) continue; // a record the job itself added (scheduled survey)
      for (const [header, value] of cells) {
        const options = [b?.get(header), a?.get(header)].filter((v) => v !== undefined);
        if (options.length > 0 && !options.includes(value)) {
          problems.push(`${table} ${id} "${header}" holds ${value}, expected ${options.join(' or ')}`);
        }
      }
    }
  }
  return problems;
}

function differs(found: ComputedFp, want: ComputedFp): string[] {
  const problems: string[] = [];
  for (const [table, rows] of want) {
    for (const [id, cells] of rows) {
      const got = found.get(table)?.get(id);
      if (!got) continue;
      for (const [header, value] of cells) {
        if (got.get(header) !== value)
          problems.push(`${table} ${id} "${header}" holds ${got.get(header)}, expected ${value}`);
      }
    }
  }
  return problems;
}

function alertProblems(w: World, before: Map<string, AlertFp>, after: Map<string, AlertFp>): string[] {
  const { byKey, duplicates } = alertsFp(w);
  const problems = duplicates.map((k) => `alert ${k} raised twice`);
  for (const [key, alert] of byKey) {
    const options = [before.get(key)?.content, after.get(key)?.content].filter(Boolean);
    if (options.length === 0) problems.push(`alert ${key} raised by neither calm order`);
    else if (!options.includes(alert.content))
      problems.push(`alert ${key} (${alert.id}) differs: ${alert.content}`);
  }
  return problems;
}
