import { describe, expect, it } from 'vitest';
import { suggestedTier, tierSettings } from '../../src/domain/suggested-tier';
import { defaultsOf, shanghai } from './section-defaults';

const settings = defaultsOf(tierSettings);
const NOW = shanghai('2026-11-23T12:00');
const daysAgo = (days: number) => NOW - days * 24 * 3_600_000;

describe('suggested tier settings', () => {
  it('default to VIP from 500,000, Key from 100,000, active = within 30 days and 6 touches', () => {
    expect(settings).toEqual({
      vipValue: 500_000,
      keyValue: 100_000,
      activeWithinDays: 30,
      activeTouches90d: 6,
    });
    expect(tierSettings.defs.every((d) => d.name.startsWith('Suggested tier'))).toBe(true);
  });
});

describe('suggested tier', () => {
  const quiet = { lastContact: daysAgo(60), touches: 1 };
  const active = { lastContact: daysAgo(5), touches: 8 };
  // `touches` interactions, the latest on the last contact and the rest a few days before it.
  const suggest = (
    value: number | null,
    who: { lastContact: number | null; touches: number },
    tier = 'Regular',
  ) => suggestedTier(value, tier, who.lastContact, touchTimes(who), settings, NOW);
  const touchTimes = ({ lastContact, touches }: { lastContact: number | null; touches: number }) =>
    Array.from({ length: touches }, (_, i) => (lastContact ?? NOW) - i * 3 * 24 * 3_600_000);

  it('follows the contract value', () => {
    expect(suggest(600_000, quiet)).toBe('VIP');
    expect(suggest(100_000, quiet)).toBe('Key');
    expect(suggest(99_999, quiet)).toBe('Regular');
    expect(suggest(null, { lastContact: null, touches: 0 })).toBe('Regular');
  });

  it('goes one tier up for a customer in touch both recently and often', () => {
    expect(suggest(20_000, active)).toBe('Key');
    expect(suggest(200_000, active)).toBe('VIP');
    expect(suggest(900_000, active)).toBe('VIP');
  });

  it('needs both recency and frequency to go up', () => {
    expect(suggest(20_000, { lastContact: daysAgo(5), touches: 2 })).toBe('Regular');
    expect(suggest(20_000, { lastContact: daysAgo(45), touches: 8 })).toBe('Regular');
  });

  it('counts the touches of the last 90 days, not older ones', () => {
    const recent = [daysAgo(5), daysAgo(20), daysAgo(40), daysAgo(60), daysAgo(80)];
    expect(suggestedTier(20_000, 'Regular', daysAgo(5), [...recent, daysAgo(89)], settings, NOW)).toBe('Key');
    expect(suggestedTier(20_000, 'Regular', daysAgo(5), [...recent, daysAgo(91)], settings, NOW)).toBe(
      'Regular',
    );
  });

  it('takes the entered Tier as the base when no Contract Value was typed: a blank says nothing of the money', () => {
    const none = { lastContact: null, touches: 0 };
    expect(suggest(null, none, 'VIP')).toBe('VIP');
    expect(suggest(null, none, 'Key')).toBe('Key');
    expect(suggest(null, none, '')).toBe('Regular');
    expect(suggest(null, active, 'Key')).toBe('VIP');
    expect(suggest(0, none, 'VIP')).toBe('Regular');
  });

  it('never lowers a big account for going quiet', () => {
    expect(suggest(600_000, { lastContact: daysAgo(300), touches: 0 })).toBe('VIP');
  });
});
