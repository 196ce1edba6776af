/**
 * A suggested tier, RFM-style (DOMAIN.md: tier "from contract value and growth potential"). The
 * contract value (monetary) sets the base tier; a customer who is both recently and frequently in
 * touch (recency, frequency) shows growth potential and is suggested one tier up. Quiet contact
 * never lowers a tier: a big account going quiet is a churn risk for the health score, not a
 * reason to serve it less. Nor does a Contract Value never typed: it says nothing of the money, so
 * the entered Tier is the base. The entered Tier is never changed; the form shows this beside it.
 */
import { type Section, setting, wholeNumber } from './setting-parsers';
import type { Tier } from './values';
import { DAY_MS } from './zone';

export interface TierSettings {
  readonly vipValue: number;
  readonly keyValue: number;
  readonly activeWithinDays: number;
  readonly activeTouches90d: number;
}

const NAMES = {
  vip: 'Suggested tier VIP from contract value',
  key: 'Suggested tier Key from contract value',
  recent: 'Suggested tier active within (days)',
  frequent: 'Suggested tier active touches (90 days)',
} as const;

const money = wholeNumber(0, 1_000_000_000_000, 'currency units');

export const tierSettings: Section<TierSettings> = {
  defs: [
    setting(NAMES.vip, '500000', 'A contract worth this much or more suggests VIP.', money),
    setting(NAMES.key, '100000', 'A contract worth this much or more suggests Key.', money),
    setting(
      NAMES.recent,
      '30',
      'Active means last contacted within this many days (and enough touches, below).',
      wholeNumber(1, 365, 'days'),
    ),
    setting(
      NAMES.frequent,
      '6',
      'Active means at least this many interactions in the last 90 days; an active customer is suggested one tier up.',
      wholeNumber(1, 1000, 'interactions'),
    ),
  ],
  build: (r) => ({
    vipValue: r.one<number>(NAMES.vip),
    keyValue: r.one<number>(NAMES.key),
    activeWithinDays: r.one<number>(NAMES.recent),
    activeTouches90d: r.one<number>(NAMES.frequent),
  }),
};

/** The frequency window the setting names (its 90 days), whatever the health model's window. */
const FREQUENCY_DAYS = 90;

/** Lowest first, so one step up is the next entry. */
const LADDER: readonly Tier[] = ['Regular', 'Key', 'VIP'];

/** `tier`: the entered Tier, the base when `contractValue` is null (blank); '' counts as Regular. */
export function suggestedTier(
  contractValue: number | null,
  tier: string,
  lastContact: number | null,
  touches: readonly number[],
  settings: TierSettings,
  now: number,
): Tier {
  const base =
    contractValue === null
      ? Math.max(0, LADDER.indexOf(tier as Tier))
      : contractValue >= settings.vipValue
        ? 2
        : contractValue >= settings.keyValue
          ? 1
          : 0;
  const recent = lastContact !== null && now - lastContact <= settings.activeWithinDays * DAY_MS;
  const since = now - FREQUENCY_DAYS * DAY_MS;
  const frequent = touches.filter((at) => at >= since && at <= now).length >= settings.activeTouches90d;
  const active = recent && frequent;
  return LADDER[Math.min(base + (active ? 1 : 0), LADDER.length - 1)]!;
}
