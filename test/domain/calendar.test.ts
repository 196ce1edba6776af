import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessMinutes,
  businessCalendar,
  businessMinutesBetween,
  type CalendarSettings,
  type DayHours,
  isWorkingTime,
  nextOpening,
  ROUND_THE_CLOCK,
  type Weekday,
  weeklyHours,
} from '../../src/domain/calendar';
import { describeCalendar } from '../../src/domain/calendar-text';
import { changedDay, isoDate, hours as parseHours } from '../../src/domain/setting-parsers';
import { parseSettings, SettingsError } from '../../src/domain/settings';
import { instantFromWall, wallFromInstant } from '../../src/domain/zone';

// The process runs in Pacific/Auckland (vitest.config.ts); the calendars below are elsewhere.
const SHANGHAI = 'Asia/Shanghai';
const NY = 'America/New_York';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const inZone = (timeZone: string) => ({
  at: (wall: string) => instantFromWall(wall, timeZone),
  wall: (ms: number) => wallFromInstant(ms, timeZone),
});
const sh = inZone(SHANGHAI);
const ny = inZone(NY);
const shanghai = businessCalendar({ timeZone: SHANGHAI });
const hours = (start: string, end: string): DayHours => {
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
  return { start: minutes(start), end: minutes(end) };
};

describe('addBusinessMinutes', () => {
  it('carries a Friday-afternoon ticket over the weekend (Asia/Shanghai)', () => {
    // A Regular ticket submitted Friday 17:00 with 4 business hours is due Monday 12:00.
    expect(sh.wall(addBusinessMinutes(shanghai, sh.at('2026-11-20T17:00'), 240))).toBe('2026-11-23T12:00');
  });

  it('runs 7x24 for a VIP: Friday 21:00', () => {
    expect(sh.wall(addBusinessMinutes(ROUND_THE_CLOCK, sh.at('2026-11-20T17:00'), 240))).toBe(
      '2026-11-20T21:00',
    );
  });

  it('skips a holiday Monday to Tuesday 12:00', () => {
    const calendar = businessCalendar({ timeZone: SHANGHAI, holidays: ['2026-11-23'] });
    expect(sh.wall(addBusinessMinutes(calendar, sh.at('2026-11-20T17:00'), 240))).toBe('2026-11-24T12:00');
  });

  it('keeps short days and makes working days of changed weekends', () => {
    const calendar = businessCalendar({
      timeZone: SHANGHAI,
      changedHours: [
        { date: '2026-12-24', hours: hours('09:00', '13:00') },
        { date: '2026-10-10', hours: hours('09:00', '18:00') }, // a Saturday worked for a holiday week
        { date: '2026-12-25', hours: null },
      ],
    });
    expect(sh.wall(addBusinessMinutes(calendar, sh.at('2026-12-24T12:00'), 60))).toBe('2026-12-24T13:00');
    expect(sh.wall(addBusinessMinutes(calendar, sh.at('2026-12-24T12:00'), 120))).toBe('2026-12-28T10:00');
    expect(sh.wall(addBusinessMinutes(calendar, sh.at('2026-10-09T17:00'), 120))).toBe('2026-10-10T10:00');
  });

  it('lets changed hours win over a holiday on the same date', () => {
    const calendar = businessCalendar({
      timeZone: SHANGHAI,
      holidays: ['2026-11-23'],
      changedHours: [{ date: '2026-11-23', hours: hours('14:00', '18:00') }],
    });
    expect(sh.wall(addBusinessMinutes(calendar, sh.at('2026-11-20T17:00'), 240))).toBe('2026-11-23T17:00');
  });

  it('counts a start outside hours from the next opening, and may end exactly at a close', () => {
    expect(sh.wall(addBusinessMinutes(shanghai, sh.at('2026-11-21T10:00'), 30))).toBe('2026-11-23T09:30');
    expect(sh.wall(addBusinessMinutes(shanghai, sh.at('2026-11-23T07:00'), 540))).toBe('2026-11-23T18:00');
  });

  it('adds 0 as “when does the clock next run”: the instant itself in hours, else the next opening', () => {
    expect(sh.wall(addBusinessMinutes(shanghai, sh.at('2026-11-23T10:15'), 0))).toBe('2026-11-23T10:15');
    expect(sh.wall(addBusinessMinutes(shanghai, sh.at('2026-11-23T18:00'), 0))).toBe('2026-11-24T09:00');
    expect(sh.wall(addBusinessMinutes(shanghai, sh.at('2026-11-20T19:00'), 0))).toBe('2026-11-23T09:00');
  });

  it('keeps fractions of a minute', () => {
    expect(addBusinessMinutes(shanghai, sh.at('2026-11-23T10:00'), 0.5)).toBe(
      sh.at('2026-11-23T10:00') + 30_000,
    );
  });

  it('rejects a NaN instant and a negative or NaN amount', () => {
    expect(() => addBusinessMinutes(shanghai, Number.NaN, 10)).toThrow(RangeError);
    expect(() => addBusinessMinutes(ROUND_THE_CLOCK, Number.NaN, 10)).toThrow(RangeError);
    expect(() => addBusinessMinutes(shanghai, 0, -1)).toThrow(RangeError);
    expect(() => addBusinessMinutes(shanghai, 0, Number.NaN)).toThrow(RangeError);
  });
});

