/**
 * What changes between runs: the month-on-month trend shown beside the score, and when a customer
 * sliding into risk raises its one warning. Both are pure; the job keeps the previous month's
 * score (history table) and each customer's at-risk flag (stored state).
 */
import { isAtRisk } from './health';
import type { HealthSettings } from './health-settings';

export type TrendDirection = 'up' | 'down' | 'same' | '';

export interface Trend {
  readonly direction: TrendDirection;
  /** '▲ 5', '▼ 3', '= 0', or '' when either month has no score. */
  readonly words: string;
}

export function trend(previous: number | null, current: number | null): Trend {
  if (previous === null || current === null) return { direction: '', words: '' };
  const change = current - previous;
  if (change > 0) return { direction: 'up', words: `▲ ${change}` };
  if (change < 0) return { direction: 'down', words: `▼ ${-change}` };
  return { direction: 'same', words: '= 0' };
}

export interface Warning {
  /** Raise the At Risk alert now. */
  readonly warn: boolean;
  /** The flag to store for the next run. */
  readonly atRisk: boolean;
}

/**
 * A warning fires on the step into risk (or the first score, if at risk), not again while the
 * customer stays there, and again after a recovery and a new fall. A customer without a score
 * (churned, or no data) is not at risk: if it is later scored at risk, that is news again.
 */
export function shouldWarn(previousAtRisk: boolean, score: number | null, settings: HealthSettings): Warning {
  const atRisk = isAtRisk(score, settings);
  return { warn: atRisk && !previousAtRisk, atRisk };
}
