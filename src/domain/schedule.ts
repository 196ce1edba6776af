/**
 * One hourly trigger does all the work (an editor add-on may hold one time-driven trigger per
 * user per document): the daily work runs on the first run at or after the daily hour.
 */
import { dayFromInstant, wallFromInstant } from './zone';

/**
 * Whether the daily work is due at `now`: at or after the daily hour on the spreadsheet's wall
 * clock, and not yet done on today's date there. The last run is kept as an instant and dated in
 * the zone as it is now: a spreadsheet moved to a zone further west finds the run it did this
 * morning still on today's date, not on tomorrow's, and does not do the work again.
 */
export function dailyDue(
  now: number,
  timeZone: string,
  dailyHour: number,
  lastDaily: number | null,
): boolean {
  const wall = wallFromInstant(now, timeZone);
  const today = wall.slice(0, 10);
  return (
    Number(wall.slice(11, 13)) >= dailyHour &&
    (lastDaily === null || dayFromInstant(lastDaily, timeZone) !== today)
  );
}
