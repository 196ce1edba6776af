/**
 * All settings, section by section. A bad value stops the job with a message naming the cell,
 * never a silent fallback to a default.
 */

import type { ChangedDay } from './calendar';
import { followUpSettings } from './follow-ups';
import { healthSettings } from './health-settings';
import { leadSettings } from './lead-score';
import {
  changedDay,
  email,
  emails,
  hours,
  isoDate,
  optionalMinutes,
  type ReadSetting,
  type Section,
  type SettingDef,
  type SettingReader,
  setting,
  share,
  weekdays,
  wholeNumber,
  yesNo,
} from './setting-parsers';
import { DEFAULT_SLA_POLICY, type SlaPolicy, slaPolicySchema } from './sla-policy';
import { specificRecordSettings } from './specific-records';
import { tierSettings } from './suggested-tier';
import { surveySettings } from './survey-settings';
import { DEPARTMENTS, type Department, TICKET_LEVELS, type TicketLevel } from './values';

const calendar = {
  defs: [
    setting('Business days', 'Mon-Fri', 'Working days for the service clock.', weekdays),
    setting('Business hours', '09:00-18:00', 'Working hours, in the spreadsheet time zone.', hours),
    setting(
      'Holiday',
      '',
      'One non-working date per row, like 2026-10-01 or 01.10.2026.',
      (v) => (v.trim() ? isoDate(v) : null),
      true,
    ),
    setting(
      'Changed hours',
      '',
      'A day with other hours, like "2026-12-24 09:00-13:00" or "2026-12-26 closed".',
      (v) => (v.trim() ? changedDay(v) : null),
      true,
    ),
  ],
  build: (r: SettingReader) => ({
    businessDays: r.one<number[]>('Business days'),
    businessHours: r.one<{ start: number; end: number }>('Business hours'),
    holidays: r.all<string | null>('Holiday').filter((h): h is string => h !== null),
    changedHours: oneChangePerDate(r.rows<ChangedDay | null>('Changed hours')),
  }),
} satisfies Section<unknown>;

/**
 * The Changed hours rows, refusing two that give one date different hours: the calendar would keep
 * the later one, and nobody would know the other was not in force.
 */
function oneChangePerDate(rows: readonly ReadSetting<ChangedDay | null>[]): ChangedDay[] {
  const given = rows.filter((r): r is ReadSetting<ChangedDay> => r.value !== null);
  for (const [i, later] of given.entries()) {
    const { date, hours } = later.value;
    const earlier = given
      .slice(0, i)
      .find(
        (r) =>
          r.value.date === date &&
          (r.value.hours?.start !== hours?.start || r.value.hours?.end !== hours?.end),
      );
    if (earlier)
      throw new SettingsError(
        `Settings ${earlier.cell} and ${later.cell} ("Changed hours") both give ${date}, as "${earlier.text}" and "${later.text}". ` +
          `Keep the one that is right and clear the other; ${UNTIL_FIXED}`,
      );
  }
  return given.map((r) => r.value);
}

const slaName = (level: TicketLevel, target: string) => `SLA ${level}: ${target} (minutes)`;

const sla = {
  defs: [
    ...TICKET_LEVELS.flatMap((level) => {
      const { ack, plan, resolve } = DEFAULT_SLA_POLICY.targets[level];
      return [
        setting(
          slaName(level, 'acknowledge'),
          String(ack),
          'Time to acknowledge a new ticket.',
          wholeNumber(1, 100_000, 'minutes'),
        ),
        setting(
          slaName(level, 'initial plan'),
          plan === null ? '-' : String(plan),
          'Time to an initial plan; "-" for none.',
          optionalMinutes,
        ),
        setting(
          slaName(level, 'resolve'),
          String(resolve),
          'Time to resolve (7x24 for VIP customers).',
          wholeNumber(1, 1_000_000, 'minutes'),
        ),
      ];
    }),
    setting(
      'Progress update every (minutes)',
      String(DEFAULT_SLA_POLICY.updateMinutes),
      'Update the customer this often while a ticket is open.',
      wholeNumber(15, 100_000, 'minutes'),
    ),
    setting(
      'At Risk when time left is under',
      `${DEFAULT_SLA_POLICY.atRiskShare * 100}%`,
      'A target turns At Risk when less than this share of its time is left.',
      share,
    ),
  ],
  // The cells are checked one by one above; the schema checks the assembled policy's shape.
  build: (r: SettingReader) =>
    slaPolicySchema.parse({
      targets: Object.fromEntries(
        TICKET_LEVELS.map((l) => [
          l,
          {
            ack: r.one<number>(slaName(l, 'acknowledge')),
            plan: r.one<number | null>(slaName(l, 'initial plan')),
            resolve: r.one<number>(slaName(l, 'resolve')),
          },
        ]),
      ) as SlaPolicy['targets'],
      updateMinutes: r.one<number>('Progress update every (minutes)'),
      atRiskShare: r.one<number>('At Risk when time left is under'),
    }),
} satisfies Section<unknown>;

