import { expect, it } from 'vitest';
import { healthScore } from '../../src/domain/health';
import type { HealthCustomer, HealthFacts } from '../../src/domain/health-indicators';
import { scoreNote } from '../../src/domain/health-note';
import { healthSettings } from '../../src/domain/health-settings';
import { defaultsOf, shanghai } from './section-defaults';

const settings = defaultsOf(healthSettings);
const DAY = 86_400_000;
const NOW = shanghai('2026-11-23T12:00');
const CUSTOMER: HealthCustomer = {
  status: 'Won',
  created: NOW - 400 * DAY,
  firstContact: null,
  contractStart: null,
};
const FACTS: HealthFacts = {
  lastInteractionAt: NOW - 2 * DAY,
  interactionsInWindow: 0,
  cadenceDays: null,
  latestSatisfaction: null,
  latestRecommend: null,
  ticketsEver: 0,
  openTickets: 0,
  breachesInWindow: 0,
  complaintsInWindow: 0,
  renewalIntent: 'Yes',
};

// README: "An indicator without data (or with weight 0) is left out". A weight-0 indicator that
// has data is left out for its weight: the note said "no data" of a Renewal Intent of Yes.
it('does not call an indicator weighted 0 "no data" when it has data', () => {
  const zeroRenewal = { ...settings, weights: { ...settings.weights, renewal: 0 } };
  const note = scoreNote(healthScore(CUSTOMER, FACTS, zeroRenewal, NOW));
  expect(note).not.toMatch(/no data: [^;]*Renewal intent/);
  expect(note).toMatch(/; weight 0: Renewal intent; the shares are of the weights counted\.$/);
});

// Recency counts whole 24-hour periods (README: "Days are whole 24-hour periods since the last
// contact"), zone-free: a contact at 18:00 yesterday is 0 days at 10:00 today, and the note said
// "contacted today" of it.
it('does not say "contacted today" of a contact made yesterday', () => {
  const yesterdayEvening = shanghai('2026-11-22T18:00');
  const note = scoreNote(
    healthScore(CUSTOMER, { ...FACTS, lastInteractionAt: yesterdayEvening }, settings, NOW),
  );
  expect(note).not.toContain('contacted today');
  expect(note).toContain('Recency (contacted within the last 24 hours): 100 × 15 = 1500');
});