describe('daylight saving (America/New_York)', () => {
  const newYork = businessCalendar({ timeZone: NY });
  const everyDay = businessCalendar({
    timeZone: NY,
    weeklyHours: weeklyHours([1, 2, 3, 4, 5, 6, 7], hours('09:00', '18:00')),
  });

  it('keeps 09:00-18:00 local across the March change', () => {
    expect(ny.wall(addBusinessMinutes(newYork, ny.at('2026-03-06T17:00'), 240))).toBe('2026-03-09T12:00');
    expect(businessMinutesBetween(newYork, ny.at('2026-03-06T17:00'), ny.at('2026-03-09T12:00'))).toBe(240);
  });

  it('keeps 09:00-18:00 local across the November change', () => {
    expect(ny.wall(addBusinessMinutes(newYork, ny.at('2026-10-30T17:00'), 240))).toBe('2026-11-02T12:00');
    expect(businessMinutesBetween(newYork, ny.at('2026-10-30T17:00'), ny.at('2026-11-02T12:00'))).toBe(240);
  });

  it('has 9 working hours on the change days themselves', () => {
    for (const day of ['2026-03-08', '2026-11-01']) {
      const [from, to] = [ny.at(`${day}T00:00`), ny.at(`${day}T23:59`)];
      expect(businessMinutesBetween(everyDay, from, to)).toBe(540);
      expect(ny.wall(addBusinessMinutes(everyDay, from, 540))).toBe(`${day}T18:00`);
    }
  });

  it('counts real minutes when the hours span the change itself', () => {
    const allDay = businessCalendar({
      timeZone: NY,
      weeklyHours: weeklyHours([7, 1], hours('00:00', '24:00')),
    });
    expect(businessMinutesBetween(allDay, ny.at('2026-03-08'), ny.at('2026-03-10'))).toBe(47 * 60);
    expect(businessMinutesBetween(allDay, ny.at('2026-11-01'), ny.at('2026-11-02'))).toBe(25 * 60);
    // The last hour of a change day belongs to that day, not the next.
    expect(ny.wall(addBusinessMinutes(allDay, ny.at('2026-11-01T23:00'), 30))).toBe('2026-11-01T23:30');
    expect(ny.wall(addBusinessMinutes(allDay, ny.at('2026-03-08T23:00'), 90))).toBe('2026-03-09T00:30');
  });
});

