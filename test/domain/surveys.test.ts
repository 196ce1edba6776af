import { describe, expect, it } from 'vitest';
import { surveyState } from '../../src/domain/survey-lifecycle';
import { leftOutNote, type SurveyRow, screenSurveys, surveyRowProblems } from '../../src/domain/survey-rows';
import { surveySettings } from '../../src/domain/survey-settings';
import {
  addMonths,
  askedSurveyDue,
  repeatedRoutine,
  type ScheduleTicket,
  surveysDue,
  surveyWaitsForTicket,
} from '../../src/domain/surveys';
import { defaultsOf, shanghai } from './section-defaults';

const ZONE = 'Asia/Shanghai';
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const SETTINGS = defaultsOf(surveySettings);
const parse = (name: string, value: string) => surveySettings.defs.find((d) => d.name === name)!.parse(value);

describe('survey settings', () => {
  it('has the documented defaults, every name starting with "Survey"', () => {
    expect(SETTINGS).toEqual({
      routineMonths: [3, 6, 12],
      afterTicketHours: 48,
      afterTicketTypes: ['Complaint'],
      afterTicketLevels: ['Major', 'Critical'],
      reminderDays: 3,
      closesDays: 7,
      routineLateDays: 30,
      lowScore: 3,
      thinBelow: 30,
      planWorkingDays: 15,
      badRatingShare: 0.05,
      signedBy: '',
    });
    expect(surveySettings.defs.every((d) => d.name.startsWith('Survey'))).toBe(true);
  });

  it('reads lists loosely and says what it expects when a cell is wrong', () => {
    expect(parse('Survey after ticket types', 'complaint,technical')).toEqual(['Complaint', 'Technical']);
    expect(parse('Survey after ticket levels', '')).toEqual([]);
    expect(parse('Survey low score under', '2.5')).toBe(2.5);
    expect(() => parse('Survey routine months', '3, 9')).toThrow('months from 3, 6, 12 separated by commas');
    expect(parse('Survey emails signed', '  Northwind Service ')).toBe('Northwind Service');
    expect(() => parse('Survey emails signed', 'x'.repeat(101))).toThrow('a name on one line');
    expect(() => parse('Survey low score under', '6')).toThrow('a score from 1 to 5');
    expect(() => parse('Survey routine late by at most (days)', '0')).toThrow('a whole number of days');
    expect(() => parse('Survey after ticket levels', 'Urgent')).toThrow(
      'some of Regular, Complex, Major, Critical',
    );
  });
});

describe('askedSurveyDue', () => {
  const hours = { afterTicketHours: 48 };
  it("gives a delivery survey the date 48 hours on and an ad hoc one today's, in the spreadsheet's zone", () => {
    // 20:00 in New York is 01:00 the next day in UTC: the dates are New York's.
    const evening = Date.parse('2026-11-24T01:00:00Z');
    expect(askedSurveyDue('Ad Hoc', evening, 'America/New_York', hours)).toBe('2026-11-23');
    expect(askedSurveyDue('Project Delivery', evening, 'America/New_York', hours)).toBe('2026-11-25');
  });
  it('counts 48 real hours across a daylight-saving change', () => {
    // Saturday 23:30 EST; the clocks go forward Sunday 02:00, so 48 hours on is Tuesday 00:30 EDT.
    const saturday = Date.parse('2026-03-08T04:30:00Z');
    expect(askedSurveyDue('Project Delivery', saturday, 'America/New_York', hours)).toBe('2026-03-10');
  });
});

describe('addMonths', () => {
  it('adds calendar months, landing month-end dates on the shorter month’s last day', () => {
    expect(addMonths('2026-03-07', 3)).toBe('2026-06-07');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
    expect(addMonths('2026-01-31', 12)).toBe('2027-01-31');
  });
});

