import { describe, expect, it } from 'vitest';
import { firstMonthKept, retentionCutoff } from '../../src/domain/retention';
import { shanghai, shanghaiWall } from './section-defaults';

const ZONE = 'Asia/Shanghai';
const NOW = shanghai('2026-11-23T12:00');

describe('retentionCutoff', () => {
  it('keeps the whole months asked for, counted from the start of a month in the zone', () => {
    expect(shanghaiWall(retentionCutoff(NOW, 12, ZONE))).toBe('2025-11-01T00:00');
    expect(firstMonthKept(NOW, 24, ZONE)).toBe('2024-11');
  });

  it('never keeps less than 6 months, whatever it is asked (DOMAIN.md: logs are kept 6 months at least)', () => {
    expect(shanghaiWall(retentionCutoff(NOW, 6, ZONE))).toBe('2026-05-01T00:00');
    expect(retentionCutoff(NOW, 1, ZONE)).toBe(retentionCutoff(NOW, 6, ZONE));
    expect(firstMonthKept(NOW, 0, ZONE)).toBe('2026-05');
  });
});
