import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { healthScore, riskLevel } from '../../src/domain/health';
import { shouldWarn, trend } from '../../src/domain/health-changes';
import type { HealthCustomer, HealthFacts } from '../../src/domain/health-indicators';
import { scoreNote } from '../../src/domain/health-note';
import {
  type CurveKey,
  type HealthSettings,
  healthSettings,
  INDICATOR_KEYS,
  type IndicatorKey,
} from '../../src/domain/health-settings';
import { parseSettings, SettingsError } from '../../src/domain/settings';
import { defaultsOf, shanghai } from './section-defaults';

const settings = defaultsOf(healthSettings);
const DAY = 86_400_000;
const NOW = shanghai('2026-11-23T12:00');
const daysAgo = (n: number) => NOW - n * DAY;

const LONG_STANDING: HealthCustomer = {
  status: 'Won',
  created: daysAgo(400),
  firstContact: null,
  contractStart: null,
};
const BRAND_NEW: HealthCustomer = { ...LONG_STANDING, created: daysAgo(10) };
const NO_DATA: HealthFacts = {
  lastInteractionAt: null,
  interactionsInWindow: 0,
  cadenceDays: null,
  latestSatisfaction: null,
  latestRecommend: null,
  ticketsEver: 0,
  openTickets: 0,
  breachesInWindow: 0,
  complaintsInWindow: 0,
  renewalIntent: '',
};

const score = (facts: Partial<HealthFacts>, customer = LONG_STANDING, s: HealthSettings = settings) =>
  healthScore(customer, { ...NO_DATA, ...facts }, s, NOW);
const counted = (facts: Partial<HealthFacts>, customer = LONG_STANDING) =>
  score(facts, customer).indicators.map((i) => i.key);
const subScore = (key: IndicatorKey, facts: Partial<HealthFacts>, s: HealthSettings = settings) =>
  score(facts, LONG_STANDING, s).indicators.find((i) => i.key === key)?.subScore;

describe('health settings', () => {
  it('has the default weights and risk lines of DESIGN.md', () => {
    expect(settings.weights).toEqual({
      recency: 15,
      frequency: 10,
      satisfaction: 20,
      recommend: 10,
      openTickets: 10,
      breaches: 10,
      complaints: 10,
      renewal: 15,
    });
    expect([settings.atRisk, settings.highRisk, settings.windowDays]).toEqual([60, 40, 90]);
  });

  it('names every row "Health…", once', () => {
    const names = healthSettings.defs.map((d) => d.name);
    expect(names.every((n) => n.startsWith('Health'))).toBe(true);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('Health: recency full score within (days)');
  });

  it('reads decimals for survey breakpoints and rejects what is not a 1-5 score', () => {
    const def = healthSettings.defs.find((d) => d.name === 'Health: satisfaction full score from (1-5)')!;
    expect(def.parse(' 4.2 ')).toBe(4.2);
    expect(() => def.parse('6')).toThrow('a number from 1 to 5, like 4.5');
    expect(() => def.parse('')).toThrow();
  });
});

describe('health settings a person gets wrong', () => {
  const row = (name: string, value: string) => ({ name, value, cell: 'B9' });

  it('refuses a blank risk line or weight rather than reading it as 0', () => {
    for (const name of [
      'Health: at risk at or below',
      'Health: High risk at or below',
      'Health: recency weight',
    ])
      expect(() => parseSettings([row(name, ' ')])).toThrow(
        `Settings B9 ("${name}") should be a whole number`,
      );
  });

  it('refuses a High-risk line above the at-risk line, naming both (High risk is at risk too)', () => {
    expect(() => parseSettings([row('Health: High risk at or below', '90')])).toThrow(
      new SettingsError(
        'Settings: "Health: High risk at or below" (90) should be at most "Health: at risk at or below" (60). Fix one of them; until then the jobs keep their last good results.',
      ),
    );
    expect(parseSettings([row('Health: High risk at or below', '60')]).health.highRisk).toBe(60);
  });
});