describe('surveysDue: routine surveys', () => {
  const NOW = shanghai('2026-06-10T09:00');
  const won = (id: string, contractStart: string) => ({ id, status: 'Won', contractStart });

  it('adds exactly one 3 Months survey for a contract started 95 days ago, across three runs', () => {
    const customers = [won('C-0001', '2026-03-07')];
    expect(NOW - shanghai('2026-03-07T09:00')).toBe(95 * DAY);
    const existing: ReturnType<typeof surveysDue> = [];
    for (let run = 0; run < 3; run++)
      existing.push(...surveysDue(customers, [], existing, SETTINGS, NOW, ZONE));
    expect(existing).toEqual([{ customerId: 'C-0001', reason: '3 Months', ticketId: '', due: '2026-06-07' }]);
  });

  it('adds a survey on its due date in the spreadsheet’s zone, not the process’s', () => {
    const customers = [won('C-0001', '2026-03-11')];
    // 22:00 on 10 June in Shanghai is already 11 June in Auckland, where the tests run.
    expect(surveysDue(customers, [], [], SETTINGS, shanghai('2026-06-10T22:00'), ZONE)).toEqual([]);
    expect(surveysDue(customers, [], [], SETTINGS, shanghai('2026-06-11T00:00'), ZONE)).toEqual([
      { customerId: 'C-0001', reason: '3 Months', ticketId: '', due: '2026-06-11' },
    ]);
  });

  it('surveys only Won customers with a Contract Start', () => {
    const customers = [
      { id: 'C-0001', status: 'Intent', contractStart: '2026-01-01' },
      won('C-0002', ''),
      { id: 'C-0003', status: 'Churned', contractStart: '2026-01-01' },
    ];
    expect(surveysDue(customers, [], [], SETTINGS, NOW, ZONE)).toEqual([]);
  });

  it('adds only the latest milestone reached, and nothing when that one exists in any status', () => {
    const customers = [won('C-0001', '2025-05-20'), won('C-0002', '2025-11-20')];
    const existing = [{ customerId: 'C-0002', reason: '6 Months', ticketId: '' }];
    expect(surveysDue(customers, [], existing, SETTINGS, NOW, ZONE)).toEqual([
      { customerId: 'C-0001', reason: '12 Months', ticketId: '', due: '2026-05-20' },
    ]);
  });

  it('skips months the business took out of the setting', () => {
    const settings = { ...SETTINGS, routineMonths: [3, 12] };
    // 6 months reached on 1 June: not asked for. 3 months reached on 5 June.
    const customers = [won('C-0001', '2025-12-01'), won('C-0002', '2026-03-05')];
    expect(surveysDue(customers, [], [], settings, NOW, ZONE)).toEqual([
      { customerId: 'C-0002', reason: '3 Months', ticketId: '', due: '2026-06-05' },
    ]);
  });

  it('adds a milestone at most 30 days after its date, so an old customer base is not surveyed at once', () => {
    const customers = [
      won('C-0001', '2022-04-01'), // 4 years in: its 12 months were in 2023
      won('C-0002', '2026-02-10'), // 3 months on 10 May, 31 days ago
      won('C-0003', '2026-02-11'), // 3 months on 11 May, 30 days ago
    ];
    expect(surveysDue(customers, [], [], SETTINGS, NOW, ZONE)).toEqual([
      { customerId: 'C-0003', reason: '3 Months', ticketId: '', due: '2026-05-11' },
    ]);
    const wider = { ...SETTINGS, routineLateDays: 31 };
    expect(surveysDue(customers, [], [], wider, NOW, ZONE).map((s) => s.customerId)).toEqual([
      'C-0002',
      'C-0003',
    ]);
  });

  it('still adds the next milestone on its date after one that passed unasked', () => {
    const customer = [won('C-0001', '2026-02-10')];
    expect(surveysDue(customer, [], [], SETTINGS, NOW, ZONE)).toEqual([]);
    expect(surveysDue(customer, [], [], SETTINGS, shanghai('2026-08-10T00:00'), ZONE)).toEqual([
      { customerId: 'C-0001', reason: '6 Months', ticketId: '', due: '2026-08-10' },
    ]);
  });
});

