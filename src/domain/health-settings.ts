/**
 * The health model's numbers a business may change in the Settings sheet (DESIGN.md, "Default
 * health model"): each indicator's weight, the two breakpoints of its 0-100 curve, the window the
 * counts are taken over and the risk lines. Every row's name starts with "Health" so they sit
 * together in the sheet.
 */
import { decimal, fail, type Parse, type Section, setting, wholeNumber } from './setting-parsers';

export const INDICATOR_KEYS = [
  'recency',
  'frequency',
  'satisfaction',
  'recommend',
  'openTickets',
  'breaches',
  'complaints',
  'renewal',
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

/** Renewal intent is scored by its answer; every other indicator by a straight-line curve. */
export type CurveKey = Exclude<IndicatorKey, 'renewal'>;

/** 100 points at `full` or better, 0 at `zero` or worse, a straight line between. */
export interface Curve {
  readonly full: number;
  readonly zero: number;
}

export interface HealthSettings {
  /** Relative: only their shares among the indicators with data count, so they need not add to 100. */
  readonly weights: Readonly<Record<IndicatorKey, number>>;
  readonly curves: Readonly<Record<CurveKey, Curve>>;
  /** Points for renewal intent Unsure (Yes scores 100, No 0). */
  readonly unsureScore: number;
  /** Interactions, SLA breaches and complaints are counted over this many days back from now. */
  readonly windowDays: number;
  /** A score at or below this is at risk and raises a warning. */
  readonly atRisk: number;
  /** A score at or below this is High risk (between the two: Medium). */
  readonly highRisk: number;
  /** The At Risk alert is due this long after it is raised: the analysis starts by then. */
  readonly analysisHours: number;
  /** A win-back's Check Reaction By: the customer's reaction is checked this long after it starts. */
  readonly winBackCheckDays: number;
}

/** The name each indicator's rows carry, and its default weight (DESIGN.md). */
const INDICATORS: Record<IndicatorKey, { readonly name: string; readonly weight: number }> = {
  recency: { name: 'recency', weight: 15 },
  frequency: { name: 'frequency', weight: 10 },
  satisfaction: { name: 'satisfaction', weight: 20 },
  recommend: { name: 'recommend', weight: 10 },
  openTickets: { name: 'open tickets', weight: 10 },
  breaches: { name: 'SLA breaches', weight: 10 },
  complaints: { name: 'complaints', weight: 10 },
  renewal: { name: 'renewal intent', weight: 15 },
};

const days = wholeNumber(0, 3650, 'days');
const fivePoint = decimal(1, 5, 'a number from 1 to 5, like 4.5');
const count = (unit: string) => wholeNumber(0, 1000, unit);

interface CurveRows {
  /** What the curve reads, for the help text. */
  readonly reads: string;
  /** Row names, after "Health: <indicator> ". */
  readonly full: string;
  readonly zero: string;
  readonly defaults: readonly [full: number, zero: number];
  readonly parse: Parse<number>;
  /** Which way the fact improves: the full-score breakpoint lies on that side of the zero one. */
  readonly better: 'lower' | 'higher';
}

/** The default curves; the README's Health score section lists each one's breakpoints. */
const CURVES: Record<CurveKey, CurveRows> = {
  recency: {
    reads: 'Days since the last logged interaction',
    full: 'full score within (days)',
    zero: 'zero score from (days)',
    defaults: [14, 120],
    parse: days,
    better: 'lower',
  },
  frequency: {
    reads: "Touches in the window, as a % of those the tier's follow-up cadence expects",
    full: 'full score from (% of cadence)',
    zero: 'zero score at (% of cadence)',
    defaults: [100, 0],
    parse: wholeNumber(0, 1000, 'percent'),
    better: 'higher',
  },
  satisfaction: {
    reads: "The latest answered survey's average score (1-5)",
    full: 'full score from (1-5)',
    zero: 'zero score at (1-5)',
    defaults: [4.5, 1.5],
    parse: fivePoint,
    better: 'higher',
  },
  recommend: {
    reads: 'The latest "would you recommend us" score (1-5)',
    full: 'full score from (1-5)',
    zero: 'zero score at (1-5)',
    defaults: [5, 2],
    parse: fivePoint,
    better: 'higher',
  },
  openTickets: {
    reads: 'Open tickets',
    full: 'full score up to (tickets)',
    zero: 'zero score from (tickets)',
    defaults: [0, 4],
    parse: count('tickets'),
    better: 'lower',
  },
  breaches: {
    reads: 'Missed SLA targets on tickets submitted in the window',
    full: 'full score up to (breaches)',
    zero: 'zero score from (breaches)',
    defaults: [0, 2],
    parse: count('breaches'),
    better: 'lower',
  },
  complaints: {
    reads: 'Complaint tickets raised in the window',
    full: 'full score up to (complaints)',
    zero: 'zero score from (complaints)',
    defaults: [0, 2],
    parse: count('complaints'),
    better: 'lower',
  },
};

const CURVE_KEYS = INDICATOR_KEYS.filter((k): k is CurveKey => k !== 'renewal');
const weightName = (key: IndicatorKey) => `Health: ${INDICATORS[key].name} weight`;
const curveName = (key: CurveKey, end: 'full' | 'zero') =>
  `Health: ${INDICATORS[key].name} ${CURVES[key][end]}`;
const NAMES = {
  unsure: 'Health: renewal intent Unsure scores',
  window: 'Health: window (days)',
  atRisk: 'Health: at risk at or below',
  highRisk: 'Health: High risk at or below',
  analysis: 'Health: at-risk analysis due within (hours)',
  winBackCheck: 'Health: win-back check after (days)',
} as const;

function indicatorRows(key: IndicatorKey) {
  const weight = setting(
    weightName(key),
    String(INDICATORS[key].weight),
    `Weight of ${INDICATORS[key].name} in the health score, against the other weights.`,
    wholeNumber(0, 100, 'points'),
  );
  if (key === 'renewal') return [weight];
  const { reads, defaults, parse } = CURVES[key];
  return [
    weight,
    setting(curveName(key, 'full'), String(defaults[0]), `${reads}: 100 points at this or better.`, parse),
    setting(
      curveName(key, 'zero'),
      String(defaults[1]),
      `${reads}: 0 points at this or worse, a straight line between.`,
      parse,
    ),
  ];
}

/**
 * Breakpoints the wrong way round hold no straight line (README: 100 at the full score or better,
 * 0 at the zero score or worse): refused like the risk lines, not scored 100 whatever the fact.
 */
function curve(key: CurveKey, full: number, zero: number): Curve {
  const lower = CURVES[key].better === 'lower';
  if (lower ? full > zero : full < zero)
    fail(
      `"${curveName(key, 'full')}" (${full}) should be at ${lower ? 'most' : 'least'} "${curveName(key, 'zero')}" (${zero})`,
    );
  return { full, zero };
}

const byKey = <K extends string, V>(keys: readonly K[], value: (key: K) => V) =>
  Object.fromEntries(keys.map((k) => [k, value(k)])) as Record<K, V>;

export const healthSettings: Section<HealthSettings> = {
  defs: [
    ...INDICATOR_KEYS.flatMap(indicatorRows),
    setting(
      NAMES.unsure,
      '50',
      'Renewal intent points for Unsure (Yes scores 100, No 0).',
      wholeNumber(0, 100, 'points'),
    ),
    setting(
      NAMES.window,
      '90',
      'Interactions, SLA breaches and complaints are counted over this many days.',
      wholeNumber(7, 365, 'days'),
    ),
    setting(
      NAMES.atRisk,
      '60',
      'A health score at or below this is at risk: the owner gets an alert.',
      wholeNumber(0, 100, 'points'),
    ),
    setting(
      NAMES.highRisk,
      '40',
      'A health score at or below this is High risk; up to the at-risk line, Medium.',
      wholeNumber(0, 100, 'points'),
    ),
    setting(
      NAMES.analysis,
      '24',
      "An at-risk customer's analysis is due this many hours after the warning.",
      wholeNumber(1, 720, 'hours'),
    ),
    setting(
      NAMES.winBackCheck,
      '3',
      "A win-back's Check Reaction By: the customer's reaction is checked this many days after it starts.",
      wholeNumber(1, 90, 'days'),
    ),
  ],
  build: (r) => {
    const atRisk = r.one<number>(NAMES.atRisk);
    const highRisk = r.one<number>(NAMES.highRisk);
    // A High risk customer is at risk too: else High risk would come without a warning.
    if (highRisk > atRisk)
      fail(`"${NAMES.highRisk}" (${highRisk}) should be at most "${NAMES.atRisk}" (${atRisk})`);
    return {
      weights: byKey(INDICATOR_KEYS, (k) => r.one<number>(weightName(k))),
      curves: byKey(CURVE_KEYS, (k) =>
        curve(k, r.one<number>(curveName(k, 'full')), r.one<number>(curveName(k, 'zero'))),
      ),
      unsureScore: r.one<number>(NAMES.unsure),
      windowDays: r.one<number>(NAMES.window),
      atRisk,
      highRisk,
      analysisHours: r.one<number>(NAMES.analysis),
      winBackCheckDays: r.one<number>(NAMES.winBackCheck),
    };
  },
};
