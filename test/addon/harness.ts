/**
 * Loads the built add-on (dist/Code.js, made by `npm run build` before the tests) into a fresh
 * emulator with a fixed clock: the spreadsheet in Asia/Shanghai, the script in New York, the
 * process in Pacific/Auckland (vitest.config.ts).
 */
import { existsSync } from 'node:fs';
import { createEmulator, type Emulator, fixedClock } from '../../tools/emulator/index';
import type { Addon } from '../../tools/emulator/loader';
import { asPerson } from '../../tools/emulator/person';

export const CODE = 'dist/Code.js';

export interface Harness {
  emu: Emulator;
  addon: Addon;
  /** A sheet's values, header row included. */
  values(sheet: string): unknown[][];
  /** Rows as objects keyed by header. */
  records(sheet: string): Array<Record<string, unknown>>;
}

/** A wall-clock time in Asia/Shanghai (UTC+8, no daylight saving) as an instant. */
export const shanghai = (wall: string): Date =>
  new Date(`${wall.length === 10 ? `${wall}T00:00` : wall}:00+08:00`);

/**
 * `zone`: another spreadsheet zone, with `now` as an instant ('2026-11-02T10:00-05:00');
 * `locale`: the spreadsheet's locale (File > Settings), en_US unless given.
 */
export function startAddon(
  opts: { now?: string; user?: string; owner?: string; setup?: boolean; zone?: string; locale?: string } = {},
): Harness {
  if (!existsSync(CODE)) throw new Error('dist/Code.js is missing: run `npm run build` first');
  const now = opts.now ?? '2026-11-23T10:00';
  const emu = createEmulator({
    clock: fixedClock(opts.zone ? new Date(now) : shanghai(now)),
    spreadsheetTimeZone: opts.zone ?? 'Asia/Shanghai',
    ...(opts.locale ? { spreadsheetLocale: opts.locale } : {}),
    scriptTimeZone: 'America/New_York',
    activeUser: opts.user ?? 'agent@example.com',
    ...(opts.owner ? { spreadsheetOwner: opts.owner } : {}),
    enabled: true,
  });
  const addon = emu.load();
  if (opts.setup !== false) addon.call('setupWorkbook');
  const values = (name: string) => {
    const sheet = emu.globals.SpreadsheetApp.getActive().getSheetByName(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet.getDataRange().getValues() as unknown[][];
  };
  const records = (name: string) => {
    const [header = [], ...rows] = values(name);
    return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
  };
  return { emu, addon, values, records };
}

/**
 * A person deleting rows the add-on has just made room for: the sheet's spare rows go first, so
 * what the code appends must be inserted; once it has inserted them, and before it writes there,
 * the `count` new rows are deleted. Returns whether that happened.
 */
export function deleteRowsJustInserted(h: Harness, name: string, count: number): () => boolean {
  const sheet = h.emu.globals.SpreadsheetApp.getActive().getSheetByName(name)!;
  const last = sheet.getLastRow();
  if (sheet.getMaxRows() > last) sheet.deleteRows(last + 1, sheet.getMaxRows() - last);
  let grown = false;
  h.emu.rt.hook = (method) => {
    if (method !== 'Sheet.getRange') return;
    // Only this sheet's new rows, whichever other sheet the code appended to first.
    if (asPerson(h.emu.rt, () => sheet.getMaxRows()) <= last) return;
    h.emu.rt.hook = undefined;
    grown = true;
    asPerson(h.emu.rt, () => sheet.deleteRows(last + 1, count));
  };
  return () => grown;
}
