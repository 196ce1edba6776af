/**
 * `npm run bench` as a smoke test: size S once through the same code (generation, priming, every
 * job on a fresh copy, the floor, the cell count). No timing assertions: times vary by machine.
 */
import { describe, expect, it } from 'vitest';
import { benchSize } from '../../tools/bench/bench';
import { JOBS } from '../../tools/bench/jobs';
import { SIZES } from '../../tools/bench/sizes';

describe('the benchmark', () => {
  it('reports every job at size S, each making service calls, and counts the cells', () => {
    const report = benchSize(SIZES.S!, 1);
    expect(report.primingProblems).toEqual([]);
    expect(report.jobs.map((j) => j.job)).toEqual(JOBS.map((j) => j.name));
    for (const job of report.jobs) {
      expect(job.calls, job.job).toBeGreaterThan(0);
      expect(job.error, job.job).toBe('');
      expect(job.floor.modeledS, job.job).toBeGreaterThan(0);
    }
    expect(report.cells.data).toBeGreaterThan(0);
    expect(report.cells.grid).toBeGreaterThanOrEqual(report.cells.data);
  });
});
