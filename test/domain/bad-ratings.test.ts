import { describe, expect, it } from 'vitest';
import { badRatingsOver, type RatedTicket } from '../../src/domain/bad-ratings';
import { weekOf } from '../../src/domain/periods';

const ZONE = 'Asia/Shanghai';
const week = weekOf(Date.parse('2026-11-23T02:00:00Z'), ZONE, -1);
const inWeek = Date.parse('2026-11-18T03:00:00Z');
const rated = (
  id: string,
  department: string,
  rating: string,
  resolved: number | null = inWeek,
): RatedTicket => ({
  id,
  department,
  rating,
  resolved,
});

describe('badRatingsOver', () => {
  it('names the departments whose share of Dissatisfied ratings in the week is over the limit', () => {
    const tickets = [
      rated('T-1', 'Sales', 'Dissatisfied'),
      rated('T-2', 'Sales', 'Satisfied'),
      rated('T-3', 'Technical Support', 'Basically Satisfied'),
      rated('T-4', 'Technical Support', 'Dissatisfied', week.start - 1),
      rated('T-5', 'Technical Support', 'Dissatisfied', null),
      rated('T-6', 'Sales', ''),
    ];
    expect(badRatingsOver(tickets, week, 0.05)).toEqual([{ department: 'Sales', rated: 2, bad: ['T-1'] }]);
  });

  // README: a quiet week is not spared; the counts in the alert say how thin it is.
  it('names a department whose one rating of the week was Dissatisfied', () => {
    const tickets = [rated('T-1', 'Service Supervisor', 'Dissatisfied')];
    expect(badRatingsOver(tickets, week, 0.05)).toEqual([
      { department: 'Service Supervisor', rated: 1, bad: ['T-1'] },
    ]);
  });

  it('keeps a share equal to the limit quiet', () => {
    const tickets = [
      rated('T-1', 'Sales', 'Dissatisfied'),
      ...Array.from({ length: 19 }, (_, i) => rated(`T-${i + 2}`, 'Sales', 'Satisfied')),
    ];
    expect(badRatingsOver(tickets, week, 0.05)).toEqual([]);
    expect(badRatingsOver(tickets, week, 0.04)).toHaveLength(1);
  });
});