describe('surveysDue: after a ticket', () => {
  const NOW = shanghai('2026-06-10T09:00');
  const ticket = (id: string, over: Partial<ScheduleTicket>): ScheduleTicket => ({
    id,
    customerId: 'C-0001',
    type: 'Complaint',
    level: 'Regular',
    status: 'Resolved',
    resolved: shanghai('2026-06-09T10:00'),
    closed: null,
    ...over,
  });

  it('surveys a resolved complaint, due 48 hours after resolution, as a Shanghai date', () => {
    // 23:30 + 48 h is 10 June 23:30 in Shanghai, 11 June in Auckland.
    const resolved = shanghai('2026-06-08T23:30');
    expect(surveysDue([], [ticket('T-0001', { resolved })], [], SETTINGS, NOW, ZONE)).toEqual([
      { customerId: 'C-0001', reason: 'After Ticket', ticketId: 'T-0001', due: '2026-06-10' },
    ]);
  });

  it('surveys a Major or Critical ticket of any type; closed without a Resolved time counts from Closed', () => {
    const tickets = [
      ticket('T-0001', { type: 'Technical', level: 'Major', status: 'Closed' }),
      ticket('T-0002', {
        type: 'Inquiry',
        level: 'Critical',
        resolved: null,
        closed: shanghai('2026-06-10T08:00'),
      }),
    ];
    expect(surveysDue([], tickets, [], SETTINGS, NOW, ZONE).map((s) => [s.ticketId, s.due])).toEqual([
      ['T-0001', '2026-06-11'],
      ['T-0002', '2026-06-12'],
    ]);
  });

  it('leaves out tickets that do not qualify, are open, are surveyed, or whose window has passed', () => {
    const tickets = [
      ticket('T-0001', { type: 'Technical', level: 'Complex' }),
      ticket('T-0002', { status: 'In Progress', resolved: null }),
      ticket('T-0003', {}),
      ticket('T-0004', { resolved: NOW - 49 * HOUR }),
      ticket('T-0005', { resolved: null }),
    ];
    const existing = [{ customerId: 'C-0001', reason: 'After Ticket', ticketId: 'T-0003' }];
    expect(surveysDue([], tickets, existing, SETTINGS, NOW, ZONE)).toEqual([]);
  });

  it('keeps the window open to the minute its survey falls due, and two days at least for a daily run a day late', () => {
    const ids = (resolved: number, settings = SETTINGS) =>
      surveysDue([], [ticket('T-0001', { resolved })], [], settings, NOW, ZONE).map((s) => s.due);
    expect(ids(NOW - 48 * HOUR)).toEqual(['2026-06-10']);
    expect(ids(NOW - 48 * HOUR - 60_000)).toEqual([]);
    // Surveyed 12 hours after the resolution: a run that missed its day still asks, due at once.
    const soon = { ...SETTINGS, afterTicketHours: 12 };
    expect(ids(NOW - 30 * HOUR, soon)).toEqual(['2026-06-09']);
    expect(ids(NOW - 48 * HOUR - 60_000, soon)).toEqual([]);
  });

  it('counts any row linked to the ticket as its survey, whatever its Reason, so the customer is asked once', () => {
    const tickets = [ticket('T-0001', {}), ticket('T-0002', {}), ticket('T-0003', {})];
    const existing = [
      { customerId: 'C-0001', reason: 'Ad Hoc', ticketId: 'T-0001' },
      { customerId: 'C-0001', reason: 'Project Delivery', ticketId: 'T-0002' },
      { customerId: 'C-0001', reason: '3 Months', ticketId: '' },
    ];
    expect(surveysDue([], tickets, existing, SETTINGS, NOW, ZONE).map((s) => s.ticketId)).toEqual(['T-0003']);
  });

  it('asks a churned customer nothing after a ticket', () => {
    const customers = [
      { id: 'C-0001', status: 'Churned', contractStart: '2025-01-01' },
      { id: 'C-0002', status: 'Won', contractStart: '' },
    ];
    const tickets = [ticket('T-0001', {}), ticket('T-0002', { customerId: 'C-0002' })];
    expect(surveysDue(customers, tickets, [], SETTINGS, NOW, ZONE).map((s) => s.ticketId)).toEqual([
      'T-0002',
    ]);
  });

  it('gives the same rows on repeated runs', () => {
    const tickets = [ticket('T-0001', {})];
    const first = surveysDue([], tickets, [], SETTINGS, NOW, ZONE);
    expect(first).toHaveLength(1);
    expect(surveysDue([], tickets, first, SETTINGS, NOW + HOUR, ZONE)).toEqual([]);
  });
});

describe('surveyWaitsForTicket', () => {
  const afterTicket = { id: 'S-00007', reason: 'After Ticket', ticketId: 'T-00012' };

  it('holds an After Ticket survey while its ticket is open again, saying until when', () => {
    expect(surveyWaitsForTicket(afterTicket, 'Waiting on Customer')).toBe(
      'Ticket T-00012 was reopened (Waiting on Customer): send survey S-00007 once it is resolved again.',
    );
    expect(surveyWaitsForTicket(afterTicket, '')).toContain('(New)');
  });

  it('lets it go once the ticket is done, or when no ticket has the ID', () => {
    for (const status of ['Resolved', 'Closed', undefined])
      expect(surveyWaitsForTicket(afterTicket, status)).toBeNull();
  });

  it('never holds a survey staff asked for, nor one that names no ticket', () => {
    expect(surveyWaitsForTicket({ ...afterTicket, reason: 'Ad Hoc' }, 'In Progress')).toBeNull();
    expect(surveyWaitsForTicket({ ...afterTicket, ticketId: '' }, 'In Progress')).toBeNull();
  });
});

