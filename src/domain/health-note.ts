/**
 * The note on a Health Score cell: every indicator's value, sub-score, rescaled weight and
 * points, and the total, so a person can redo the arithmetic with a calculator.
 */
import type { HealthResult } from './health';
import { INDICATOR_LABELS } from './health-indicators';

/** At most one decimal, without a trailing '.0': 15, 23.1. */
const short = (n: number) => String(Math.round(n * 10) / 10);

export function scoreNote(result: HealthResult): string {
  if (result.score === null) return `No health score: ${result.reason}.`;
  const total = result.indicators.reduce((sum, i) => sum + i.points, 0);
  return [
    `Health score ${result.score} (${result.level} risk)`,
    'sub-score × weight = points',
    ...result.indicators.map(
      (i) => `${i.label} (${i.words}): ${i.subScore} × ${short(i.weight)}% = ${i.points.toFixed(1)}`,
    ),
    `Total ${total.toFixed(1)}, rounded to ${result.score}`,
    ...(result.leftOut.length === 0
      ? []
      : [
          `Not counted, no data: ${result.leftOut.map((k) => INDICATOR_LABELS[k]).join(', ')}; ` +
            'the other weights are scaled to add up to 100%.',
        ]),
  ].join('\n');
}