describe('businessMinutesBetween', () => {
  it('counts only working time', () => {
    expect(businessMinutesBetween(shanghai, sh.at('2026-11-20T17:00'), sh.at('2026-11-23T12:00'))).toBe(240);
    expect(businessMinutesBetween(shanghai, sh.at('2026-11-21T00:00'), sh.at('2026-11-23T00:00'))).toBe(0);
  });

  it('is 0 for an empty span and negative when `to` is earlier', () => {
    const t = sh.at('2026-11-23T10:00');
    expect(businessMinutesBetween(shanghai, t, t)).toBe(0);
    expect(businessMinutesBetween(shanghai, t + HOUR, t)).toBe(-60);
    expect(businessMinutesBetween(shanghai, sh.at('2026-11-22'), sh.at('2026-11-21'))).toBe(0);
  });

  it('rejects a NaN instant at either end', () => {
    expect(() => businessMinutesBetween(shanghai, 0, Number.NaN)).toThrow(RangeError);
    expect(() => businessMinutesBetween(ROUND_THE_CLOCK, Number.NaN, 0)).toThrow(RangeError);
  });
});

describe('isWorkingTime and nextOpening', () => {
  it('opens at the opening minute and is closed at the closing one', () => {
    expect(isWorkingTime(shanghai, sh.at('2026-11-23T09:00'))).toBe(true);
    expect(isWorkingTime(shanghai, sh.at('2026-11-23T18:00') - 1)).toBe(true);
    expect(isWorkingTime(shanghai, sh.at('2026-11-23T18:00'))).toBe(false);
    expect(isWorkingTime(shanghai, sh.at('2026-11-22T12:00'))).toBe(false);
    expect(isWorkingTime(ROUND_THE_CLOCK, sh.at('2026-11-22T03:00'))).toBe(true);
  });

  it('finds the next opening after nights, weekends and holidays', () => {
    const calendar = businessCalendar({ timeZone: SHANGHAI, holidays: ['2026-11-23'] });
    expect(sh.wall(nextOpening(calendar, sh.at('2026-11-20T18:00')))).toBe('2026-11-24T09:00');
    expect(sh.wall(nextOpening(calendar, sh.at('2026-11-24T08:59')))).toBe('2026-11-24T09:00');
    expect(sh.wall(nextOpening(calendar, sh.at('2026-11-24T11:11')))).toBe('2026-11-24T11:11');
  });
});

