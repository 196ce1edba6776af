/**
 * Two people at once under the scheduled jobs: any two different actions (sorts, inserts,
 * deletes, edits, rows typed below), each before any of the job's service calls. Whatever the job
 * answers, every cell people own ends as the two actions alone leave it, and no cell holds a
 * formula. (Computed cells are the single-action suites' business: a job rewrites them each run.)
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffEntered, enteredFp, formulas } from './fingerprint';
import { amid, callsOf, calmly, type JobName, told, twoPeople, world } from './interleave';
import { actionsFor } from './user';
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

function underTwoPeople(job: JobName, seed: number): void {
  const calls = callsOf(base, job).length;
  fc.assert(
    fc.property(twoPeople(ACTIONS, calls), (people) => {
      // world() hands back one shared world, reset: what the actions alone leave is taken first.
      const intended = enteredFp(calmly(world(base), people));
      const w = world(base);
      const outcome = amid(w, people, () => w.addon.call(job) as { error?: string } | undefined);
      const problems = [...diffEntered(intended, enteredFp(w)).problems, ...formulas(w)];
      expect(problems, `${told(people)} (${outcome?.error || 'ok'})`).toEqual([]);
    }),
    { seed, numRuns: DRAWS, endOnFailure: true },
  );
}

describe('the scheduled jobs while two people work in the sheet', () => {
  it(`runHourlyJobs: ${DRAWS} draws`, () => underTwoPeople('runHourlyJobs', 20261123));
  it(`runDailyJobs: ${DRAWS} draws`, () => underTwoPeople('runDailyJobs', 20261123));
});
