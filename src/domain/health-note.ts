/**
 * The note on a Health Score cell: every indicator's fact, sub-score, weight and points, and the
 * total, so a person can redo the arithmetic with a calculator. The products and their sum are
 * whole numbers; the only division is the last line's.
 */
import { type HealthResult, totalWeight, weightedSum } from './health';
import { INDICATOR_LABELS } from './health-indicators';
import type { IndicatorKey } from './health-settings';

/** At most one decimal, without a trailing '.0': 15, 23.1. */
const short = (n: number) => String(Math.round(n * 10) / 10);
/**
 * Cut (not rounded) to two decimals, so the figure shown rounds to the score as the exact one
 * does: 60.497 shows 60.49, not a 60.50 that seems to round the wrong way.
 */
const cut = (n: number) => (Math.floor(n * 100 + 1e-9) / 100).toFixed(2);

const labels = (keys: readonly IndicatorKey[]) => keys.map((k) => INDICATOR_LABELS[k]).join(', ');

/** Why each indicator left out is: no data, or weighted 0 in Settings (which may have data). */
function leftOutLine({ leftOut, unweighted }: HealthResult): string[] {
  const noData = leftOut.filter((k) => !unweighted.includes(k));
  const why = [
    ...(noData.length === 0 ? [] : [`no data: ${labels(noData)}`]),
    ...(unweighted.length === 0 ? [] : [`weight 0: ${labels(unweighted)}`]),
  ];
  return why.length === 0 ? [] : [`Not counted, ${why.join('; ')}; the shares are of the weights counted.`];
}

export function scoreNote(result: HealthResult): string {
  if (result.score === null) return `No health score: ${result.reason}.`;
  const sum = weightedSum(result.indicators);
  const total = totalWeight(result.indicators);
  return [
    `Health score ${result.score} (${result.level} risk)`,
    'Indicator (fact): sub-score × weight = product; share of the weight → points',
    ...result.indicators.map(
      (i) =>
        `${i.label} (${i.words}): ${i.subScore} × ${i.baseWeight} = ${i.subScore * i.baseWeight}; ` +
        `${short(i.weight)}% → ${short(i.points)}`,
    ),
    `Score = ${sum} ÷ ${total} = ${cut(sum / total)}, rounded to ${result.score}`,
    ...leftOutLine(result),
  ].join('\n');
}
