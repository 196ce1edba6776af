import { describe, expect, it } from 'vitest';
import { decodeOwed, encodeOwed, type Owed } from '../../src/jobs/owed-stamps';

const AT = '2026-11-23T02:00:00.000Z';
const LATER = '2026-11-23T03:00:00.000Z';
const ids = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `A-${String(from + i).padStart(6, '0')}`);

describe('owed Mailed stamps', () => {
  it('keeps a run of 1,000 alert IDs in a few dozen characters and reads every one back', () => {
    const owed: Owed = new Map([...ids(1, 600), ...ids(602, 1001)].map((id) => [id, AT]));
    const record = encodeOwed(owed);
    expect(record).toBe(`{"${AT}":"A-000001..A-000600,A-000602..A-001001"}`);
    expect(decodeOwed(JSON.parse(record))).toEqual(owed);
  });

  it('keeps each time apart, and IDs out of sequence or oddly typed as they are', () => {
    const owed: Owed = new Map([
      ['A-000009', AT],
      ['A-000010', LATER],
      ['A-0011', AT],
      ['B-000011', AT],
      ['typed, by hand', LATER],
      ['A-000012', AT],
    ]);
    const back = decodeOwed(JSON.parse(encodeOwed(owed)));
    expect(back).toEqual(owed);
  });

  it('reads the earlier record of one entry per alert, so those alerts are stamped, not mailed again', () => {
    expect(decodeOwed({ 'A-000001': AT, 'A-000002': LATER })).toEqual(
      new Map([
        ['A-000001', AT],
        ['A-000002', LATER],
      ]),
    );
  });

  it('reads nothing from a record that is not an object', () => {
    for (const stored of [null, 'x', 3, ['A-000001']]) expect(decodeOwed(stored).size).toBe(0);
  });
});
