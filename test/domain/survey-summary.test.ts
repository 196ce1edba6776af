import { describe, expect, it } from 'vitest';
import { groupSurveys, periodOf } from '../../src/domain/survey-groups';
import { improvementActions } from '../../src/domain/survey-improvements';
import type { SurveyRow } from '../../src/domain/survey-rows';
import { surveySettings } from '../../src/domain/survey-settings';
import { satisfaction, summarizeSurveys } from '../../src/domain/survey-summary';
import { defaultsOf, shanghai } from './section-defaults';

const ZONE = 'Asia/Shanghai';
const DAY = 24 * 60 * 60 * 1000;

const SETTINGS = defaultsOf(surveySettings);
const NOW = shanghai('2026-04-15T09:00');

type Scores = [
  speed: number | '',
  resolution: number | '',
  prof: number | '',
  fit: number | '',
  care: number | '',
];
function survey(
  id: string,
  scores: Scores,
  recommend: number | '',
  comments: string,
  times: { sent: number | null; responded: number | null },
  customerId = 'C-0001',
): SurveyRow {
  const [responseSpeed, resolution, professionalism, productFit, proactiveCare] = scores;
  return {
    id,
    customerId,
    reason: '3 Months',
    ticketId: '',
    shown: '',
    ...times,
    responseSpeed,
    resolution,
    professionalism,
    productFit,
    proactiveCare,
    recommend,
    comments,
  };
}
const march = (day: number) => ({
  sent: shanghai(`2026-03-${String(day).padStart(2, '0')}`),
  responded: shanghai(`2026-03-${String(day + 1).padStart(2, '0')}`),
});

/**
 * Hand-computed, March 2026:
 *   response averages S1 4.0, S2 3.4, S3 3.0, S4 4.5 (Proactive Care skipped), S5 2.0; S6 answered
 *   only Recommend.
 *   Response Speed (5+4+3+5+2)/5 = 3.8; Resolution (2+2+1+3+2)/5 = 2.0; Professionalism 20/5 = 4.0;
 *   Product Fit 20/5 = 4.0; Proactive Care (4+3+2+2)/4 = 2.75. Flagged: Resolution, Proactive Care.
 *   CSAT: S1 and S4 of 5 average 4 or more = 0.4.
 *   Recommend 5, 5, 2, 5, 1, 4: promoters 3/6 = 50%, detractors 2/6 = 33.3% → 16.7 points.
 *   Response rate: sent in March S1-S5 and S7 (S6 came back on paper, never sent); S7 expired
 *   unanswered → 5/6.
 *   Negative comments: S5 (average 2.0) and S3 (recommend 2), newest first.
 */
const FIXTURE: SurveyRow[] = [
  survey('S-00001', [5, 2, 5, 4, 4], 5, 'Great support, slow resolution', march(2)),
  survey('S-00002', [4, 2, 4, 4, 3], 5, '物流太慢了', march(4)),
  survey('S-00003', [3, 1, 4, 5, 2], 2, '物流速度慢', march(6)),
  survey('S-00004', [5, 3, 5, 5, ''], 5, '', march(8)),
  survey('S-00005', [2, 2, 2, 2, 2], 1, 'Resolution took too long', march(10)),
  survey('S-00006', ['', '', '', '', ''], 4, 'ok', { sent: null, responded: shanghai('2026-03-12') }),
  survey('S-00007', [5, 5, 5, 5, 5], '', '', { sent: shanghai('2026-03-20'), responded: null }),
];

describe('summarizeSurveys', () => {
  const march2026 = groupSurveys(FIXTURE, 'month', ZONE).get('2026-03')!;
  const summary = summarizeSurveys(march2026, NOW, SETTINGS, ZONE);

  it('averages each dimension over the responses that answered it', () => {
    const averages = Object.fromEntries(Object.entries(summary.dimensions).map(([d, f]) => [d, f.value]));
    expect(averages).toEqual({
      responseSpeed: 3.8,
      resolution: 2,
      professionalism: 4,
      productFit: 4,
      proactiveCare: 2.75,
    });
    expect(summary.dimensions.proactiveCare.count).toBe(4);
  });

  it('computes response count, response rate, CSAT and the recommend score', () => {
    expect(summary.responses).toBe(6);
    expect(summary.responseRate).toMatchObject({ count: 6 });
    expect(summary.responseRate.value).toBeCloseTo(5 / 6);
    expect(summary.csat).toEqual({ value: 0.4, count: 5, thin: true });
    expect(summary.recommendScore.count).toBe(6);
    expect(summary.recommendScore.value).toBeCloseTo(50 - 100 / 3);
  });

  it('gives the Dashboard the same CSAT and recommend score on their own', () => {
    expect(satisfaction(march2026.responses, SETTINGS)).toEqual({
      csat: summary.csat,
      recommendScore: summary.recommendScore,
    });
  });

  it('flags dimensions averaging under 3', () => {
    expect(summary.lowDimensions).toEqual(['resolution', 'proactiveCare']);
  });

  it('lists the frequent keywords, English and Chinese, and the negative comments newest first', () => {
    expect(summary.keywords.slice(0, 2)).toEqual([
      { keyword: 'resolution', count: 2 },
      { keyword: '物流', count: 2 },
    ]);
    expect(summary.negativeComments).toEqual([
      { surveyId: 'S-00005', customerId: 'C-0001', comments: 'Resolution took too long' },
      { surveyId: 'S-00003', customerId: 'C-0001', comments: '物流速度慢' },
    ]);
  });

  it('marks as thin each figure resting on fewer responses than the setting', () => {
    const thin = summarizeSurveys(march2026, NOW, { ...SETTINGS, thinBelow: 5 }, ZONE);
    expect(thin.dimensions.resolution.thin).toBe(false);
    expect(thin.dimensions.proactiveCare.thin).toBe(true);
    expect(thin.csat.thin).toBe(false);
    expect(thin.recommendScore.thin).toBe(false);
  });

  it('leaves surveys still open out of the response rate, and gives no value for no data', () => {
    const open = survey('S-00008', ['', '', '', '', ''], '', '', { sent: NOW - 2 * DAY, responded: null });
    const april = summarizeSurveys({ responses: [], sent: [open] }, NOW, SETTINGS, ZONE);
    expect(april.responseRate).toEqual({ value: null, count: 0, thin: true });
    expect(april.dimensions.resolution).toEqual({ value: null, count: 0, thin: true });
    expect(april.recommendScore.value).toBeNull();
    expect(april.lowDimensions).toEqual([]);
  });
});