describe('acceptance', () => {
  it('(a) a complaint, an SLA breach, 120 days without contact and a 2/5 survey is High risk, and says so', () => {
    const result = score({
      lastInteractionAt: daysAgo(120),
      cadenceDays: 91,
      latestSatisfaction: 2,
      ticketsEver: 3,
      breachesInWindow: 1,
      complaintsInWindow: 1,
    });
    // recency 0×15, frequency 0×10, survey 17×20, open tickets 100×10, breaches 50×10,
    // complaints 50×10: 2340 / 75 = 31.2
    expect(result.score).toBe(31);
    expect(result.level).toBe('High');
    expect(result.reasons).toEqual([
      'no contact for 120 days',
      'no touches in 90 days, expected 1',
      'latest survey 2.0/5',
      '1 SLA breach in 90 days',
      '1 complaint in 90 days',
    ]);
  });

  it('(b) contacted last week, 5/5 surveys and no tickets scores above 80', () => {
    const result = score({
      lastInteractionAt: daysAgo(7),
      interactionsInWindow: 1,
      cadenceDays: 30,
      latestSatisfaction: 5,
      latestRecommend: 5,
    });
    // (100×15 + 33×10 + 100×20 + 100×10) / 55 = 87.8
    expect(result.score).toBe(88);
    expect(result.level).toBe('Low');
  });

  it('(c) a new customer with only a recent interaction is scored on recency alone', () => {
    const facts = { lastInteractionAt: daysAgo(2), interactionsInWindow: 1, cadenceDays: 30 };
    const result = score(facts, BRAND_NEW);
    expect(result.indicators.map((i) => i.key)).toEqual(['recency']);
    expect(result.score).toBe(100);
    expect(result.indicators[0]!.weight).toBe(100);
  });

  it('(d) is a function of the facts alone: order of fields or of customers changes nothing', () => {
    const facts = fc.record({
      lastInteractionAt: fc.option(fc.integer({ min: daysAgo(300), max: NOW })),
      interactionsInWindow: fc.nat(20),
      latestSatisfaction: fc.option(fc.double({ min: 1, max: 5, noNaN: true })),
      ticketsEver: fc.nat(5),
      complaintsInWindow: fc.nat(5),
    });
    fc.assert(
      fc.property(fc.array(facts, { maxLength: 20 }), (customers) => {
        const forward = customers.map((f) => score(f));
        const backward = [...customers].reverse().map((f) => score(f));
        const reordered = customers.map((f) => score(Object.fromEntries(Object.entries(f).reverse())));
        expect(backward.reverse()).toEqual(forward);
        expect(reordered).toEqual(forward);
      }),
    );
  });
});

