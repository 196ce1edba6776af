import { describe, expect, it } from 'vitest';
import {
  type FollowUpCalendar,
  type FollowUpCustomer,
  type FollowUpInteraction,
  followUpSettings,
  nextFollowUp,
} from '../../src/domain/follow-ups';
import { addCalendarDays, instantFromWall, wallFromInstant } from '../../src/domain/zone';
import { defaultsOf, shanghai, shanghaiWall } from './section-defaults';

const settings = defaultsOf(followUpSettings);
const DAY_MS = 24 * 3_600_000;

/** Mon-Fri in Shanghai, no holidays: enough of the business calendar for these rules. */
const calendar: FollowUpCalendar = {
  wall: shanghaiWall,
  addWorkingDays: (ms, days) => {
    let t = ms;
    for (let left = days; left > 0; ) {
      t += DAY_MS;
      if (new Date(t + 8 * 3_600_000).getUTCDay() % 6 !== 0) left--;
    }
    return t;
  },
  addDays: (ms, days) => addCalendarDays(ms, days, 'Asia/Shanghai'),
  startOfDay: (ms) => instantFromWall(shanghaiWall(ms).slice(0, 10), 'Asia/Shanghai'),
};

const NOW = shanghai('2026-11-23T12:00'); // a Monday

const customer = (fields: Partial<FollowUpCustomer>): FollowUpCustomer => ({
  status: 'Won',
  tier: 'Regular',
  created: null,
  firstContact: null,
  contractStart: null,
  ...fields,
});
const touch = (when: string, nextActionDue = '', nextAction = ''): FollowUpInteraction => ({
  when: shanghai(when),
  nextAction,
  nextActionDue: nextActionDue ? shanghai(nextActionDue) : null,
});
const plan = (c: Partial<FollowUpCustomer>, touches: FollowUpInteraction[] = [], now = NOW) =>
  nextFollowUp(customer(c), touches, settings, now, calendar);

describe('follow-up settings', () => {
  it('default to the process documents and are named Follow-up …', () => {
    expect(settings).toEqual({
      cadenceDays: { VIP: 30, Key: 30, Regular: 91 },
      callBackHours: 24,
      returnVisitWorkingDays: 3,
      afterSigningDays: 30,
      checkBackHours: 48,
      dueSoonDays: 2,
      recordRefreshDays: 30,
    });
    expect(followUpSettings.defs.every((d) => d.name.startsWith('Follow-up'))).toBe(true);
  });
});

