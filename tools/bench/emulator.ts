/**
 * The emulator every benchmark run uses: the spreadsheet in Shanghai, the script in New York, a
 * fixed clock, and the sample data's first agent (who owns a share of the sample customers, so the
 * sidebar's "My queue" has work). A saved state brings its properties and triggers along.
 */
import { createEmulator, type Emulator, fixedClock } from '../emulator/index';
import { restoreServices, type SavedPreview } from '../preview/store';
import { STAFF } from '../seed/pools';
import { SCRIPT_TIME_ZONE, TIME_ZONE } from './sizes';

/** The built add-on, as Apps Script runs it (`npm run bench` builds it first). */
export const CODE = 'dist/Code.js';

export function benchEmulator(now: number, saved?: SavedPreview): Emulator {
  const emu = createEmulator({
    clock: fixedClock(now),
    spreadsheetTimeZone: TIME_ZONE,
    scriptTimeZone: SCRIPT_TIME_ZONE,
    activeUser: STAFF[0],
    enabled: true,
    seed: 'bench',
    ...(saved ? { workbook: saved.workbook } : {}),
  });
  if (saved) restoreServices(emu, saved);
  return emu;
}