describe('curves', () => {
  it('recency: 100 within 14 days, 0 from 120, a straight line between', () => {
    const at = (days: number) => subScore('recency', { lastInteractionAt: daysAgo(days) });
    expect([at(0), at(14), at(15), at(67), at(119), at(120), at(400)]).toEqual([100, 100, 99, 50, 1, 0, 0]);
    // Whole 24-hour periods; a future-dated interaction counts as today.
    expect(at(14.9)).toBe(100);
    expect(at(-3)).toBe(100);
  });

  it("frequency: touches against the tier's cadence, 100 at the expected count, 0 at none", () => {
    const at = (touches: number, cadenceDays = 30) =>
      subScore('frequency', { lastInteractionAt: daysAgo(1), interactionsInWindow: touches, cadenceDays });
    expect([at(0), at(1), at(2), at(3), at(5)]).toEqual([0, 33, 67, 100, 100]);
    expect(at(0, 91)).toBe(0); // a Regular quarter expects 1 touch
    expect(at(6, 7)).toBe(46); // weekly: 90 / 7 expects 13
  });

  it('frequency has no data without an interaction, a full window or a cadence that fits it', () => {
    const facts = { lastInteractionAt: daysAgo(1), cadenceDays: 30 };
    expect(counted(facts)).toContain('frequency');
    expect(counted({ ...facts, lastInteractionAt: null })).not.toContain('frequency');
    expect(counted(facts, BRAND_NEW)).not.toContain('frequency');
    expect(counted(facts, { ...LONG_STANDING, created: null })).not.toContain('frequency');
    expect(counted(facts, { ...BRAND_NEW, contractStart: daysAgo(90) })).toContain('frequency');
    expect(counted({ ...facts, cadenceDays: null })).not.toContain('frequency');
    expect(counted({ ...facts, cadenceDays: 181 })).not.toContain('frequency');
  });

  it('satisfaction: 100 from 4.5, 0 at 1.5, scored on the average shown to one decimal', () => {
    const at = (s: number) => subScore('satisfaction', { latestSatisfaction: s });
    expect([at(5), at(4.5), at(4), at(3), at(2), at(1.5), at(1)]).toEqual([100, 100, 83, 50, 17, 0, 0]);
    expect(at(11 / 3)).toBe(73); // shown as 3.7: (3.7 - 1.5) / 3
    expect(score({ latestSatisfaction: 11 / 3 }).indicators[0]!.words).toBe('latest survey 3.7/5');
  });

  it('recommend: 100 at 5, 0 at 2', () => {
    const at = (s: number) => subScore('recommend', { latestRecommend: s });
    expect([at(5), at(4), at(3), at(2), at(1)]).toEqual([100, 67, 33, 0, 0]);
  });

  it('ticket counts: open tickets 0 from 4, SLA breaches and complaints 0 from 2', () => {
    const ticket = (f: Partial<HealthFacts>) => ({ ticketsEver: 5, ...f });
    const open = (n: number) => subScore('openTickets', ticket({ openTickets: n }));
    const breaches = (n: number) => subScore('breaches', ticket({ breachesInWindow: n }));
    const complaints = (n: number) => subScore('complaints', ticket({ complaintsInWindow: n }));
    expect([open(0), open(1), open(2), open(3), open(4), open(9)]).toEqual([100, 75, 50, 25, 0, 0]);
    expect([breaches(0), breaches(1), breaches(2), breaches(3)]).toEqual([100, 50, 0, 0]);
    expect([complaints(0), complaints(1), complaints(2), complaints(3)]).toEqual([100, 50, 0, 0]);
  });

  it('ticket indicators have no data for a customer who never raised a ticket', () => {
    expect(counted({ ticketsEver: 0 })).toEqual([]);
    expect(counted({ ticketsEver: 1 })).toEqual(['openTickets', 'breaches', 'complaints']);
  });

  it('renewal intent: Yes 100, Unsure 50, No 0, blank no data', () => {
    const at = (renewalIntent: HealthFacts['renewalIntent']) => subScore('renewal', { renewalIntent });
    expect([at('Yes'), at('Unsure'), at('No'), at('')]).toEqual([100, 50, 0, undefined]);
  });

  it('follows edited breakpoints, even a step where both are equal', () => {
    const curve = (key: CurveKey, full: number, zero: number): HealthSettings => ({
      ...settings,
      curves: { ...settings.curves, [key]: { full, zero } },
    });
    const recency = (days: number, s: HealthSettings) =>
      subScore('recency', { lastInteractionAt: daysAgo(days) }, s);
    expect(recency(45, curve('recency', 30, 60))).toBe(50);
    expect([recency(10, curve('recency', 10, 10)), recency(11, curve('recency', 10, 10))]).toEqual([100, 0]);
    expect(subScore('satisfaction', { latestSatisfaction: 3 }, curve('satisfaction', 4, 4))).toBe(0);
    expect(subScore('renewal', { renewalIntent: 'Unsure' }, { ...settings, unsureScore: 30 })).toBe(30);
  });
});

describe('rescaling and levels', () => {
  const facts = { lastInteractionAt: NOW, latestSatisfaction: 2 };

  it('scales the weights of the indicators with data to 100', () => {
    const result = score(facts);
    // recency 100 × 15/35 + satisfaction 17 × 20/35 = 42.86 + 9.71 = 52.57
    expect(
      result.indicators.map((i) => [i.key, i.subScore, i.weight.toFixed(2), i.points.toFixed(2)]),
    ).toEqual([
      ['recency', 100, '42.86', '42.86'],
      ['satisfaction', 17, '57.14', '9.71'],
    ]);
    expect(result.score).toBe(53);
    expect(result.level).toBe('Medium');
    expect(result.reasons).toEqual(['latest survey 2.0/5']);
  });

  it('leaves out an indicator weighted 0', () => {
    const result = score(facts, LONG_STANDING, { ...settings, weights: { ...settings.weights, recency: 0 } });
    expect(result.score).toBe(17);
    expect(result.leftOut).toContain('recency');
  });

  it('gives no score, not a made-up 50, without data, and none to a churned customer', () => {
    expect(score({})).toMatchObject({ score: null, reason: 'no data yet', level: null, reasons: [] });
    expect(score(facts, { ...LONG_STANDING, status: 'Churned' })).toMatchObject({
      score: null,
      reason: 'churned: not scored',
    });
    const off = { ...settings, weights: { ...settings.weights, recency: 0, satisfaction: 0 } };
    expect(score(facts, LONG_STANDING, off).score).toBeNull();
  });

  it('levels: High up to 40, Medium up to 60, Low above', () => {
    expect([0, 40, 41, 60, 61, 100, null].map((s) => riskLevel(s, settings))).toEqual([
      'High',
      'High',
      'Medium',
      'Medium',
      'Low',
      'Low',
      null,
    ]);
  });

  it('names an indicator at the at-risk line as a reason, one a point above it not', () => {
    const unsure = (unsureScore: number) =>
      score({ renewalIntent: 'Unsure' }, LONG_STANDING, { ...settings, unsureScore }).reasons;
    expect(unsure(settings.atRisk)).toEqual(['renewal intent: Unsure']);
    expect(unsure(settings.atRisk + 1)).toEqual([]);
  });

  it('names the at-risk indicators weakest first, the heavier first on a tie, in plain words', () => {
    const result = score({
      lastInteractionAt: daysAgo(97),
      interactionsInWindow: 4,
      cadenceDays: 10,
      ticketsEver: 9,
      openTickets: 3,
      complaintsInWindow: 2,
      breachesInWindow: 2,
      renewalIntent: 'No',
    });
    expect(result.reasons).toEqual([
      'renewal intent: No',
      '2 SLA breaches in 90 days',
      '2 complaints in 90 days',
      'no contact for 97 days',
      '3 open tickets',
      '4 touches in 90 days, expected 9',
    ]);
  });
});

