/**
 * A size's benchmark: generate the workbook once, run each job `runs` times on fresh copies of it,
 * and report medians of the times, the largest memory peak, the counters (the same every run: the
 * clock is fixed and the data seeded) and the floor beside the job.
 */
import { type CellCount, countCells } from './cells';
import { total } from './diff';
import { type Floor, floorOf } from './floor';
import { JOBS, type Job, type JobName } from './jobs';
import { measure, type Sample } from './measure';
import { modeledSeconds } from './model';
import type { SidebarReport } from './sidebar';
import type { Size } from './sizes';
import { type Generated, generateWorkbook } from './workbook';

export interface JobReport {
  readonly job: JobName;
  readonly runs: number;
  /** Medians over the runs. */
  readonly wallMs: number;
  readonly computeMs: number;
  readonly serviceMs: number;
  readonly peakRssMb: number;
  readonly peakHeapMb: number;
  readonly calls: number;
  readonly byMethod: Readonly<Record<string, number>>;
  readonly cellsRead: number;
  readonly cellsWritten: number;
  readonly cellsChanged: number;
  readonly changedBySheet: Readonly<Record<string, number>>;
  readonly modeledS: number;
  readonly floor: Floor;
  /** Modeled time over the floor's. */
  readonly ratio: number;
  readonly payloadBytes?: number;
  readonly error: string;
}

export interface SizeReport {
  readonly size: Size;
  readonly generateMs: number;
  readonly openTickets: number;
  readonly badRows: number;
  readonly primingProblems: readonly string[];
  readonly cells: CellCount;
  readonly jobs: readonly JobReport[];
  /** The sidebar in Chromium over the same workbook (npm run bench; tools/bench/sidebar.ts). */
  readonly sidebar?: SidebarReport;
}

/** A size's workbook, and how long making it took. */
export interface Made {
  readonly generated: Generated;
  readonly generateMs: number;
}

export const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function summarize(job: Job, samples: readonly Sample[], floor: Floor): JobReport {
  const last = samples[samples.length - 1]!;
  const computeMs = median(samples.map((s) => s.computeMs));
  const modeledS = modeledSeconds({ ...last, computeMs });
  return {
    job: job.name,
    runs: samples.length,
    wallMs: median(samples.map((s) => s.wallMs)),
    computeMs,
    serviceMs: median(samples.map((s) => s.serviceMs)),
    peakRssMb: Math.max(...samples.map((s) => s.peak.rssMb)),
    peakHeapMb: Math.max(...samples.map((s) => s.peak.heapMb)),
    calls: last.calls,
    byMethod: last.byMethod,
    cellsRead: last.cellsRead,
    cellsWritten: last.cellsWritten,
    cellsChanged: total(last.changed),
    changedBySheet: Object.fromEntries([...last.changed].filter(([, n]) => n > 0)),
    modeledS,
    floor,
    ratio: floor.modeledS > 0 ? modeledS / floor.modeledS : Number.POSITIVE_INFINITY,
    ...(last.payloadBytes === undefined ? {} : { payloadBytes: last.payloadBytes }),
    error: last.error,
  };
}

export function makeWorkbook(size: Size): Made {
  const started = performance.now();
  const generated = generateWorkbook(size);
  return { generated, generateMs: performance.now() - started };
}

export function benchSize(
  size: Size,
  runs: number,
  jobs: readonly Job[] = JOBS,
  { generated, generateMs }: Made = makeWorkbook(size),
): SizeReport {
  const { saved } = generated;
  const reports = jobs.map((job) => {
    const samples = Array.from({ length: runs }, () => measure(job, saved));
    return summarize(job, samples, floorOf(job.needs, saved.workbook, samples[0]!.changed));
  });
  return {
    size,
    generateMs,
    openTickets: generated.openTickets,
    badRows: generated.badRows,
    primingProblems: generated.problems,
    cells: countCells(saved.workbook),
    jobs: reports,
  };
}
