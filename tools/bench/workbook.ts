/**
 * The benchmark's workbook at a size, made the way a real one comes to be: the add-on's own Set up
 * on an empty spreadsheet, then the seeded sample data bulk-loaded under the headers Set up wrote
 * (tools/seed: Dates in date columns, numbers in number columns), shaped to the size's open-ticket
 * count and spoiled with bad rows, holidays in Settings; then primed as a workbook in use is: the
 * schedule installed, the hourly and daily jobs run once and one ticket saved from the sidebar, so
 * the measured runs find computed columns, alerts and ID counters in place, not a first run.
 */
import type { Addon } from '../emulator/index';
import type { Workbook } from '../emulator/spreadsheet/workbook';
import { type SavedPreview, snapshot } from '../preview/store';
import { generate } from '../seed/generate';
import { loadSeed } from '../seed/load';
import { spoil } from './bad-rows';
import { benchEmulator, CODE } from './emulator';
import { addHolidays } from './holidays';
import { failure, ticketSubmit } from './jobs';
import { keepOpen } from './open-tickets';
import { HISTORY_MONTHS, type Size, START, TIME_ZONE } from './sizes';

export interface Generated {
  readonly saved: SavedPreview;
  readonly openTickets: number;
  readonly badRows: number;
  /** Priming steps that failed, in words. */
  readonly problems: readonly string[];
}

/** Loads the sample rows; they are dropped on return, so only the workbook's copy stays in memory. */
function loadSample(workbook: Workbook, size: Size): { openTickets: number; badRows: number } {
  const data = generate({ ...size, now: START, timeZone: TIME_ZONE, months: HISTORY_MONTHS });
  const openTickets = keepOpen(data.Tickets, size.openTickets, START);
  const badRows = spoil(data);
  loadSeed(workbook, data);
  return { openTickets, badRows };
}

function prime(addon: Addon): string[] {
  const steps: Array<[string, () => unknown]> = [
    ['installTriggers', () => addon.call('installTriggers')],
    ['runHourlyJobs', () => addon.call('runHourlyJobs')],
    ['runDailyJobs', () => addon.call('runDailyJobs')],
    ['sidebarCreateTicket', () => addon.serve('sidebarCreateTicket', ticketSubmit('bench-prime'))],
  ];
  return steps.flatMap(([name, step]) => {
    const error = failure(step());
    return error ? [`${name}: ${error}`] : [];
  });
}

export function generateWorkbook(size: Size): Generated {
  const emu = benchEmulator(START);
  const addon = emu.load(CODE);
  addon.call('setupWorkbook');
  const sample = loadSample(emu.workbook, size);
  addHolidays(emu);
  const problems = prime(addon);
  return { saved: snapshot(emu), openTickets: sample.openTickets, badRows: sample.badRows, problems };
}