describe('score note', () => {
  it('lists each indicator and the total so the arithmetic can be redone by hand', () => {
    expect(scoreNote(score({ lastInteractionAt: NOW, latestSatisfaction: 2 }))).toBe(
      [
        'Health score 53 (Medium risk)',
        'Indicator (fact): sub-score × weight = product; share of the weight → points',
        'Recency (contacted within the last 24 hours): 100 × 15 = 1500; 42.9% → 42.9',
        'Satisfaction (latest survey 2.0/5): 17 × 20 = 340; 57.1% → 9.7',
        'Score = 1840 ÷ 35 = 52.57, rounded to 53',
        'Not counted, no data: Frequency, Recommend, Open tickets, SLA breaches, Complaints, Renewal intent; ' +
          'the shares are of the weights counted.',
      ].join('\n'),
    );
  });

  it('says why there is no score', () => {
    expect(scoreNote(score({}))).toBe('No health score: no data yet.');
  });

  // "An indicator without data (or with weight 0) is left out": one with data left out for its
  // weight was called "no data" (a Renewal Intent of Yes).
  it('does not call an indicator weighted 0 "no data" when it has data', () => {
    const zeroRenewal = { ...settings, weights: { ...settings.weights, renewal: 0 } };
    const note = scoreNote(
      score({ lastInteractionAt: daysAgo(2), renewalIntent: 'Yes' }, LONG_STANDING, zeroRenewal),
    );
    expect(note).not.toMatch(/no data: [^;]*Renewal intent/);
    expect(note).toMatch(/; weight 0: Renewal intent; the shares are of the weights counted\.$/);
  });

  // Recency counts whole 24-hour periods, zone-free: a contact at 18:00 yesterday is 0 days at
  // noon today, and the note called it "contacted today".
  it('does not say "contacted today" of a contact made yesterday', () => {
    const note = scoreNote(score({ lastInteractionAt: shanghai('2026-11-22T18:00'), renewalIntent: 'Yes' }));
    expect(note).not.toContain('contacted today');
    expect(note).toContain('Recency (contacted within the last 24 hours): 100 × 15 = 1500');
  });
});

describe('trend', () => {
  it('shows the change since last month', () => {
    expect(trend(50, 55)).toEqual({ direction: 'up', words: '▲ 5' });
    expect(trend(50, 47)).toEqual({ direction: 'down', words: '▼ 3' });
    expect(trend(50, 50)).toEqual({ direction: 'same', words: '= 0' });
    expect(trend(null, 50)).toEqual({ direction: '', words: '' });
    expect(trend(50, null)).toEqual({ direction: '', words: '' });
  });
});

describe('warning', () => {
  /** Runs the transition over a series of daily scores; returns the days a warning fired. */
  const warnings = (scores: readonly (number | null)[]) => {
    let atRisk = false;
    return scores.flatMap((s, day) => {
      const step = shouldWarn(atRisk, s, settings);
      atRisk = step.atRisk;
      return step.warn ? [day] : [];
    });
  };

  it('fires on falling to 60 or below, once while at risk, again after a recovery', () => {
    expect(warnings([70, 60, 55, 40])).toEqual([1]);
    expect(warnings([55, 55, 55])).toEqual([0]); // first scored at risk; three runs, one alert
    expect(warnings([55, 61, 58])).toEqual([0, 2]);
    expect(warnings([70, 61, null, 90])).toEqual([]);
    expect(warnings([55, null, 55])).toEqual([0, 2]); // e.g. churned, then won back at risk
  });
});

