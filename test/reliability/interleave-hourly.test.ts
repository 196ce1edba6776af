/** Interleavings: runHourlyJobs while a person sorts, inserts, deletes, edits, renames and saves. */
import { beforeAll, describe, expect, it } from 'vitest';
import { callsOf, interleave, positionsOf } from './interleave';
import { actionsFor } from './user';
import { baseSnapshot, type Snapshot } from './world';

let base: Snapshot;
let positions: number[];

beforeAll(() => {
  base = baseSnapshot();
  positions = positionsOf(callsOf(base, 'runHourlyJobs'), 6);
});

describe('runHourlyJobs while a person works in the sheet', () => {
  it.each(actionsFor('Tickets', '1').map((a) => [a.name, a] as const))('a person %s', (_, action) => {
    const report = interleave(base, 'runHourlyJobs', action, positions);
    expect(report.runs).toBeGreaterThan(positions.length / 2);
    expect(report.problems.slice(0, 20)).toEqual([]);
    expect(report.lost).toBe(0);
  });
});
