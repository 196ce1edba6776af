/**
 * A dimension averaging low gets an improvement plan with an owner and a deadline (DOMAIN.md).
 * The job raises one alert per action; the key names the period and the dimension, so a low month
 * raises one alert however often the job runs, and a second dimension or period raises its own.
 */
import { DIMENSION_LABELS, type SurveyDimension } from './survey-rows';
import type { SurveySettings } from './survey-settings';
import type { SurveySummary } from './survey-summary';

export interface ImprovementAction {
  /** The alert's key, e.g. 'low-score:2026-03:resolution'. */
  readonly key: string;
  readonly period: string;
  readonly dimension: SurveyDimension;
  readonly average: number;
  /** The average rests on a thin sample; the alert should say so. */
  readonly thin: boolean;
  /** Epoch ms: the plan is due this many working days from now. */
  readonly due: number;
  readonly message: string;
}

/** Working-day arithmetic from the business calendar: `days` working days after `ms`. */
export type AddWorkingDays = (ms: number, days: number) => number;

const KEY_PREFIX = 'low-score:';

/** A month as the summaries name it, '2026-03': the Record ID of a month's improvement alert. */
export const isMonthPeriod = (text: string): boolean => /^\d{4}-\d{2}$/.test(text);

/** The month and dimension an improvement alert's key names, or null for any other key. */
export function improvementOf(key: string): { period: string; dimension: SurveyDimension } | null {
  const [period, dimension] = key.startsWith(KEY_PREFIX) ? key.slice(KEY_PREFIX.length).split(':') : [];
  return period && isMonthPeriod(period) && dimension && dimension in DIMENSION_LABELS
    ? { period, dimension: dimension as SurveyDimension }
    : null;
}

export function improvementActions(
  period: string,
  summary: SurveySummary,
  now: number,
  settings: SurveySettings,
  addWorkingDays: AddWorkingDays,
): ImprovementAction[] {
  return summary.lowDimensions.map((dimension) => {
    const { value, count, thin } = summary.dimensions[dimension];
    const average = value!;
    const sample = thin ? ` (only ${count} responses)` : '';
    return {
      key: `${KEY_PREFIX}${period}:${dimension}`,
      period,
      dimension,
      average,
      thin,
      due: addWorkingDays(now, settings.planWorkingDays),
      message:
        `${DIMENSION_LABELS[dimension]} averaged ${average.toFixed(1)} in ${period}${sample}, ` +
        `under ${settings.lowScore.toFixed(1)}: plan an improvement, then tell the customers who answered what changed (open this alert in My queue).`,
    };
  });
}
