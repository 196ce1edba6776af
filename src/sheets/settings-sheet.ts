/** The Settings sheet: rows of Setting and Value, read into validated settings on every run. */
import { parseSettings, SETTING_DEFS, type SettingRow, type Settings } from '../domain/settings';
import { wallFromInstant } from '../domain/zone';
import { appendRows } from './append';
import type { Env } from './env';
import { columnLetter, columnOf, type Layout, locate } from './layout';
import { SETTINGS } from './tables';

type SettingsKey = (typeof SETTINGS)['columns'][number]['key'];

function readRows(layout: Layout<SettingsKey>, formatDate: (d: Date) => string): SettingRow[] {
  const height = layout.sheet.getLastRow() - 1;
  if (height < 1) return [];
  const nameAt = columnOf(layout, 'setting');
  const valueAt = columnOf(layout, 'value');
  const grid = layout.sheet.getSheetValues(2, 1, height, Math.max(nameAt, valueAt));
  const letter = columnLetter(valueAt);
  return grid
    .map((row, i) => {
      const value = row[valueAt - 1];
      const text = value instanceof Date ? formatDate(value) : String(value ?? '');
      return { name: String(row[nameAt - 1]).trim(), value: text, cell: `${letter}${i + 2}` };
    })
    .filter((r) => r.name !== '');
}

export function loadSettings(env: Env): Settings {
  const tz = env.timeZone();
  // A date a person typed into a Value cell, read as the spreadsheet shows it.
  const formatDate = (d: Date) => wallFromInstant(d.getTime(), tz).slice(0, 10);
  return parseSettings(readRows(locate(env.ss, SETTINGS), formatDate));
}

/** Adds a row for every setting a person has not got yet; existing values are never touched. */
export function seedSettings(env: Env): void {
  const layout = locate(env.ss, SETTINGS);
  const names = new Set(readRows(layout, String).map((r) => r.name));
  const rows = SETTING_DEFS.filter((d) => !names.has(d.name)).map((d) => ({
    setting: d.name,
    value: d.default,
    help: d.help,
  }));
  appendRows(layout, rows);
}
