/**
 * One hourly trigger does all the work (an editor add-on may hold one time-driven trigger per
 * user per document): the daily work runs on the first run at or after the daily hour.
 */

/** `today` and `hour` are the spreadsheet's wall-clock date ('YYYY-MM-DD') and hour now. */
export function dailyDue(
  today: string,
  hour: number,
  dailyHour: number,
  lastDailyDate: string | null,
): boolean {
  return hour >= dailyHour && lastDailyDate !== today;
}