describe('businessCalendar', () => {
  it('rejects settings the clock cannot run on', () => {
    expect(() => businessCalendar({ timeZone: 'Nowhere/Special' })).toThrow('Unknown time zone');
    expect(() => businessCalendar({ timeZone: SHANGHAI, weeklyHours: {} })).toThrow('no working hours');
    expect(() =>
      businessCalendar({ timeZone: SHANGHAI, weeklyHours: { 1: hours('18:00', '09:00') } }),
    ).toThrow(RangeError);
    // Hours that open and close at once are no working time: a week of them never runs the clock.
    expect(() =>
      businessCalendar({ timeZone: SHANGHAI, weeklyHours: { 1: hours('09:00', '09:00') } }),
    ).toThrow('must run forward');
    expect(() => businessCalendar({ timeZone: SHANGHAI, holidays: ['1 Oct'] })).toThrow(
      '"1 Oct" is not a date',
    );
    // A day that never comes would be a holiday silently counted as working time.
    for (const day of ['2026-02-30', '2026-13-01'])
      expect(() => businessCalendar({ timeZone: SHANGHAI, holidays: [day] })).toThrow(
        `"${day}" is not a date`,
      );
  });

  it('reads the Settings cells it is built from, refusing typos rather than guessing', () => {
    expect(parseHours('09:00-18:00')).toEqual({ start: 540, end: 1080 });
    expect(parseHours(' 9:30 - 24:00 ')).toEqual({ start: 570, end: 1440 });
    for (const typo of ['09:75-18:00', '09:60-18:00', '09:00-17:99', '09:00-24:30'])
      expect(() => parseHours(typo), typo).toThrow('hours like 09:00-18:00');
    // A night shift is not a typo: say what the clock cannot do rather than only what it wants.
    expect(() => parseHours('22:00-06:00')).toThrow(
      'hours that end the day they start, like 09:00-18:00 (a clock past midnight is not supported)',
    );
    expect(isoDate(' 2028-02-29 ')).toBe('2028-02-29');
    for (const typo of ['2026-02-29', '2026-04-31', '2026-00-10'])
      expect(() => isoDate(typo), typo).toThrow('a date like 2026-10-01');
    expect(() => changedDay('2026-02-30 closed')).toThrow('a date like 2026-10-01');
  });

  it('refuses two Changed hours rows that say different things of one date, naming both', () => {
    const changed = (...rows: [string, string][]) =>
      parseSettings(rows.map(([cell, value]) => ({ name: 'Changed hours', value, cell }))).calendar;
    expect(() =>
      changed(['B5', '2026-12-24 09:00-13:00'], ['B6', '2026-12-31 closed'], ['B7', '2026-12-24 closed']),
    ).toThrow(
      new SettingsError(
        'Settings B5 and B7 ("Changed hours") both give 2026-12-24, as "2026-12-24 09:00-13:00" and ' +
          '"2026-12-24 closed". Keep the one that is right and clear the other; until then the jobs keep their last good results.',
      ),
    );
    // The same hours written twice leave no doubt about the day.
    expect(changed(['B5', '2026-12-24 9:00-13:00'], ['B6', '2026-12-24 09:00-13:00']).changedHours).toEqual([
      { date: '2026-12-24', hours: hours('09:00', '13:00') },
      { date: '2026-12-24', hours: hours('09:00', '13:00') },
    ]);
  });

  it('describes itself for notes', () => {
    expect(describeCalendar(shanghai)).toBe('business hours Mon-Fri 09:00-18:00 Asia/Shanghai');
    expect(describeCalendar(ROUND_THE_CLOCK)).toBe('7x24');
    const week = {
      ...weeklyHours([1, 2, 3, 4], hours('09:00', '18:00')),
      5: hours('09:00', '15:30'),
      7: hours('10:00', '14:00'),
    };
    expect(describeCalendar(businessCalendar({ timeZone: NY, weeklyHours: week }))).toBe(
      'business hours Mon-Thu 09:00-18:00, Fri 09:00-15:30, Sun 10:00-14:00 America/New_York',
    );
  });
});

/** Whole-hour boundaries: a boundary inside a repeated hour has no single obvious instant. */
const wholeHours = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 1, max: 24 }))
  .map(([a, b]): DayHours => ({ start: Math.min(a, b) * 60, end: Math.max(a, b, a + 1) * 60 }));

/** Calendars in zones with and without daylight saving, with holidays and changed days in 2026. */
const calendarSettings: fc.Arbitrary<CalendarSettings> = fc.record({
  timeZone: fc.constantFrom(SHANGHAI, NY, 'Europe/London', 'Australia/Lord_Howe', 'America/Santiago'),
  weeklyHours: fc
    .uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 })
    .chain((days) => fc.tuple(...days.map((d) => wholeHours.map((h) => [d as Weekday, h] as const))))
    .map((entries) => Object.fromEntries(entries)),
  holidays: fc.array(fc.integer({ min: 0, max: 364 }).map(dateIn2026), { maxLength: 20 }),
  changedHours: fc.uniqueArray(
    fc.record({ date: fc.integer({ min: 0, max: 364 }).map(dateIn2026), hours: fc.option(wholeHours) }),
    { maxLength: 20, selector: (c) => c.date },
  ),
});

function dateIn2026(day: number): string {
  return new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
}

const minutesFrom = (from: number, to: number) =>
  fc.integer({ min: from / MINUTE, max: to / MINUTE }).map((m) => m * MINUTE);
const CLOCK_CHANGES = [
  '2026-03-08',
  '2026-03-29',
  '2026-04-05',
  '2026-09-06',
  '2026-10-04',
  '2026-10-25',
  '2026-11-01',
];
/** Minute-aligned instants in 2026, where the holidays and changed days fall, often near a clock change. */
const instant = fc.oneof(
  minutesFrom(Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)),
  fc.constantFrom(...CLOCK_CHANGES.map(Date.parse)).chain((day) => minutesFrom(day - 2 * DAY, day + 2 * DAY)),
);
const minutes = fc.integer({ min: 1, max: 5 * 1440 });