describe('check-back after a resolved ticket', () => {
  const resolved = (...tickets: Array<[string, string]>) => ({
    resolvedTickets: tickets.map(([id, at]) => ({ id, at: shanghai(at) })),
  });

  it('is due 48 hours after the resolution and Overdue once they pass with no interaction since', () => {
    const result = plan({ tier: 'VIP', ...resolved(['T-00007', '2026-11-20T17:00']) }, [
      touch('2026-11-20T09:00'),
    ]);
    expect(result).toEqual({
      lastContact: shanghai('2026-11-20T09:00'),
      nextFollowUp: shanghai('2026-11-22T17:00'),
      status: 'Overdue',
      basis: 'check-back after ticket T-00007 was resolved (2026-11-20 17:00)',
      about: `check-back:T-00007:${shanghai('2026-11-20T17:00')}`,
    });
  });

  it('is done by any interaction logged after the resolution', () => {
    const result = plan({ tier: 'VIP', ...resolved(['T-00007', '2026-11-20T17:00']) }, [
      touch('2026-11-21T10:00'),
    ]);
    expect(result.basis).toBe('VIP cadence 30 days (last contact 2026-11-21 10:00)');
  });

  it('is done by an interaction logged at the very moment of the resolution, not by one a minute before', () => {
    const ticket = resolved(['T-00007', '2026-11-20T17:00']);
    expect(plan({ tier: 'VIP', ...ticket }, [touch('2026-11-20T17:00')]).basis).toBe(
      'VIP cadence 30 days (last contact 2026-11-20 17:00)',
    );
    expect(plan({ tier: 'VIP', ...ticket }, [touch('2026-11-20T16:59')]).basis).toBe(
      'check-back after ticket T-00007 was resolved (2026-11-20 17:00)',
    );
  });

  it('follows the earliest ticket resolved since the last contact, and forgets one resolved over two weeks ago', () => {
    const c = resolved(
      ['T-00001', '2026-11-01T10:00'],
      ['T-00003', '2026-11-23T11:00'],
      ['T-00002', '2026-11-22T10:00'],
    );
    expect(plan({ tier: 'VIP', ...c }, [touch('2026-10-30T10:00')]).basis).toBe(
      'check-back after ticket T-00002 was resolved (2026-11-22 10:00)',
    );
    const soon = plan({ tier: 'VIP', ...c }, [touch('2026-11-22T12:00')]);
    expect([soon.nextFollowUp, soon.status]).toEqual([shanghai('2026-11-25T11:00'), 'Due Soon']);
  });

  it('follows a ticket resolved this very minute, not one stamped ahead of now', () => {
    const lastWeek = [touch('2026-11-16T10:00')];
    expect(plan({ tier: 'VIP', ...resolved(['T-00009', '2026-11-23T12:00']) }, lastWeek).basis).toBe(
      'check-back after ticket T-00009 was resolved (2026-11-23 12:00)',
    );
    expect(plan({ tier: 'VIP', ...resolved(['T-00009', '2026-11-23T12:01']) }, lastWeek).basis).toBe(
      'VIP cadence 30 days (last contact 2026-11-16 10:00)',
    );
  });

  it('forgets a ticket resolved 14 days ago to the minute, not one a minute later', () => {
    const lastMonth = [touch('2026-11-01T10:00')];
    expect(plan({ tier: 'VIP', ...resolved(['T-00005', '2026-11-09T12:00']) }, lastMonth).basis).toBe(
      'VIP cadence 30 days (last contact 2026-11-01 10:00)',
    );
    expect(plan({ tier: 'VIP', ...resolved(['T-00005', '2026-11-09T12:01']) }, lastMonth).basis).toBe(
      'check-back after ticket T-00005 was resolved (2026-11-09 12:01)',
    );
  });

  it('is done by a touch typed as a date alone on the day of the resolution, up to that day’s end only', () => {
    const thatDay = [touch('2026-11-20')];
    expect(plan({ tier: 'VIP', ...resolved(['T-00008', '2026-11-20T23:59']) }, thatDay).basis).toBe(
      'VIP cadence 30 days (last contact 2026-11-20)',
    );
    expect(plan({ tier: 'VIP', ...resolved(['T-00008', '2026-11-21T00:00']) }, thatDay).basis).toBe(
      'check-back after ticket T-00008 was resolved (2026-11-21 00:00)',
    );
  });

  it('follows the setting', () => {
    const result = nextFollowUp(
      customer({ ...resolved(['T-00007', '2026-11-23T10:00']) }),
      [],
      { ...settings, checkBackHours: 1 },
      NOW,
      calendar,
    );
    expect([result.nextFollowUp, result.status]).toEqual([shanghai('2026-11-23T11:00'), 'Overdue']);
  });
});

