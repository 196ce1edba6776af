/**
 * The model of Apps Script's cost (issue 10; sources in the README, "Benchmark"): every service call a fixed
 * round trip, every cell read or written a fixed time, and the script's own JavaScript 3x slower
 * than Node on this machine.
 */
export const SECONDS_PER_CALL = 0.1;
export const SECONDS_PER_CELL_READ = 8.5e-6;
export const SECONDS_PER_CELL_WRITTEN = 22e-6;
export const COMPUTE_FACTOR = 3;

export interface Cost {
  readonly calls: number;
  readonly cellsRead: number;
  readonly cellsWritten: number;
  /** Node time outside the emulated services. */
  readonly computeMs: number;
}

export function modeledSeconds(c: Cost): number {
  return (
    c.calls * SECONDS_PER_CALL +
    c.cellsRead * SECONDS_PER_CELL_READ +
    c.cellsWritten * SECONDS_PER_CELL_WRITTEN +
    (c.computeMs / 1000) * COMPUTE_FACTOR
  );
}