describe('properties', () => {
  it('measures back what it added', () => {
    fc.assert(
      fc.property(calendarSettings, instant, fc.integer({ min: 0, max: 5 * 1440 }), (settings, start, m) => {
        const calendar = businessCalendar(settings);
        expect(businessMinutesBetween(calendar, start, addBusinessMinutes(calendar, start, m))).toBe(m);
      }),
    );
  });

  it('ends a positive amount in working time or exactly at a close', () => {
    fc.assert(
      fc.property(calendarSettings, instant, minutes, (settings, start, m) => {
        const calendar = businessCalendar(settings);
        const due = addBusinessMinutes(calendar, start, m);
        // The last millisecond counted was a working one, so `due` is inside an interval or its close.
        expect(isWorkingTime(calendar, due - 1)).toBe(true);
      }),
    );
  });

  it('is additive over any split point', () => {
    fc.assert(
      fc.property(calendarSettings, instant, instant, instant, (settings, a, b, c) => {
        const calendar = businessCalendar(settings);
        const between = (x: number, y: number) => businessMinutesBetween(calendar, x, y);
        expect(between(a, c)).toBe(between(a, b) + between(b, c));
      }),
    );
  });

  it('answers the same from a calendar already used for other spans, in any order', () => {
    fc.assert(
      fc.property(
        calendarSettings,
        fc.array(fc.tuple(instant, instant), { maxLength: 8 }),
        (settings, spans) => {
          const used = businessCalendar(settings);
          for (const [a, b] of spans) {
            expect(businessMinutesBetween(used, a, b)).toBe(
              businessMinutesBetween(businessCalendar(settings), a, b),
            );
          }
        },
      ),
    );
  });

  it('opens next where the clock next runs', () => {
    fc.assert(
      fc.property(calendarSettings, instant, (settings, t) => {
        const calendar = businessCalendar(settings);
        const opening = nextOpening(calendar, t);
        expect(opening).toBeGreaterThanOrEqual(t);
        expect(isWorkingTime(calendar, opening)).toBe(true);
        expect(businessMinutesBetween(calendar, t, opening)).toBe(0);
      }),
    );
  });

  it('agrees with a minute-by-minute reading of the wall clock', () => {
    fc.assert(
      fc.property(
        calendarSettings,
        instant,
        fc.integer({ min: 0, max: 3 * 1440 }),
        (settings, from, span) => {
          const to = from + span * MINUTE;
          expect(businessMinutesBetween(businessCalendar(settings), from, to)).toBe(
            scanWorkedMinutes(settings, from, to),
          );
        },
      ),
      { numRuns: 50 },
    );
  });

  it('7x24 is plain arithmetic', () => {
    fc.assert(
      fc.property(instant, instant, minutes, (a, b, m) => {
        expect(addBusinessMinutes(ROUND_THE_CLOCK, a, m)).toBe(a + m * MINUTE);
        expect(businessMinutesBetween(ROUND_THE_CLOCK, a, b)).toBe((b - a) / MINUTE);
        expect(nextOpening(ROUND_THE_CLOCK, a)).toBe(a);
      }),
    );
  });
});

/** The slow, obvious model: read the wall clock at every minute and look its hours up. */
function scanWorkedMinutes(settings: CalendarSettings, from: number, to: number): number {
  let worked = 0;
  for (let t = from; t < to; t += MINUTE) {
    const wall = wallFromInstant(t, settings.timeZone);
    const date = wall.slice(0, 10);
    const minute = Number(wall.slice(11, 13)) * 60 + Number(wall.slice(14, 16));
    const changed = settings.changedHours?.find((c) => c.date === date);
    const weekday = ((new Date(`${date}T00:00Z`).getUTCDay() + 6) % 7) + 1;
    const day = changed
      ? changed.hours
      : settings.holidays?.includes(date)
        ? null
        : settings.weeklyHours?.[weekday as Weekday];
    if (day && day.start <= minute && minute < day.end) worked++;
  }
  return worked;
}
