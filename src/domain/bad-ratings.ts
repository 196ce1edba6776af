/**
 * The weekly share of bad ratings (DOMAIN.md, "Time targets": a weekly share of bad ratings over
 * 5% alerts the area lead). A ticket counts in the week it was resolved (Closed when Resolved is
 * empty), for its department; only tickets the customer rated count, and Dissatisfied is bad.
 */
import { inWeek, type Week } from './periods';

export interface RatedTicket {
  readonly id: string;
  readonly department: string;
  /** As the Rating cell holds it; '' when the customer gave none. */
  readonly rating: string;
  /** When it was resolved (or closed); null when neither is stamped. */
  readonly resolved: number | null;
}

export interface BadRatings {
  readonly department: string;
  readonly rated: number;
  /** The tickets rated Dissatisfied, in sheet order. */
  readonly bad: readonly string[];
}

/** The departments whose share of bad ratings in `week` is over `share` (0.05 for 5%). */
export function badRatingsOver(tickets: readonly RatedTicket[], week: Week, share: number): BadRatings[] {
  const byDepartment = new Map<string, { rated: number; bad: string[] }>();
  for (const t of tickets) {
    if (t.rating === '' || !inWeek(week, t.resolved)) continue;
    const counts = byDepartment.get(t.department) ?? { rated: 0, bad: [] };
    counts.rated++;
    if (t.rating === 'Dissatisfied') counts.bad.push(t.id);
    byDepartment.set(t.department, counts);
  }
  return (
    [...byDepartment]
      // The share as a ratio, as the setting is one: `share * rated` can round under the whole number
      // of tickets it equals (0.29 * 100 is 28.999…), and 29 of 100 read as over 29%.
      .filter(([, counts]) => counts.bad.length / counts.rated > share)
      .map(([department, counts]) => ({ department, ...counts }))
  );
}
