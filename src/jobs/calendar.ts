/** The business calendar the settings describe, in the spreadsheet's zone. */
import { type BusinessCalendar, businessCalendar, weeklyHours } from '../domain/calendar';
import type { Settings } from '../domain/settings';

export function calendarOf(settings: Settings, timeZone: string): BusinessCalendar {
  const { businessDays, businessHours, holidays, changedHours } = settings.calendar;
  return businessCalendar({
    timeZone,
    weeklyHours: weeklyHours(businessDays, businessHours),
    holidays,
    changedHours,
  });
}
