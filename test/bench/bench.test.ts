/**
 * `npm run bench` as a smoke test: size S once through the same code (generation, priming, every
 * job on a fresh copy, the floor, the cell count, the sidebar in Chromium). No timing assertions:
 * times vary by machine.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { benchSize, type Made, makeWorkbook } from '../../tools/bench/bench';
import { JOBS } from '../../tools/bench/jobs';
import { benchSidebar } from '../../tools/bench/sidebar';
import { SIZES } from '../../tools/bench/sizes';

describe('the benchmark', () => {
  let made: Made;
  beforeAll(() => {
    made = makeWorkbook(SIZES.S!);
  });

  it('reports every job at size S, each making service calls, and counts the cells', () => {
    const report = benchSize(SIZES.S!, 1, JOBS, made);
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

  it('opens the built sidebar in Chromium on the same workbook and takes each of its figures', async () => {
    const sidebar = await benchSidebar(made.generated.saved, 1);
    expect(sidebar.skipped).toBe('');
    expect(Object.keys(sidebar.keystrokeMs ?? {})).toHaveLength(4);
    const figures = [
      sidebar.answerToUsableMs,
      sidebar.parseMs,
      sidebar.firstKeystrokeMs,
      ...Object.values(sidebar.keystrokeMs ?? {}),
      sidebar.switchFormMs,
      sidebar.openQueueMs,
      sidebar.heapMb,
    ];
    for (const figure of figures) expect(figure).toBeGreaterThan(0);
  });
});
