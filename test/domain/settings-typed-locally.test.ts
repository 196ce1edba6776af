/**
 * Settings typed the way a sheet outside the US writes numbers and dates. The Value column is
 * plain text, so Sheets keeps what was typed; the add-on must read it as meant or refuse it,
 * naming the cell, never read "1.000" (a thousand in Germany) as 1.
 */
import { describe, expect, it } from 'vitest';
import { parseSettings, SettingsError } from '../../src/domain/settings';

const typed = (name: string, value: string) => parseSettings([{ name, value, cell: 'B7' }]);
const refusal = (name: string, value: string) => {
  try {
    typed(name, value);
  } catch (e) {
    expect(e).toBeInstanceOf(SettingsError);
    return (e as Error).message;
  }
  throw new Error(`"${value}" was not refused`);
};

describe('numbers with a decimal comma', () => {
  it('reads a percentage like 12,5 % (German, French, Brazilian)', () => {
    expect(typed('Care touches goal', '12,5 %').interactions.careGoal).toBe(0.125);
    expect(typed('Care touches goal', '12,5%').interactions.careGoal).toBe(0.125);
    expect(typed('Care touches goal', '0,25').interactions.careGoal).toBe(0.25);
  });

  it('reads a score like 3,5', () => {
    expect(typed('Survey low score under', '3,5').surveys.lowScore).toBe(3.5);
    expect(typed('Health: satisfaction full score from (1-5)', '4,5').health.curves.satisfaction.full).toBe(
      4.5,
    );
  });

  it('reads a share typed without % or under 1%, and refuses none or all', () => {
    expect(typed('Care touches goal', '25').interactions.careGoal).toBe(0.25);
    expect(typed('Care touches goal', '0,5 %').interactions.careGoal).toBe(0.005);
    for (const value of ['0%', '100%'])
      expect(refusal('Care touches goal', value)).toContain('a percentage between 0% and 100%');
  });

  it('reads a score from 1 to 5 and nothing after it', () => {
    expect(typed('Survey low score under', '1').surveys.lowScore).toBe(1);
    expect(typed('Survey low score under', '5').surveys.lowScore).toBe(5);
    for (const value of ['0,5', '3,5 points', '3.5.1'])
      expect(refusal('Survey low score under', value)).toContain('a score from 1 to 5');
  });

  it('still reads a decimal point', () => {
    expect(typed('Survey low score under', '3.5').surveys.lowScore).toBe(3.5);
    expect(typed('Care touches goal', '12.5%').interactions.careGoal).toBe(0.125);
  });
});

describe('whole numbers with a thousands separator', () => {
  it('refuses 1.000 minutes rather than reading it as 1, and says how to type it', () => {
    const message = refusal('SLA Regular: resolve (minutes)', '1.000');
    expect(message).toContain('Settings B7 ("SLA Regular: resolve (minutes)")');
    expect(message).toContain('without a thousands separator, like 1000');
  });

  it('refuses a contract value of 500.000 or 500,000 rather than reading 500', () => {
    for (const value of ['500.000', '500,000', '500 000'])
      expect(refusal('Suggested tier VIP from contract value', value)).toContain('like 500000');
  });

  it("refuses 1'000 (Switzerland) the same way", () => {
    expect(refusal('SLA Regular: resolve (minutes)', "1'000")).toContain('like 1000');
  });

  it('reads a whole number up to its limit, and no decimals', () => {
    expect(typed('SLA Regular: resolve (minutes)', '1000000').sla.targets.Regular.resolve).toBe(1_000_000);
    for (const value of ['1000001', '1.5', '90,5'])
      expect(refusal('SLA Regular: resolve (minutes)', value)).toContain('should be a whole number');
  });

  it('refuses what JavaScript would read as a number but no person writes: 1e3, 0x10', () => {
    for (const value of ['1e3', '0x10'])
      expect(refusal('SLA Regular: resolve (minutes)', value)).toContain('should be a whole number');
  });
});

describe('holidays typed day first', () => {
  it('reads 24.12.2026 (day.month.year, as Germany writes it) as 24 December', () => {
    expect(typed('Holiday', '24.12.2026').calendar.holidays).toEqual(['2026-12-24']);
    expect(typed('Changed hours', '31.12.2026 09:00-13:00').calendar.changedHours).toEqual([
      { date: '2026-12-31', hours: { start: 540, end: 780 } },
    ]);
  });

  it('reads a single-digit day and month, and spaces around the date', () => {
    expect(typed('Holiday', '1.2.2026').calendar.holidays).toEqual(['2026-02-01']);
    expect(typed('Holiday', ' 24.12.2026 ').calendar.holidays).toEqual(['2026-12-24']);
  });

  it('refuses a two-digit year: 24.12.26', () => {
    expect(refusal('Holiday', '24.12.26')).toContain('a date like 2026-10-01 (year-month-day)');
  });

  it('refuses 12/11/2026, 11 December in the US and 12 November elsewhere, asking for year-month-day', () => {
    expect(refusal('Holiday', '12/11/2026')).toContain('a date like 2026-10-01 (year-month-day)');
  });

  it('refuses a day that does not exist', () => {
    expect(refusal('Holiday', '30.02.2026')).toContain('Settings B7 ("Holiday")');
  });
});