describe('first call-back', () => {
  it('is Overdue for a Potential customer created yesterday 10:00 with no interaction', () => {
    expect(plan({ status: 'Potential', created: shanghai('2026-11-22T10:00') })).toEqual({
      lastContact: null,
      nextFollowUp: shanghai('2026-11-23T10:00'),
      status: 'Overdue',
      basis: 'first call-back (created 2026-11-22 10:00)',
      about: `call-back:${shanghai('2026-11-22T10:00')}`,
    });
  });

  it('is Due Soon at its very hour, and Overdue a minute after', () => {
    const created = shanghai('2026-11-22T12:00');
    expect(plan({ status: 'Potential', created }).status).toBe('Due Soon');
    expect(plan({ status: 'Potential', created }, [], NOW + 60_000).status).toBe('Overdue');
  });

  it('is Due Soon within its 24 hours, for Intent customers too', () => {
    const result = plan({ status: 'Intent', created: shanghai('2026-11-23T09:00') });
    expect(result.nextFollowUp).toBe(shanghai('2026-11-24T09:00'));
    expect(result.status).toBe('Due Soon');
  });

  it('is done once someone has been in touch since Created', () => {
    const result = plan({ status: 'Potential', created: shanghai('2026-11-22T10:00') }, [
      touch('2026-11-22T15:00'),
    ]);
    expect(result.basis).toBe('Regular cadence 91 days (last contact 2026-11-22 15:00)');
  });

  it('is done by a touch logged in the same minute as Created, which has seconds the touch has not', () => {
    const created = shanghai('2026-11-22T10:00') + 42_500;
    const result = plan({ status: 'Potential', created }, [touch('2026-11-22T10:00')]);
    expect(result.basis).toBe('Regular cadence 91 days (last contact 2026-11-22 10:00)');
  });

  it('is not done by a touch in the minute before Created', () => {
    const result = plan({ status: 'Potential', created: shanghai('2026-11-22T10:00') + 42_500 }, [
      touch('2026-11-22T09:59'),
    ]);
    expect(result.basis).toBe('first call-back (created 2026-11-22 10:00)');
  });

  it('is planned for a new customer saved without a Status: nobody has said they are Won yet', () => {
    expect(plan({ status: '', created: shanghai('2026-11-23T09:00') })).toMatchObject({
      nextFollowUp: shanghai('2026-11-24T09:00'),
      basis: 'first call-back (created 2026-11-23 09:00)',
    });
  });

  it('is not planned for Won customers', () => {
    expect(plan({ status: 'Won', created: shanghai('2026-11-22T10:00') }).basis).toMatch(/^Regular cadence/);
  });
});

describe('tier cadence', () => {
  const fortyDaysAgo = touch('2026-10-14T12:00');

  it('makes a VIP last contacted 40 days ago Overdue', () => {
    expect(plan({ tier: 'VIP' }, [fortyDaysAgo])).toEqual({
      lastContact: shanghai('2026-10-14T12:00'),
      nextFollowUp: shanghai('2026-11-13T12:00'),
      status: 'Overdue',
      basis: 'VIP cadence 30 days (last contact 2026-10-14 12:00)',
      about: `cadence:${shanghai('2026-10-14T12:00')}`,
    });
  });

  it('turns Due Soon exactly 2 days ahead of the due time, not a minute before', () => {
    expect(plan({ tier: 'VIP' }, [touch('2026-10-26T12:00')]).status).toBe('Due Soon');
    expect(plan({ tier: 'VIP' }, [touch('2026-10-26T12:01')]).status).toBe('OK');
  });

  it('is the same follow-up, by its last contact, whatever the tier makes its due time', () => {
    const [regular, vip] = (['Regular', 'VIP'] as const).map((tier) => plan({ tier }, [fortyDaysAgo]));
    expect(regular!.nextFollowUp).not.toBe(vip!.nextFollowUp);
    expect(regular!.about).toBe(vip!.about);
  });

  it('leaves a Regular customer last contacted 40 days ago OK', () => {
    const result = plan({ tier: 'Regular' }, [fortyDaysAgo]);
    expect(result.status).toBe('OK');
    expect(result.nextFollowUp).toBe(shanghai('2027-01-13T12:00'));
  });

  it('treats a blank tier as Regular and counts from Created before any contact', () => {
    const result = plan({ tier: '', created: shanghai('2026-11-01T08:00') });
    expect(result.basis).toBe('Regular cadence 91 days (created 2026-11-01 08:00)');
  });

  it('plans nothing without a contact or a Created time', () => {
    expect(plan({ tier: 'VIP' })).toEqual({
      lastContact: null,
      nextFollowUp: null,
      status: '',
      basis: '',
      about: '',
    });
  });

  it('ignores interactions dated after now', () => {
    expect(plan({ tier: 'VIP' }, [fortyDaysAgo, touch('2026-11-30T10:00')]).lastContact).toBe(
      shanghai('2026-10-14T12:00'),
    );
  });

  it('counts an interaction logged for this very minute', () => {
    expect(plan({ tier: 'VIP' }, [fortyDaysAgo, touch('2026-11-23T12:00')]).lastContact).toBe(NOW);
  });
});