describe('surveyState', () => {
  const NOW = shanghai('2026-06-10T09:00');
  const state = (sent: number | null, responded: number | null = null) =>
    surveyState({ sent, responded }, NOW, SETTINGS, ZONE);

  it('is Due until sent', () => {
    expect(state(null)).toEqual({ reminderDue: null, closes: null, status: 'Due', needsReminder: false });
  });

  it('is Sent within the first 3 days, with Reminder Due and Closes from Sent', () => {
    const sent = NOW - 2 * DAY;
    expect(state(sent)).toEqual({
      reminderDue: sent + 3 * DAY,
      closes: sent + 7 * DAY,
      status: 'Sent',
      needsReminder: false,
    });
  });

  it('needs one reminder when sent 4 days ago and unanswered', () => {
    expect(state(NOW - 4 * DAY)).toMatchObject({ status: 'Reminded', needsReminder: true });
  });

  it('needs its reminder from the minute 3 days after sending, not a minute sooner', () => {
    expect(state(NOW - 3 * DAY)).toMatchObject({ status: 'Reminded', needsReminder: true });
    expect(state(NOW - 3 * DAY + 60_000)).toMatchObject({ status: 'Sent', needsReminder: false });
  });

  it('is Expired when sent 8 days ago (or exactly 7) and unanswered', () => {
    expect(state(NOW - 8 * DAY)).toMatchObject({ status: 'Expired', needsReminder: false });
    expect(state(NOW - 7 * DAY).status).toBe('Expired');
  });

  it('is Responded once answered, late or on paper', () => {
    expect(state(NOW - 8 * DAY, NOW - DAY)).toMatchObject({ status: 'Responded', needsReminder: false });
    expect(state(null, NOW - DAY).status).toBe('Responded');
  });

  it('stays closed when a person closed it by hand, until an answer comes', () => {
    const shown = (status: string, sent: number | null, responded: number | null = null) =>
      surveyState({ sent, responded, shown: status }, NOW, SETTINGS, ZONE);
    expect(shown('Expired', null)).toMatchObject({ status: 'Expired', needsReminder: false });
    expect(shown('Expired', NOW - 4 * DAY)).toMatchObject({ status: 'Expired', needsReminder: false });
    expect(shown(' Responded ', NOW - 2 * DAY).status).toBe('Responded');
    expect(shown('Expired', NOW - 4 * DAY, NOW - DAY).status).toBe('Responded');
    // Due, Sent or Reminded in the cell are the clock's to move on.
    expect(shown('Sent', NOW - 4 * DAY)).toMatchObject({ status: 'Reminded', needsReminder: true });
    expect(shown('Due', NOW - 2 * DAY).status).toBe('Sent');
  });

  it('closes a survey not yet sent as Expired once its customer has churned; one already out runs on', () => {
    const churned = (sent: number | null, shown = 'Due', responded: number | null = null) =>
      surveyState({ sent, responded, shown, churned: true }, NOW, SETTINGS, ZONE);
    expect(churned(null)).toEqual({
      reminderDue: null,
      closes: null,
      status: 'Expired',
      needsReminder: false,
    });
    expect(churned(null, '').status).toBe('Expired');
    // Sent by the clock or by hand, or answered on paper: as for any customer.
    expect(churned(NOW - 4 * DAY)).toMatchObject({ status: 'Reminded', needsReminder: true });
    expect(churned(null, 'Sent').status).toBe('Sent');
    expect(churned(null, 'Due', NOW - DAY).status).toBe('Responded');
  });

  it('stays Sent when a person marked it Sent without a Sent time, with no reminder or closing', () => {
    const shown = (status: string, responded: number | null = null) =>
      surveyState({ sent: null, responded, shown: status }, NOW, SETTINGS, ZONE);
    expect(shown('Sent')).toEqual({ status: 'Sent', reminderDue: null, closes: null, needsReminder: false });
    expect(shown('Reminded').status).toBe('Reminded');
    expect(shown('Sent', NOW - DAY).status).toBe('Responded');
    expect(shown('Due').status).toBe('Due');
  });
});