describe('properties', () => {
  const at = (min: number, max: number) => fc.integer({ min, max });
  const factsArb: fc.Arbitrary<HealthFacts> = fc.record({
    lastInteractionAt: fc.option(at(daysAgo(400), NOW)),
    interactionsInWindow: fc.nat(40),
    cadenceDays: fc.option(fc.constantFrom(7, 30, 91, 182)),
    latestSatisfaction: fc.option(fc.double({ min: 1, max: 5, noNaN: true })),
    latestRecommend: fc.option(at(1, 5)),
    ticketsEver: fc.nat(10),
    openTickets: fc.nat(10),
    breachesInWindow: fc.nat(10),
    complaintsInWindow: fc.nat(10),
    renewalIntent: fc.constantFrom('Yes', 'Unsure', 'No', '' as const),
  });
  const customerArb: fc.Arbitrary<HealthCustomer> = fc.record({
    status: fc.constantFrom('Potential', 'Intent', 'Won', 'Churned', ''),
    created: fc.option(at(daysAgo(800), NOW)),
    firstContact: fc.option(at(daysAgo(800), NOW)),
    contractStart: fc.option(at(daysAgo(800), NOW)),
  });
  const curveArb = (min: number, max: number) => fc.record({ full: at(min, max), zero: at(min, max) });
  const settingsArb: fc.Arbitrary<HealthSettings> = fc.record({
    weights: fc.record(
      Object.fromEntries(INDICATOR_KEYS.map((k) => [k, at(0, 100)])) as Record<
        IndicatorKey,
        fc.Arbitrary<number>
      >,
    ),
    curves: fc.record({
      recency: curveArb(0, 200),
      frequency: curveArb(0, 200),
      satisfaction: curveArb(1, 5),
      recommend: curveArb(1, 5),
      openTickets: curveArb(0, 10),
      breaches: curveArb(0, 10),
      complaints: curveArb(0, 10),
    }),
    unsureScore: at(0, 100),
    windowDays: at(7, 365),
    atRisk: at(0, 100),
    highRisk: at(0, 100),
    analysisHours: at(1, 720),
    winBackCheckDays: at(1, 90),
  });
  const anySettings = fc.oneof(fc.constant(settings), settingsArb);

  it('the score is a whole number from 0 to 100, or null', () => {
    fc.assert(
      fc.property(customerArb, factsArb, anySettings, (customer, facts, s) => {
        const { score: value } = healthScore(customer, facts, s, NOW);
        expect(value === null || (Number.isInteger(value) && value >= 0 && value <= 100)).toBe(true);
      }),
    );
  });

  /** Each makes one fact better (or leaves it as it is), without adding or removing data. */
  const IMPROVE: Record<string, (f: HealthFacts, by: number) => HealthFacts> = {
    lastContact: (f, by) =>
      f.lastInteractionAt === null ? f : { ...f, lastInteractionAt: f.lastInteractionAt + by * 3_600_000 },
    interactions: (f, by) => ({ ...f, interactionsInWindow: f.interactionsInWindow + by }),
    satisfaction: (f, by) =>
      f.latestSatisfaction === null
        ? f
        : { ...f, latestSatisfaction: Math.min(5, f.latestSatisfaction + by / 20) },
    recommend: (f, by) =>
      f.latestRecommend === null ? f : { ...f, latestRecommend: Math.min(5, f.latestRecommend + by) },
    openTickets: (f, by) => ({ ...f, openTickets: Math.max(0, f.openTickets - by) }),
    breaches: (f, by) => ({ ...f, breachesInWindow: Math.max(0, f.breachesInWindow - by) }),
    complaints: (f, by) => ({ ...f, complaintsInWindow: Math.max(0, f.complaintsInWindow - by) }),
    renewal: (f) => ({ ...f, renewalIntent: f.renewalIntent === 'No' ? 'Unsure' : f.renewalIntent && 'Yes' }),
  };

  it('improving any single fact never lowers the score', () => {
    fc.assert(
      fc.property(
        customerArb,
        factsArb,
        anySettings,
        fc.constantFrom(...Object.keys(IMPROVE)),
        fc.nat(50),
        (customer, facts, s, fact, by) => {
          const before = healthScore(customer, facts, s, NOW).score;
          const after = healthScore(customer, IMPROVE[fact]!(facts, by), s, NOW).score;
          if (before === null) expect(after).toBeNull();
          else expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
      { numRuns: 500 },
    );
  });
});