describe('groupSurveys', () => {
  // 23:30 on 31 March in Shanghai is 1 April in Auckland; 00:30 on 1 April is still 31 March in UTC.
  const lateMarch = shanghai('2026-03-31T23:30');
  const earlyApril = shanghai('2026-04-01T00:30');
  const rows = [
    survey('S-00001', [4, 4, 4, 4, 4], 4, '', { sent: shanghai('2026-03-25'), responded: lateMarch }),
    survey('S-00002', [4, 4, 4, 4, 4], 4, '', { sent: lateMarch, responded: earlyApril }, 'C-0002'),
  ];
  const ids = (g: { responses: readonly SurveyRow[]; sent: readonly SurveyRow[] } | undefined) => ({
    responses: g?.responses.map((r) => r.id),
    sent: g?.sent.map((r) => r.id),
  });

  it('puts month boundaries at midnight in the spreadsheet’s zone', () => {
    expect(periodOf(lateMarch, 'month', ZONE)).toBe('2026-03');
    expect(periodOf(earlyApril, 'month', ZONE)).toBe('2026-04');
    const months = groupSurveys(rows, 'month', ZONE);
    expect([...months.keys()]).toEqual(['2026-03', '2026-04']);
    expect(ids(months.get('2026-03'))).toEqual({ responses: ['S-00001'], sent: ['S-00001', 'S-00002'] });
    expect(ids(months.get('2026-04'))).toEqual({ responses: ['S-00002'], sent: [] });
  });

  it('puts quarter boundaries there too', () => {
    expect(periodOf(lateMarch, 'quarter', ZONE)).toBe('2026-Q1');
    expect(periodOf(earlyApril, 'quarter', ZONE)).toBe('2026-Q2');
    expect(periodOf(shanghai('2026-12-31T23:00'), 'quarter', ZONE)).toBe('2026-Q4');
    expect([...groupSurveys(rows, 'quarter', ZONE).keys()]).toEqual(['2026-Q1', '2026-Q2']);
  });

  it('groups by customer', () => {
    const customers = groupSurveys(rows, 'customer', ZONE);
    expect([...customers.keys()]).toEqual(['C-0001', 'C-0002']);
    expect(ids(customers.get('C-0002'))).toEqual({ responses: ['S-00002'], sent: ['S-00002'] });
  });
});

describe('improvementActions', () => {
  const summary = summarizeSurveys(groupSurveys(FIXTURE, 'month', ZONE).get('2026-03')!, NOW, SETTINGS, ZONE);
  /** Stands in for the business calendar: counts every day. */
  const addDays = (ms: number, days: number) => ms + days * DAY;

  it('gives one action per low dimension, keyed by period and dimension, due 15 working days out', () => {
    const actions = improvementActions('2026-03', summary, NOW, SETTINGS, addDays);
    expect(
      actions.map(({ key, dimension, average, thin, due }) => ({ key, dimension, average, thin, due })),
    ).toEqual([
      {
        key: 'low-score:2026-03:resolution',
        dimension: 'resolution',
        average: 2,
        thin: true,
        due: NOW + 15 * DAY,
      },
      {
        key: 'low-score:2026-03:proactiveCare',
        dimension: 'proactiveCare',
        average: 2.75,
        thin: true,
        due: NOW + 15 * DAY,
      },
    ]);
    expect(actions[0]!.message).toBe(
      'Resolution averaged 2.0 in 2026-03 (only 5 responses), under 3.0: ' +
        'plan an improvement, then tell the customers who answered what changed (open this alert in My queue).',
    );
  });
});
