/** The business calendar the settings describe, in the spreadsheet's zone. */
import { type BusinessCalendar, businessCalendar, weeklyHours } from './calendar';
import type { Settings } from './settings';

export function calendarOf(settings: Pick<Settings, 'calendar'>, timeZone: string): BusinessCalendar {
  const { businessDays, businessHours, holidays, changedHours } = settings.calendar;
  return businessCalendar({
    timeZone,
    weeklyHours: weeklyHours(businessDays, businessHours),
    holidays,
    changedHours,
  });
}
