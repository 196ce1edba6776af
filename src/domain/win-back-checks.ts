/** Which reaction checks of the open win-backs the daily job raises (DOMAIN.md: "within 3 days"). */
import { groupBy } from './group-by';
import { addCalendarDays } from './zone';

/**
 * When a win-back's reaction check falls due: `days` calendar days after it started, at the same
 * wall-clock time, so a change of clocks in between moves it by no hour.
 */
export const reactionCheckDue = (startedMs: number, days: number, timeZone: string): number =>
  addCalendarDays(startedMs, days, timeZone);

export interface OpenWinBack {
  readonly id: string;
  /** The customer it counts for: at the end of the merge chain of the record it names. */
  readonly customerId: string;
  /** When its reaction check falls due; null when it has neither Check Reaction By nor Started. */
  readonly checkBy: number | null;
}

/**
 * One reaction check per customer, as the sidebar keeps one win-back open per customer: a merge
 * can still leave a customer two, both real attempts, so neither is dropped. The one whose check
 * passed first is raised, naming the customer's other open ones; the next is raised once it has
 * its outcome.
 */
export function reactionChecks<T extends OpenWinBack>(
  open: readonly T[],
  now: number,
): Array<{ check: T; alsoOpen: string[] }> {
  // One typed in with no customer is a check of its own.
  const byCustomer = groupBy(open, (w) => w.customerId || w.id);
  return [...byCustomer.values()].flatMap((mine) => {
    const passed = mine
      .filter((w) => w.checkBy !== null && w.checkBy <= now)
      .sort((a, b) => a.checkBy! - b.checkBy! || a.id.localeCompare(b.id, undefined, { numeric: true }));
    const check = passed[0];
    return check ? [{ check, alsoOpen: mine.filter((w) => w !== check).map((w) => w.id) }] : [];
  });
}
