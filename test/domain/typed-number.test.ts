import { describe, expect, it } from 'vitest';
import { typedNumber } from '../../src/domain/typed-number';

describe('typedNumber', () => {
  it('reads digits, with a decimal point or a decimal comma', () => {
    expect(typedNumber('1500')).toBe(1500);
    expect(typedNumber(' 12.5 ')).toBe(12.5);
    expect(typedNumber('12,5')).toBe(12.5);
    expect(typedNumber('1234,56')).toBe(1234.56);
    expect(typedNumber('0')).toBe(0);
    expect(typedNumber('0.25')).toBe(0.25);
  });

  it('refuses a thousands separator rather than guess: 1.500 is 1500 in Germany and 1.5 in the US', () => {
    for (const t of [
      '1,500',
      '1.500',
      '12,500',
      '1 500',
      "1'500",
      '1,500,000',
      '1.234,5',
      '1,234.50',
      '1.234.567',
    ])
      expect(typedNumber(t), t).toBeNull();
  });

  it('refuses what is no plain number', () => {
    for (const t of ['', ' ', 'abc', '1e3', '0x10', '-5', '+5', '12.', '.5', '5%', '1/2', 'Infinity', 'NaN'])
      expect(typedNumber(t), t).toBeNull();
  });
});
