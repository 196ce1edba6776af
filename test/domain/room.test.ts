import { describe, expect, it } from 'vitest';
import { roomWarning, stillFresh } from '../../src/domain/room';

const at = '2026-11-23T02:00:00.000Z';
const day = 86_400_000;

describe('room to grow', () => {
  it('warns from 80% of the 10 million cells, not below', () => {
    expect(roomWarning({ cells: 7_999_999, at })).toBe('');
    expect(roomWarning({ cells: 8_000_000, at })).toMatch(/^The spreadsheet holds 8\.0 million .* \(80%, /);
    expect(roomWarning(undefined)).toBe('');
  });

  it('rounds down: a file a few rows short of full reads 99%, a full one 100%', () => {
    expect(roomWarning({ cells: 9_999_000, at })).toMatch(/holds 9\.9 million .* \(99%, /);
    expect(roomWarning({ cells: 10_000_000, at })).toMatch(/holds 10\.0 million .* \(100%, /);
  });

  it('keeps a count for a week, and counts again after it or when its date is garbled', () => {
    const counted = Date.parse(at);
    expect(stillFresh({ cells: 1, at }, counted + 7 * day - 1)).toBe(true);
    expect(stillFresh({ cells: 1, at }, counted + 7 * day)).toBe(false);
    expect(stillFresh({ cells: 1, at: 'last week' }, counted)).toBe(false);
  });
});
