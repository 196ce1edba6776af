/** How a calendar reads in a note: "business hours Mon-Fri 09:00-18:00 Asia/Shanghai" or "7x24". */
import type { Calendar, DayHours, Weekday, WeeklyHours } from './calendar';
import { DAY_MS, isoWeekdayOf, wallMsFromInstant, wallText } from './zone';

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const hoursText = (hours: DayHours) => `${hhmm(hours.start)}-${hhmm(hours.end)}`;

/** Runs of consecutive weekdays with the same hours: "Mon-Fri 09:00-18:00, Sat 10:00-14:00". */
function weekText(week: WeeklyHours): string {
  const runs: { first: number; last: number; hours: string }[] = [];
  DAY_NAMES.forEach((_, i) => {
    const hours = week[(i + 1) as Weekday];
    if (!hours) return;
    const run = runs[runs.length - 1];
    if (run && run.last === i - 1 && run.hours === hoursText(hours)) run.last = i;
    else runs.push({ first: i, last: i, hours: hoursText(hours) });
  });
  return runs
    .map((r) => `${DAY_NAMES[r.first]}${r.last > r.first ? `-${DAY_NAMES[r.last]}` : ''} ${r.hours}`)
    .join(', ');
}

const described = new WeakMap<Calendar, string>();

/** Asked once per ticket: worked out once per calendar. */
export function describeCalendar(calendar: Calendar): string {
  let text = described.get(calendar);
  if (text === undefined) {
    text =
      calendar.kind === '7x24'
        ? '7x24'
        : `business hours ${weekText(calendar.weeklyHours)} ${calendar.timeZone}`;
    described.set(calendar, text);
  }
  return text;
}

/** 'Tue 2026-11-24 15:00': a time to plan a day around, with its weekday in the zone. */
export function dayAndTimeText(instantMs: number, timeZone: string): string {
  const day = Math.floor(wallMsFromInstant(instantMs, timeZone) / DAY_MS);
  return `${DAY_NAMES[isoWeekdayOf(day) - 1]} ${wallText(instantMs, timeZone)}`;
}
