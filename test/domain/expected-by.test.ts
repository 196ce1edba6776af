/** The customer's Expected By against a ticket's SLA targets (src/domain/expected-by.ts). */
import { describe, expect, it } from 'vitest';
import { earlierThanResolve, expectedFirst, queueAt } from '../../src/domain/expected-by';
import { HOUR_MS, instantFromWall } from '../../src/domain/zone';

// The process runs in Pacific/Auckland (vitest.config.ts); the times here are Shanghai's.
const TZ = 'Asia/Shanghai';
const at = (wall: string) => instantFromWall(wall, TZ);
const NOW = at('2026-11-23T10:00');

describe('My queue order', () => {
  const due = at('2026-11-24T12:00');

  it("places a ticket by the customer's Expected By when it comes before its nearest pending target", () => {
    const expectedBy = at('2026-11-23T15:00');
    expect(queueAt({ status: 'In Progress', expectedBy }, due)).toBe(expectedBy);
    expect(queueAt({ status: '', expectedBy }, due)).toBe(expectedBy);
    // No target worked out yet (the hourly job has not run): the customer's time still counts.
    expect(queueAt({ status: 'New', expectedBy }, null)).toBe(expectedBy);
  });

  it('keeps a ticket at its nearest target when the customer expects it later, or said nothing', () => {
    expect(queueAt({ status: 'In Progress', expectedBy: due + HOUR_MS }, due)).toBe(due);
    expect(queueAt({ status: 'In Progress', expectedBy: due }, due)).toBe(due);
    expect(queueAt({ status: 'In Progress', expectedBy: null }, due)).toBe(due);
    expect(queueAt({ status: 'In Progress', expectedBy: null }, null)).toBe(Number.POSITIVE_INFINITY);
  });

  it('does not hold a ticket Waiting on Customer, or done, to the customer’s time', () => {
    const expectedBy = at('2026-11-23T15:00');
    expect(queueAt({ status: 'Waiting on Customer', expectedBy }, due)).toBe(due);
    expect(expectedFirst({ status: 'Resolved', expectedBy }, due)).toBeNull();
    expect(expectedFirst({ status: 'Closed', expectedBy }, null)).toBeNull();
  });
});

describe('the message after saving a ticket', () => {
  const resolveDue = at('2026-11-25T10:00');

  it('names both times with their weekdays when the customer expects it before its resolve target', () => {
    expect(
      earlierThanResolve({ status: 'New', expectedBy: at('2026-11-24T15:00') }, resolveDue, NOW, TZ),
    ).toBe(
      'The customer expects it by Tue 2026-11-24 15:00, before its resolve target (Wed 2026-11-25 10:00): plan for the earlier time, or agree a new one with the customer.',
    );
  });

  it('says the time has passed when the customer expected it before now', () => {
    expect(
      earlierThanResolve({ status: 'New', expectedBy: at('2026-11-22T18:00') }, resolveDue, NOW, TZ),
    ).toBe(
      'The customer expected it by Sun 2026-11-22 18:00, before its resolve target (Wed 2026-11-25 10:00): agree a new time with the customer.',
    );
  });

  it('says nothing when the resolve target comes first, none is known, or the ticket waits on the customer', () => {
    const expectedBy = at('2026-11-24T15:00');
    expect(earlierThanResolve({ status: 'New', expectedBy: resolveDue }, resolveDue, NOW, TZ)).toBeNull();
    expect(earlierThanResolve({ status: 'New', expectedBy: null }, resolveDue, NOW, TZ)).toBeNull();
    expect(earlierThanResolve({ status: 'New', expectedBy }, null, NOW, TZ)).toBeNull();
    expect(earlierThanResolve({ status: 'Waiting on Customer', expectedBy }, resolveDue, NOW, TZ)).toBeNull();
  });
});
