/** The daily run's count of the workbook's cells, for the warning before it is full (domain/room.ts). */
import { type CellCount, stillFresh } from '../domain/room';
import { cellsInUse } from '../sheets/cell-limit';
import { lastOutcomes } from './outcome';
import type { JobContext } from './run';

/**
 * The last count while under a week old (the run already holds the properties: no call), else
 * a new one: a call for the sheets and two for each.
 */
export function weeklyCellCount(ctx: JobContext): CellCount {
  const last = lastOutcomes(ctx.env).daily?.cells;
  if (last && stillFresh(last, ctx.now.getTime())) return last;
  return { cells: cellsInUse(ctx.env.ss), at: ctx.now.toISOString() };
}
