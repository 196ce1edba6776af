import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../src/domain/zone';
import { generate } from '../../tools/seed/generate';
import { NOW } from './harness';

const base = { now: NOW, timeZone: 'Asia/Shanghai' };

describe('sample data', () => {
  it('is the same for the same seed and clock, and different for another seed', () => {
    expect(generate(base)).toEqual(generate(base));
    expect(generate({ ...base, seed: 7 }).Customers[0]).not.toEqual(generate(base).Customers[0]);
  });

  it('has the asked-for sizes, IDs in order and links between tables', () => {
    const data = generate({ ...base, customers: 12, tickets: 30, interactions: 20, surveys: 9 });
    expect(data.Customers.map((c) => c.id)).toEqual(
      Array.from({ length: 12 }, (_, i) => `C-${String(i + 1).padStart(4, '0')}`),
    );
    expect([data.Tickets.length, data.Interactions.length, data.Surveys.length]).toEqual([30, 20, 9]);
    const ids = new Set(data.Customers.map((c) => c.id));
    for (const row of [...data.Tickets, ...data.Interactions, ...data.Surveys]) {
      expect(ids.has(String(row.customerId))).toBe(true);
    }
  });

  it('spreads customers across tiers and statuses and keeps every stamp in the past', () => {
    const data = generate(base);
    expect(new Set(data.Customers.map((c) => c.status))).toEqual(
      new Set(['Won', 'Intent', 'Potential', 'Churned']),
    );
    expect(new Set(data.Customers.map((c) => c.tier))).toEqual(new Set(['VIP', 'Key', 'Regular', '']));
    const stamps = data.Tickets.flatMap((t) => [t.submitted, t.acknowledged, t.resolved, t.closed]);
    expect(stamps.every((d) => !(d instanceof Date) || d.getTime() <= NOW)).toBe(true);
    expect(new Set(data.Tickets.map((t) => t.status)).size).toBe(6);
  });

  it('asks each routine milestone once per customer, not before the contract reaches it, and each ticket once', () => {
    const data = generate({ ...base, customers: 200, surveys: 300, months: 24 });
    const routine = data.Surveys.filter((s) => /Months$/.test(String(s.reason)));
    expect(routine.length).toBeGreaterThan(50);
    const asked = routine.map((s) => `${s.customerId} ${s.reason}`);
    expect(new Set(asked).size).toBe(asked.length);
    const afterTickets = data.Surveys.filter((s) => s.reason === 'After Ticket').map((s) => s.ticketId);
    expect(afterTickets.length).toBeGreaterThan(50);
    expect(new Set(afterTickets).size).toBe(afterTickets.length);
    const startOf = new Map(data.Customers.map((c) => [c.id, c.contractStart]));
    for (const s of routine) {
      const start = startOf.get(String(s.customerId));
      expect(start).toBeInstanceOf(Date);
      const months = Number.parseInt(String(s.reason), 10);
      // A month is at least 28 days: the milestone cannot fall sooner.
      expect((s.due as Date).getTime() - (start as Date).getTime()).toBeGreaterThanOrEqual(
        months * 28 * DAY_MS,
      );
    }
  });

  it('generates the benchmark size', () => {
    const data = generate({
      ...base,
      customers: 10_000,
      tickets: 100_000,
      interactions: 20_000,
      surveys: 5_000,
    });
    expect(data.Tickets).toHaveLength(100_000);
  });
});