describe('hand-entered survey rows', () => {
  const KNOWN = new Set(['C-0001']);
  const NOW = shanghai('2026-07-01T10:00');
  const row = (over: Partial<SurveyRow>): SurveyRow => ({
    id: 'S-00001',
    customerId: 'C-0001',
    reason: 'Ad Hoc',
    ticketId: '',
    shown: '',
    sent: shanghai('2026-06-01'),
    responded: shanghai('2026-06-02'),
    responseSpeed: 4,
    resolution: 5,
    professionalism: 3,
    productFit: '',
    proactiveCare: '',
    recommend: 4,
    comments: '',
    ...over,
  });

  it('passes a good row with skipped dimensions', () => {
    expect(surveyRowProblems(row({}), KNOWN, NOW)).toEqual([]);
  });

  it('names each problem in plain words', () => {
    const bad = row({
      customerId: 'C-0099',
      responseSpeed: 6,
      resolution: 2.5,
      recommend: 'five',
      responded: shanghai('2026-05-31'),
    });
    expect(surveyRowProblems(bad, KNOWN, NOW)).toEqual([
      'Response Speed is "6", not a whole number from 1 to 5',
      'Resolution is "2.5", not a whole number from 1 to 5',
      'Recommend is "five", not a whole number from 1 to 5',
      'customer C-0099 is not in Customers',
      'Responded is before Sent',
    ]);
    expect(surveyRowProblems(row({ customerId: '' }), KNOWN, NOW)).toEqual(['Customer ID is empty']);
    // A year typed wrong; a quarter of an hour ahead is a clock or a person rounding up.
    expect(surveyRowProblems(row({ responded: shanghai('2062-07-01T10:00') }), KNOWN, NOW)).toEqual([
      'Responded is in the future',
    ]);
    expect(surveyRowProblems(row({ responded: shanghai('2026-07-01T10:15') }), KNOWN, NOW)).toEqual([]);
  });

  it('leaves bad rows out and says how many and why', () => {
    const rows = [
      row({}),
      row({ id: 'S-00002', recommend: 0 }),
      row({ id: 'S-00003', customerId: 'C-0002' }),
    ];
    const { kept, leftOut } = screenSurveys(rows, KNOWN, NOW);
    expect(kept.map((r) => r.id)).toEqual(['S-00001']);
    expect(leftOutNote(leftOut)).toBe(
      '2 rows left out: S-00002 (Recommend is "0", not a whole number from 1 to 5); ' +
        'S-00003 (customer C-0002 is not in Customers)',
    );
    expect(leftOutNote([])).toBe('');
  });
});

describe('repeatedRoutine', () => {
  const routine = ['3 Months', '6 Months', '12 Months'];
  const row = (
    id: string,
    customerId: string,
    reason: string,
    extra: Partial<{ sent: number; shown: string }> = {},
  ) => ({
    id,
    customerId,
    reason,
    sent: extra.sent ?? null,
    responded: null,
    shown: extra.shown ?? 'Due',
  });

  it('keeps the first of a reason, by ID, and names it for each later one not yet sent', () => {
    const rows = [
      row('S-10', 'C-1', '3 Months'),
      row('S-9', 'C-1', '3 Months'),
      row('S-11', 'C-2', '3 Months'),
    ];
    expect(repeatedRoutine(rows, routine)).toEqual(new Map([['S-10', 'S-9']]));
  });

  it('keeps one already sent over an earlier one not yet sent, and leaves both sent ones alone', () => {
    const rows = [
      row('S-1', 'C-1', '6 Months'),
      row('S-2', 'C-1', '6 Months', { sent: 1 }),
      row('S-3', 'C-1', '6 Months', { shown: 'Sent' }),
    ];
    expect(repeatedRoutine(rows, routine)).toEqual(new Map([['S-1', 'S-2']]));
  });

  it('gives the same answer the next day, once the repeat shows Expired: the one that stands is never closed in turn', () => {
    const day1 = [
      row('S-1', 'C-1', '12 Months'),
      row('S-2', 'C-1', '12 Months'),
      row('S-3', 'C-1', '12 Months'),
    ];
    const first = repeatedRoutine(day1, routine);
    expect(first).toEqual(
      new Map([
        ['S-2', 'S-1'],
        ['S-3', 'S-1'],
      ]),
    );
    const day2 = day1.map((r) => (first.has(r.id) ? { ...r, shown: 'Expired' } : r));
    expect(repeatedRoutine(day2, routine)).toEqual(first);
  });

  it('never counts Ad Hoc, After Ticket or rows without a customer as repeats', () => {
    const rows = [
      row('S-1', 'C-1', 'Ad Hoc'),
      row('S-2', 'C-1', 'Ad Hoc'),
      row('S-3', '', '3 Months'),
      row('S-4', '', '3 Months'),
    ];
    expect(repeatedRoutine(rows, routine).size).toBe(0);
  });
});
