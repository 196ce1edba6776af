/** One timed run of one job on a fresh copy of the saved workbook. */
import type { SavedPreview } from '../preview/store';
import { changedCells } from './diff';
import { benchEmulator, CODE } from './emulator';
import { failure, type Job } from './jobs';
import type { Cost } from './model';
import { type MemoryPeak, sampleMemory, timeServices } from './probes';

export interface Sample extends Cost {
  readonly wallMs: number;
  readonly serviceMs: number;
  readonly byMethod: Readonly<Record<string, number>>;
  readonly peak: MemoryPeak;
  /** Cells whose value changed, by sheet. */
  readonly changed: ReadonlyMap<string, number>;
  readonly error: string;
  /** Bytes of the JSON the sidebar receives, for jobs that answer the sidebar. */
  readonly payloadBytes?: number;
}

export function measure(job: Job, saved: SavedPreview): Sample {
  // Restoring and loading the script are not part of the run: Apps Script has both ready.
  const emu = benchEmulator(saved.now + job.after, saved);
  const addon = emu.load(CODE);
  emu.rt.resetCounters();
  // The restore's garbage is not the job's: collect it before the clock starts (npm run bench runs
  // Node with --expose-gc; without it the job may pay for that collection).
  (globalThis as { gc?: () => void }).gc?.();
  const memory = sampleMemory(emu.rt);
  const services = timeServices();
  const started = performance.now();
  const result = job.run(addon);
  const wallMs = performance.now() - started;
  const serviceMs = services();
  const { rt } = emu;
  return {
    wallMs,
    serviceMs,
    computeMs: Math.max(0, wallMs - serviceMs),
    calls: rt.totalCalls(),
    byMethod: Object.fromEntries([...rt.calls].sort((a, b) => b[1] - a[1])),
    cellsRead: rt.cellsRead,
    cellsWritten: rt.cellsWritten,
    peak: memory(),
    changed: changedCells(saved.workbook, emu.workbook),
    error: failure(result),
    ...(job.payload ? { payloadBytes: Buffer.byteLength(JSON.stringify(result)) } : {}),
  };
}
