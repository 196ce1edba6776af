import { describe, expect, it } from 'vitest';
import { percentFormat } from '../../src/domain/percent-format';

describe('the format a share is shown in', () => {
  it('is whole percents when they tell the truth', () => {
    expect(percentFormat(0.5)).toBe('0%');
    expect(percentFormat(1)).toBe('0%');
    expect(percentFormat(0)).toBe('0%');
    expect(percentFormat(0.994)).toBe('0%');
  });

  it('never shows all for a share short of all, nor none for a share above none', () => {
    // 199 of 200 met would read "100%" in whole percents; 1 of 250 would read "0%".
    expect(percentFormat(199 / 200)).toBe('0.0%');
    expect(percentFormat(1 / 250)).toBe('0.0%');
    expect(percentFormat(1999 / 2000)).toBe('0.00%');
    expect(percentFormat(1 / 3000)).toBe('0.00%');
  });
});
