/** The Settings sheet: rows of Setting and Value, read into validated settings on every run. */
import {
  DEFAULT_SETTINGS,
  parseSection,
  parseSettings,
  SETTING_DEFS,
  type SettingRow,
  type Settings,
  SettingsError,
} from '../domain/settings';
import { dayFromInstant } from '../domain/zone';
import { appendRows } from './append';
import type { Env } from './env';
import { columnLetter, columnOf, type Layout, layoutFrom, sheetOf } from './layout';
import { SETTINGS } from './tables';

type SettingsKey = (typeof SETTINGS)['columns'][number]['key'];

/** The sheet in one read, header row and all: it holds a few dozen rows. */
function readSheet(
  env: Env,
  formatDate: (d: Date) => string,
): { layout: Layout<SettingsKey>; rows: SettingRow[] } {
  const sheet = sheetOf(env.ss, SETTINGS.name);
  const [header = [], ...grid] = sheet.getDataRange().getValues();
  const layout = layoutFrom(
    sheet,
    SETTINGS,
    header.map((h) => String(h).trim()),
  );
  const nameAt = columnOf(layout, 'setting');
  const valueAt = columnOf(layout, 'value');
  const letter = columnLetter(valueAt);
  const rows = grid
    .map((row, i) => {
      const value = row[valueAt - 1];
      const text = value instanceof Date ? formatDate(value) : String(value ?? '');
      return { name: String(row[nameAt - 1]).trim(), value: text, cell: `${letter}${i + 2}` };
    })
    .filter((r) => r.name !== '');
  return { layout, rows };
}

/** The rows as a person sees them: a date typed into a Value cell, as the spreadsheet shows it. */
function settingRows(env: Env): SettingRow[] {
  const tz = env.timeZone();
  return readSheet(env, (d) => dayFromInstant(d.getTime(), tz)).rows;
}

export function loadSettings(env: Env): Settings {
  return parseSettings(settingRows(env));
}

/** One section's settings, for work that must go on while a setting it does not use is broken. */
export function loadSection<K extends keyof Settings>(env: Env, section: K): Settings[K] {
  return parseSection(section, settingRows(env));
}

/**
 * For the sidebar: a broken Settings cell must not lock people out or lose what they typed, so
 * the defaults stand in and `error` says which cell to fix.
 */
export function settingsOrDefaults(env: Env): { value: Settings; error: string } {
  try {
    return { value: loadSettings(env), error: '' };
  } catch (e) {
    if (!(e instanceof SettingsError)) throw e;
    return { value: DEFAULT_SETTINGS, error: e.message };
  }
}

/** Adds a row for every setting a person has not got yet; existing values are never touched. */
export function seedSettings(env: Env): void {
  const { layout, rows: present } = readSheet(env, String);
  const names = new Set(present.map((r) => r.name));
  const rows = SETTING_DEFS.filter((d) => !names.has(d.name)).map((d) => ({
    setting: d.name,
    value: d.default,
    help: d.help,
  }));
  appendRows(layout, rows);
}
