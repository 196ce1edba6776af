/**
 * A customer's health score (DOMAIN.md, "Health score and churn"): the eight indicators'
 * sub-scores averaged with their weights, over the indicators that have data only, so a missing
 * survey neither helps nor hurts; no data at all is no score, not a made-up 50.
 *
 *   score = round( Σ subScore × weight / Σ weight ), over the indicators with data
 *
 * Sub-scores are rounded to whole points first, so the cell note adds up by hand.
 */
import { type HealthCustomer, type HealthFacts, INDICATOR_LABELS, READINGS } from './health-indicators';
import { type HealthSettings, INDICATOR_KEYS, type IndicatorKey } from './health-settings';
import type { RiskLevel } from './values';

export interface IndicatorScore {
  readonly key: IndicatorKey;
  readonly label: string;
  /** The fact scored: days, a count, a 1-5 score or the renewal answer. */
  readonly value: number | string;
  /** 0-100, whole points. */
  readonly subScore: number;
  /** The weight as set in Settings. */
  readonly baseWeight: number;
  /** Rescaled: the share (%) of this indicator among those with data; they add up to 100. */
  readonly weight: number;
  /** subScore × weight / 100: what the indicator adds to the score. */
  readonly points: number;
  readonly words: string;
}

export interface HealthResult {
  /** 0-100, whole; null when not scored. */
  readonly score: number | null;
  /** Why there is no score ('no data yet', 'churned: not scored'); null when scored. */
  readonly reason: string | null;
  readonly level: RiskLevel | null;
  /** The indicators with data, in the model's order. */
  readonly indicators: readonly IndicatorScore[];
  /** The indicators without data (or weighted 0), left out of the score. */
  readonly leftOut: readonly IndicatorKey[];
  /** Those of them weighted 0: left out whatever their data, so the note does not say "no data". */
  readonly unweighted: readonly IndicatorKey[];
  /** The words of the at-risk indicators, worst first. */
  readonly reasons: readonly string[];
}

export const isAtRisk = (score: number | null, settings: HealthSettings): boolean =>
  score !== null && score <= settings.atRisk;

/** Whether a Risk Level cell as written names an at-risk customer (High or Medium). */
export const isAtRiskLevel = (level: unknown): boolean => level === 'High' || level === 'Medium';

export function riskLevel(score: number | null, settings: HealthSettings): RiskLevel | null {
  if (score === null) return null;
  return score <= settings.highRisk ? 'High' : score <= settings.atRisk ? 'Medium' : 'Low';
}

/**
 * Risk Reasons: an indicator is a risk point when its own sub-score is in the at-risk band, the
 * same line as the whole score's. Weakest first; on a tie, the heavier one first, then the
 * model's order (the sort is stable), so the text never depends on anything but the facts.
 */
function riskReasons(indicators: readonly IndicatorScore[], settings: HealthSettings): string[] {
  return indicators
    .filter((i) => i.subScore <= settings.atRisk)
    .sort((a, b) => a.subScore - b.subScore || b.weight - a.weight)
    .map((i) => i.words);
}

type Weighted = Pick<IndicatorScore, 'subScore' | 'baseWeight'>;
export const totalWeight = (indicators: readonly Weighted[]) =>
  indicators.reduce((s, i) => s + i.baseWeight, 0);
/** Σ subScore × weight as set: whole numbers, the score before its one division. */
export const weightedSum = (indicators: readonly Weighted[]) =>
  indicators.reduce((s, i) => s + i.subScore * i.baseWeight, 0);

const unscored = (reason: string): HealthResult => ({
  score: null,
  reason,
  level: null,
  indicators: [],
  leftOut: [...INDICATOR_KEYS],
  unweighted: [],
  reasons: [],
});

export function healthScore(
  customer: HealthCustomer,
  facts: HealthFacts,
  settings: HealthSettings,
  now: number,
): HealthResult {
  if (customer.status === 'Churned') return unscored('churned: not scored');
  const inputs = { customer, facts, settings, now };
  const read = INDICATOR_KEYS.flatMap((key) => {
    const baseWeight = settings.weights[key];
    const reading = baseWeight > 0 ? READINGS[key](inputs) : null;
    return reading ? [{ key, ...reading, subScore: Math.round(reading.subScore), baseWeight }] : [];
  });
  const total = totalWeight(read);
  if (total === 0) return unscored('no data yet');
  const indicators = read.map((r): IndicatorScore => {
    const weight = (100 * r.baseWeight) / total;
    // Fields named, not `...r`: V8 copies this object slowly by spread, six times all the rest of
    // the score took, for each of 10,000 customers a day.
    const { key, value, subScore, words, baseWeight } = r;
    return {
      key,
      value,
      subScore,
      words,
      baseWeight,
      label: INDICATOR_LABELS[key],
      weight,
      points: (subScore * weight) / 100,
    };
  });
  // From the whole-number weights, not the rescaled ones: no float drift at a .5 boundary.
  const score = Math.round(weightedSum(read) / total);
  return {
    score,
    reason: null,
    level: riskLevel(score, settings),
    indicators,
    leftOut: INDICATOR_KEYS.filter((k) => !read.some((r) => r.key === k)),
    unweighted: INDICATOR_KEYS.filter((k) => settings.weights[k] === 0),
    reasons: riskReasons(indicators, settings),
  };
}
