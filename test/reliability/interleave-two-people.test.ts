/**
 * Two people at once under the scheduled jobs: any two different actions (sorts, inserts,
 * deletes, edits, rows typed below), each before any of the job's service calls. Whatever the job
 * answers, every cell people own ends as the two actions alone leave it, and no cell holds a
 * formula. (Computed cells are the single-action suites' business: a job rewrites them each run.)
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { count } from './counters';
import { diffEntered, enteredFp, formulas } from './fingerprint';
import { callsOf, type JobName, world } from './interleave';
import { actionsFor, type UserAction } from './user';
import { baseSnapshot, type Snapshot } from './world';

/** Draws per job in `npm test` (some 20-30 ms each). */
const DRAWS = 200;

/** Renaming a column and sidebar saves have suites of their own; two of them at once add nothing. */
const ACTIONS = [...actionsFor('Tickets', '1'), ...actionsFor('Customers', '2')].filter(
  (a, i, all) => !/renames|sidebar|saves/i.test(a.name) && all.findIndex((b) => b.name === a.name) === i,
);

let base: Snapshot;

beforeAll(() => {
  base = baseSnapshot();
});

function twoPeople(job: JobName, seed: number): void {
  const calls = callsOf(base, job).length;
  const pick = fc.integer({ min: 0, max: ACTIONS.length - 1 });
  const at = fc.integer({ min: 1, max: calls });
  fc.assert(
    fc.property(fc.tuple(pick, at, pick, at), ([a, n, b, m]) => {
      fc.pre(a !== b);
      const ordered: ReadonlyArray<readonly [UserAction, number]> = [
        [ACTIONS[a]!, n] as const,
        [ACTIONS[b]!, m] as const,
      ].sort((x, y) => x[1] - y[1]);
      // world() hands back one shared world, reset: what the actions alone leave is taken first.
      const calm = world(base);
      for (const [action] of ordered) action.run(calm);
      const intended = enteredFp(calm);
      const w = world(base);
      let seen = 0;
      w.emu.rt.hook = () => {
        seen++;
        for (const [action, call] of ordered) if (seen === call) action.run(w);
      };
      const outcome = w.addon.call(job) as { error?: string } | undefined;
      w.emu.rt.hook = undefined;
      for (const [action, call] of ordered) if (seen < call) action.run(w);
      count('interleavings');
      const problems = [...diffEntered(intended, enteredFp(w)).problems, ...formulas(w)];
      const why = `${ordered.map(([x, c]) => `${x.name} before call ${c}`).join(', ')} (${outcome?.error || 'ok'})`;
      expect(problems, why).toEqual([]);
    }),
    { seed, numRuns: DRAWS, endOnFailure: true },
  );
}

describe('the scheduled jobs while two people work in the sheet', () => {
  it(`runHourlyJobs: ${DRAWS} draws`, () => twoPeople('runHourlyJobs', 20261123));
  it(`runDailyJobs: ${DRAWS} draws`, () => twoPeople('runDailyJobs', 20261123));
});