const people = {
  defs: [
    ...DEPARTMENTS.map((d) =>
      setting(
        `Supervisor: ${d}`,
        '',
        `Email of the supervisor of ${d}; missed targets are escalated here (else to the first manager).`,
        email,
      ),
    ),
    setting(
      'Managers',
      '',
      'Emails of the managers, separated by commas: they get the weekly report, and any alert that names no one else.',
      emails,
    ),
  ],
  build: (r: SettingReader) => ({
    supervisors: Object.fromEntries(DEPARTMENTS.map((d) => [d, r.one<string>(`Supervisor: ${d}`)])) as Record<
      Department,
      string
    >,
    managers: r.one<string[]>('Managers'),
  }),
} satisfies Section<unknown>;

const housekeeping = {
  defs: [
    setting(
      'Daily jobs after (hour)',
      '6',
      'The daily work runs on the first hourly run at or after this hour (0-23).',
      wholeNumber(0, 23, 'hours'),
    ),
    setting(
      'Alert emails only in business hours',
      'Yes',
      'Hold alert emails outside business hours (VIP breaches excepted).',
      yesNo,
    ),
    setting(
      'Keep audit log (months)',
      '12',
      'Older audit rows are deleted by the daily job; never below 6 months.',
      wholeNumber(6, 120, 'months'),
    ),
    setting(
      'Keep health history (months)',
      '24',
      'Older Health History months (a row per customer each) are deleted by the daily job; never below 6 months.',
      wholeNumber(6, 120, 'months'),
    ),
  ],
  build: (r: SettingReader) => ({
    dailyHour: r.one<number>('Daily jobs after (hour)'),
    mailInBusinessHours: r.one<boolean>('Alert emails only in business hours'),
    auditRetentionMonths: r.one<number>('Keep audit log (months)'),
    historyRetentionMonths: r.one<number>('Keep health history (months)'),
  }),
} satisfies Section<unknown>;

/** Every section; a new concept with settings adds its section here. */
const SECTIONS = {
  calendar,
  sla,
  people,
  housekeeping,
  followUps: followUpSettings,
  leads: leadSettings,
  tiers: tierSettings,
  interactions: specificRecordSettings,
  surveys: surveySettings,
  health: healthSettings,
};

export type Settings = { readonly [K in keyof typeof SECTIONS]: ReturnType<(typeof SECTIONS)[K]['build']> };

export const SETTING_DEFS: readonly SettingDef[] = Object.values(SECTIONS).flatMap(
  (s): readonly SettingDef[] => s.defs,
);

/** A setting's row in the sheet, with its A1 address for error messages. */
export interface SettingRow {
  readonly name: string;
  readonly value: string;
  readonly cell: string;
}

export class SettingsError extends Error {
  override name = 'SettingsError';
}

const UNTIL_FIXED = 'until then the jobs keep their last good results.';

function reader(rows: readonly SettingRow[]): SettingReader {
  const read = <T>(name: string): ReadSetting<T>[] => {
    const def = SETTING_DEFS.find((s) => s.name === name);
    if (!def) throw new Error(`Unknown setting ${name}`);
    const found = rows.filter((r) => r.name === name);
    const cells = found.length > 0 ? found : [{ name, value: def.default, cell: '(default)' }];
    return cells.map((r) => {
      try {
        return { value: def.parse(r.value) as T, cell: r.cell, text: r.value };
      } catch (e) {
        throw new SettingsError(
          `Settings ${r.cell} ("${name}") should be ${(e as Error).message}, but it says "${r.value}". ` +
            `Fix that cell; ${UNTIL_FIXED}`,
        );
      }
    });
  };
  const all = <T>(name: string) => read<T>(name).map((r) => r.value);
  return { rows: read, all, one: <T>(name: string) => all<T>(name)[0]! };
}

/** Reads the rows into settings; defaults fill rows a person deleted. */
export function parseSettings(rows: readonly SettingRow[]): Settings {
  return Object.fromEntries(
    (Object.keys(SECTIONS) as (keyof Settings)[]).map((k) => [k, parseSection(k, rows)]),
  ) as Settings;
}

/** One section's settings alone: a bad value in another section does not stop it. */
export function parseSection<K extends keyof Settings>(section: K, rows: readonly SettingRow[]): Settings[K] {
  const read = reader(rows);
  return built(() => SECTIONS[section].build(read)) as Settings[K];
}

/** A section's settings; values that each pass but disagree are named together. */
function built<T>(build: () => T): T {
  try {
    return build();
  } catch (e) {
    if (e instanceof SettingsError) throw e;
    throw new SettingsError(`Settings: ${(e as Error).message}. Fix one of them; ${UNTIL_FIXED}`);
  }
}

export const DEFAULT_SETTINGS: Settings = parseSettings([]);