describe('first return visit', () => {
  const firstContact = shanghai('2026-11-20'); // a Friday

  it('falls 3 working days after First Contact', () => {
    expect(plan({ firstContact })).toMatchObject({
      nextFollowUp: shanghai('2026-11-25'),
      status: 'Due Soon',
      basis: 'first return visit (first contact 2026-11-20)',
    });
  });

  it('is not late until its day is over', () => {
    expect(plan({ firstContact }, [], shanghai('2026-11-25T17:00')).status).toBe('Due Soon');
    expect(plan({ firstContact }, [], shanghai('2026-11-26T00:00')).status).toBe('Overdue');
  });

  it('still stands after a touch on the First Contact day, not after one on a later day', () => {
    expect(plan({ firstContact }, [touch('2026-11-20T16:00')]).basis).toMatch(/^first return visit/);
    expect(plan({ firstContact }, [touch('2026-11-21T09:00')]).basis).toMatch(/^Regular cadence/);
  });
});

describe('first visit after signing', () => {
  const contractStart = shanghai('2026-10-01');

  it('falls 30 days after Contract Start until someone is in touch', () => {
    expect(plan({ contractStart }, [touch('2026-10-01T15:00')])).toMatchObject({
      nextFollowUp: shanghai('2026-10-31'),
      status: 'Overdue',
      basis: 'first visit after signing (contract start 2026-10-01)',
    });
    expect(plan({ contractStart }, [touch('2026-10-02T15:00')]).basis).toMatch(/^Regular cadence/);
  });

  it.each([
    ['America/New_York', '2026-10-15', '2026-11-14'],
    ['Europe/London', '2026-10-15', '2026-11-14'],
    ['Australia/Sydney', '2026-03-20', '2026-04-19'],
  ])(
    'in %s, from %s across the clocks going back, falls on %s and is not Overdue that day',
    (zone, start, due) => {
      const inZone: FollowUpCalendar = {
        ...calendar,
        wall: (ms) => wallFromInstant(ms, zone),
        addDays: (ms, days) => addCalendarDays(ms, days, zone),
        startOfDay: (ms) => instantFromWall(wallFromInstant(ms, zone).slice(0, 10), zone),
      };
      const now = instantFromWall(`${due}T17:00`, zone);
      const result = nextFollowUp(
        customer({ tier: 'Key', created: now - DAY_MS, contractStart: instantFromWall(start, zone) }),
        [],
        settings,
        now,
        inZone,
      );
      expect(result.basis).toMatch(/^first visit after signing/);
      expect(wallFromInstant(result.nextFollowUp!, zone)).toBe(`${due}T00:00`);
      expect(result.status).not.toBe('Overdue');
    },
  );
});

describe('next actions', () => {
  it("count only the latest interaction's: a later touch closes an earlier promise", () => {
    const touches = [
      touch('2026-11-02T10:00', '2026-11-05', 'Send the quote'),
      touch('2026-11-10T10:00', '2026-11-24', 'Demo for the IT lead'),
    ];
    expect(plan({ tier: 'VIP' }, touches)).toMatchObject({
      nextFollowUp: shanghai('2026-11-24'),
      status: 'Due Soon',
      basis: 'next action "Demo for the IT lead" (due 2026-11-24)',
    });
  });

  it('are due on their day, so an overdue hour the same day comes first', () => {
    const lastContact = touch('2026-10-24T10:00', '2026-11-23', 'Call back about pricing');
    expect(plan({ tier: 'VIP' }, [lastContact])).toMatchObject({
      nextFollowUp: shanghai('2026-11-23T10:00'),
      status: 'Overdue',
      basis: 'VIP cadence 30 days (last contact 2026-10-24 10:00)',
    });
  });
});

describe('churned customers', () => {
  it('get no follow-up, though their Last Contact still shows', () => {
    const result = plan({ status: 'Churned', tier: 'VIP' }, [touch('2026-10-14T12:00', '2026-10-20')]);
    expect(result).toEqual({
      lastContact: shanghai('2026-10-14T12:00'),
      nextFollowUp: null,
      status: '',
      basis: '',
      about: '',
    });
  });
});
