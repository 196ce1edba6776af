/**
 * The Dashboard's figures on a small fixture whose every number is worked out by hand in the
 * comments (Asia/Shanghai, Mon-Fri 09:00-18:00, now Monday 2026-11-23 10:00).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessCalendar } from '../../src/domain/calendar';
import {
  type BoardInput,
  type BoardTicket,
  dashboardFigures,
  median,
  ownerFigures,
  resolveMinutes,
} from '../../src/domain/dashboard-figures';
import { csatPerMonth, customersPerRisk, ticketsPerWeek } from '../../src/domain/dashboard-series';
import { monthSpan, previousPeriod, recentMonths, weekOf } from '../../src/domain/periods';
import { periodOf } from '../../src/domain/survey-groups';
import type { SurveyRow } from '../../src/domain/survey-rows';
import { surveySettings } from '../../src/domain/survey-settings';
import { defaultsOf, shanghai } from './section-defaults';

const TZ = 'Asia/Shanghai';
const NOW = shanghai('2026-11-23T10:00');

const ticket = (t: Partial<BoardTicket> & Pick<BoardTicket, 'id'>): BoardTicket => ({
  customerId: '',
  owner: '',
  type: 'Technical',
  status: 'New',
  tier: 'Regular',
  submitted: null,
  acknowledged: null,
  resolved: null,
  closed: null,
  pausedMinutes: 0,
  slaStatus: '',
  breaches: '',
  ...t,
});

const TICKETS: BoardTicket[] = [
  // Open, breached. Ack: Fri 17:00-18:00 (60) + Mon 09:00-09:30 (30) = 90 business minutes.
  ticket({
    id: 'T1',
    owner: 'a@x.com',
    status: 'In Progress',
    submitted: shanghai('2026-11-20T17:00'),
    acknowledged: shanghai('2026-11-23T09:30'),
    breaches: 'ack',
  }),
  // Open, not acknowledged, no breach.
  ticket({ id: 'T2', owner: 'a@x.com', type: 'Inquiry', submitted: shanghai('2026-11-23T09:00') }),
  // Resolved in November, met. Ack 15 min; resolve 10:00-15:00 = 300 min less 60 paused = 240 (4 h).
  ticket({
    id: 'T3',
    owner: 'b@x.com',
    type: 'Complaint',
    status: 'Resolved',
    submitted: shanghai('2026-11-10T10:00'),
    acknowledged: shanghai('2026-11-10T10:15'),
    resolved: shanghai('2026-11-10T15:00'),
    pausedMinutes: 60,
  }),
  // VIP (7x24), Closed on Sunday without Resolved: resolve Sat 10:00 → Sun 10:00 = 1440 min; ack 30.
  ticket({
    id: 'T4',
    owner: 'b@x.com',
    status: 'Closed',
    tier: 'VIP',
    submitted: shanghai('2026-11-14T10:00'),
    acknowledged: shanghai('2026-11-14T10:30'),
    closed: shanghai('2026-11-15T10:00'),
    breaches: 'resolve',
  }),
  // October: ack 6 min (0.1 h), resolved in 120 min (2 h), met.
  ticket({
    id: 'T5',
    owner: 'a@x.com',
    status: 'Resolved',
    submitted: shanghai('2026-10-05T09:00'),
    acknowledged: shanghai('2026-10-05T09:06'),
    resolved: shanghai('2026-10-05T11:00'),
  }),
  // Open with nobody as owner, breached twice. Ack 10:00-12:00 = 120 min.
  ticket({
    id: 'T6',
    type: 'Inquiry',
    status: 'Waiting on Customer',
    submitted: shanghai('2026-11-02T10:00'),
    acknowledged: shanghai('2026-11-02T12:00'),
    breaches: 'update, resolve',
  }),
];

const CUSTOMERS = [
  { id: 'C1', owner: 'a@x.com', riskLevel: 'High', followUpStatus: 'Overdue', refreshDue: true },
  { id: 'C2', owner: 'a@x.com', riskLevel: 'Low', followUpStatus: 'OK', refreshDue: false },
  { id: 'C3', owner: 'b@x.com', riskLevel: 'Medium', followUpStatus: 'Overdue', refreshDue: false },
  { id: 'C4', owner: 'b@x.com', riskLevel: '', followUpStatus: 'Due Soon', refreshDue: true },
  { id: 'C5', owner: '', riskLevel: 'Low', followUpStatus: 'Overdue', refreshDue: true },
];

const survey = (id: string, responded: string, dims: unknown[], recommend: unknown): SurveyRow => ({
  id,
  customerId: 'C1',
  reason: 'Ad Hoc',
  ticketId: '',
  shown: '',
  sent: shanghai(responded) - 3_600_000,
  responded: shanghai(responded),
  responseSpeed: dims[0],
  resolution: dims[1],
  professionalism: dims[2],
  productFit: dims[3],
  proactiveCare: dims[4],
  recommend,
  comments: '',
});

const SURVEYS = [
  survey('S1', '2026-10-10T10:00', [5, 5, 5, 5, 5], 5), // average 5: satisfied; promoter
  survey('S2', '2026-11-05T10:00', [3, 3, 3, 3, 3], 3), // average 3; detractor
  survey('S3', '2026-11-20T10:00', [4, 4, 4, 5, ''], 4), // average 4.25: satisfied; passive
  survey('S4', '2026-08-01T10:00', [2, 2, 2, 2, 2], 1), // Q3: average 2; detractor
];

const TOUCHES = [
  { owner: 'a@x.com', kind: 'Care', when: shanghai('2026-10-01T10:00') },
  { owner: 'a@x.com', kind: 'Sales', when: shanghai('2026-11-01T10:00') },
  { owner: 'a@x.com', kind: 'Care', when: shanghai('2026-11-20T10:00') },
  { owner: 'b@x.com', kind: 'Sales', when: shanghai('2026-11-02T10:00') },
  { owner: 'a@x.com', kind: 'Care', when: shanghai('2026-09-01T10:00') },
  { owner: 'b@x.com', kind: 'Sales', when: shanghai('2026-08-15T10:00') },
];

const input: BoardInput = {
  now: NOW,
  timeZone: TZ,
  calendar: businessCalendar({ timeZone: TZ }),
  tickets: TICKETS,
  customers: CUSTOMERS,
  surveys: SURVEYS,
  surveysDue: 4,
  touches: TOUCHES,
  surveySettings: defaultsOf(surveySettings),
  careGoal: 0.3,
};

describe('dashboard figures', () => {
  const f = dashboardFigures(input);

  it('names the periods in the spreadsheet calendar', () => {
    expect(f.month).toEqual({ current: '2026-11', previous: '2026-10' });
    expect(f.quarter).toEqual({ current: '2026-Q4', previous: '2026-Q3' });
  });

  it('counts open and breached tickets, at-risk customers, overdue follow-ups and surveys due', () => {
    expect(f.openTickets).toBe(3); // T1, T2, T6
    expect(f.breachedNow).toBe(2); // T1, T6
    expect(f.atRisk).toBe(2); // C1 High, C3 Medium
    expect(f.overdueFollowUps).toBe(3); // C1, C3, C5
    expect(f.recordsToRefresh).toBe(3); // C1, C4, C5
    expect(f.surveysDue).toBe(4);
  });

  it('gives SLA met % of the tickets resolved in the month', () => {
    expect(f.slaMet.current).toMatchObject({ part: 1, whole: 2, share: 0.5 }); // T3 met, T4 breached
    expect(f.slaMet.previous).toMatchObject({ part: 1, whole: 1, share: 1 }); // T5
  });

  it('leaves out of SLA met % a ticket the hourly job could not time, and says how many', () => {
    // Resolved typed before Submitted: no breach was ever worked out, so an empty Breaches is no "met".
    const untimed = ticket({
      id: 'T7',
      status: 'Resolved',
      submitted: shanghai('2026-11-12T10:00'),
      resolved: shanghai('2026-11-11T10:00'),
      slaStatus: 'Check this row: Resolved is before Submitted',
    });
    const g = dashboardFigures({ ...input, tickets: [...TICKETS, untimed] });
    expect(g.slaMet.current).toEqual({ part: 1, whole: 2, share: 0.5, unchecked: 1 });
    expect(g.slaMet.previous).toEqual({ part: 1, whole: 1, share: 1, unchecked: 0 });
    const weeks = ticketsPerWeek([...TICKETS, untimed], NOW, TZ);
    expect(weeks.find((w) => w.week === '2026-11-09')).toMatchObject({ resolved: 3, slaMetPercent: 50 });
  });

  it('takes medians in business hours, 7x24 for a VIP, less paused minutes', () => {
    // Acknowledged in November: 15, 30, 90, 120 minutes → (30 + 90) / 2 = 60 min.
    expect(f.ackHours.current).toEqual({ hours: 1, count: 4 });
    expect(f.ackHours.previous).toEqual({ hours: 0.1, count: 1 });
    // Resolved in November: 240 and 1440 minutes → 840 min = 14 h.
    expect(f.resolveHours.current).toEqual({ hours: 14, count: 2 });
    expect(f.resolveHours.previous).toEqual({ hours: 2, count: 1 });
  });

  it('leaves out of the resolve median a ticket whose Paused Minutes cannot be counted', () => {
    const cal = input.calendar;
    const t3 = TICKETS.find((t) => t.id === 'T3') as BoardTicket;
    expect(resolveMinutes(t3, cal)).toBe(240);
    // "90 min" typed as text, a phone number pasted: the hourly job flags both rows to check.
    expect(resolveMinutes({ ...t3, pausedMinutes: Number.NaN }, cal)).toBeNull();
    expect(resolveMinutes({ ...t3, pausedMinutes: 2025550123 }, cal)).toBeNull();
  });

  it('compares CSAT and the recommend score with the quarter before', () => {
    expect(f.csat.current.value).toBeCloseTo(2 / 3); // S1, S3 average 4 or more of S1-S3
    expect(f.csat.current.count).toBe(3);
    expect(f.csat.current.thin).toBe(true);
    expect(f.csat.previous.value).toBe(0); // S4
    expect(f.recommend.current.value).toBeCloseTo(0); // 1 promoter, 1 detractor of 3
    expect(f.recommend.previous.value).toBe(-100);
  });

  it('gives the Care share of the quarter against the quarter before', () => {
    expect(f.care.current).toEqual({ care: 2, total: 4, share: 0.5, goalMet: true });
    expect(f.care.previous).toEqual({ care: 1, total: 2, share: 0.5, goalMet: true });
  });
});

describe('per-owner figures', () => {
  it('split every count by owner, nobody last, and add up to the headline', () => {
    const rows = ownerFigures(input);
    const counts = (r: (typeof rows)[number]) => [r.openTickets, r.breachedNow, r.overdueFollowUps, r.atRisk];
    expect(rows.map((r) => [r.owner, ...counts(r), r.recordsToRefresh])).toEqual([
      ['a@x.com', 2, 1, 1, 1, 1],
      ['b@x.com', 0, 0, 1, 1, 1],
      ['', 1, 1, 1, 0, 1],
    ]);
    expect(rows.map((r) => [r.care.care, r.care.total])).toEqual([
      [2, 3],
      [0, 1],
      [0, 0],
    ]);
  });

  it('count one person once whatever the letter case their address is typed in', () => {
    // "A@X.com" on a ticket, "a@x.com" on customers: one mailbox, as My queue and the mails take it.
    const tickets = [
      ...TICKETS.filter((t) => t.owner !== 'a@x.com'),
      ...TICKETS.filter((t) => t.owner === 'a@x.com').map((t) => ({ ...t, owner: 'A@X.com' })),
    ];
    const touches = TOUCHES.map((t, i) => (i === 2 ? { ...t, owner: 'A@x.COM' } : t));
    const rows = ownerFigures({ ...input, tickets, touches });
    expect(rows.map((r) => [r.owner, r.openTickets, r.overdueFollowUps, r.care.care, r.care.total])).toEqual([
      ['A@X.com', 2, 1, 2, 3],
      ['b@x.com', 0, 1, 0, 1],
      ['', 1, 1, 0, 0],
    ]);
  });
});

describe('chart series', () => {
  it('count tickets opened and resolved per Monday-to-Sunday week, with SLA met %', () => {
    const weeks = ticketsPerWeek(TICKETS, NOW, TZ);
    expect(weeks.map((w) => w.week)).toEqual([
      '2026-10-05',
      '2026-10-12',
      '2026-10-19',
      '2026-10-26',
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
    ]);
    expect(weeks.map((w) => [w.opened, w.resolved, w.slaMetPercent])).toEqual([
      [1, 1, 100], // T5
      [0, 0, null],
      [0, 0, null],
      [0, 0, null],
      [1, 0, null], // T6
      [2, 2, 50], // T3 met, T4 (closed Sunday 15th) breached
      [1, 0, null], // T1
      [1, 0, null], // T2
    ]);
  });

  it('give CSAT per month and customers per risk level', () => {
    expect(csatPerMonth(input).map((m) => [m.month, m.csatPercent, m.answers])).toEqual([
      ['2026-06', null, 0],
      ['2026-07', null, 0],
      ['2026-08', 0, 1],
      ['2026-09', null, 0],
      ['2026-10', 100, 1],
      ['2026-11', 50, 2],
    ]);
    expect(customersPerRisk(CUSTOMERS)).toEqual([
      ['High', 1],
      ['Medium', 1],
      ['Low', 2],
      ['Not scored', 1],
    ]);
  });
});

describe('periods and medians', () => {
  it('find the week in the spreadsheet zone, whatever the process zone', () => {
    // Sunday 23:30 in Shanghai is still the week of Monday the 16th.
    expect(weekOf(shanghai('2026-11-22T23:30'), TZ)).toMatchObject({
      monday: '2026-11-16',
      sunday: '2026-11-22',
    });
    expect(weekOf(shanghai('2026-11-23T00:00'), TZ).start).toBe(shanghai('2026-11-23T00:00'));
    expect(weekOf(NOW, TZ, -1).end).toBe(shanghai('2026-11-23T00:00'));
  });

  it('step back over year ends', () => {
    expect(previousPeriod('2026-01')).toBe('2025-12');
    expect(previousPeriod('2026-Q1')).toBe('2025-Q4');
    expect(recentMonths(shanghai('2026-02-01T00:30'), TZ, 3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });

  it('hold in a month exactly the instants whose month it is, in any zone', () => {
    const zones = ['Asia/Shanghai', 'America/New_York', 'America/Santiago', 'Australia/Lord_Howe'];
    const nearMonthEnds = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: -36 * 60, max: 36 * 60 }))
      .map(([m, minutes]) => Date.UTC(2026, m, 1) + minutes * 60_000 + 17);
    fc.assert(
      fc.property(fc.constantFrom(...zones), nearMonthEnds, (zone, t) => {
        const month = periodOf(t, 'month', zone);
        const { start, end } = monthSpan(month, zone);
        expect(t >= start && t < end).toBe(true);
        expect(periodOf(start, 'month', zone)).toBe(month);
        expect(periodOf(end - 1, 'month', zone)).toBe(month);
        expect(previousPeriod(periodOf(end, 'month', zone))).toBe(month);
      }),
    );
  });

  it('take the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
