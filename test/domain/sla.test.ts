import { describe, expect, it } from 'vitest';
import { businessCalendar } from '../../src/domain/calendar';
import { departmentFor } from '../../src/domain/routing';
import { type TicketSla, ticketSla } from '../../src/domain/sla';
import { dueNote } from '../../src/domain/sla-note';
import { DEFAULT_SLA_POLICY, type SlaPolicy, slaPolicySchema } from '../../src/domain/sla-policy';
import type { SlaTicketRow } from '../../src/domain/sla-ticket';
import { instantFromWall, wallFromInstant } from '../../src/domain/zone';

// A fixed clock in Asia/Shanghai; the process runs in Pacific/Auckland. 2026-11-23 is a Monday.
const ZONE = 'Asia/Shanghai';
const calendar = businessCalendar({ timeZone: ZONE });
const at = (wall: string) => instantFromWall(wall, ZONE);
const wall = (ms: number | null) => (ms === null ? null : wallFromInstant(ms, ZONE));

const row = (fields: Partial<SlaTicketRow>): SlaTicketRow => ({
  submitted: at('2026-11-23T09:00'),
  status: 'New',
  level: 'Regular',
  pausedMinutes: null,
  ...fields,
});

function sla(
  fields: Partial<SlaTicketRow>,
  now: string,
  tier = 'Regular',
  policy = DEFAULT_SLA_POLICY,
  clock = calendar,
): TicketSla {
  const outcome = ticketSla(row(fields), { calendar: clock, tier, policy, now: at(now) });
  if (!outcome.ok) throw new Error(outcome.problems.join('; '));
  return outcome.value;
}

const dues = (s: TicketSla) => ({
  ack: wall(s.ackDue),
  plan: wall(s.planDue),
  update: wall(s.updateDue),
  resolve: wall(s.resolveDue),
});

describe('due times', () => {
  it('carries a Regular ticket submitted Friday 17:00 over the weekend', () => {
    const s = sla({ submitted: at('2026-11-20T17:00') }, '2026-11-20T17:10');
    expect(dues(s)).toEqual({
      ack: '2026-11-20T17:30',
      plan: null,
      update: '2026-11-23T12:00',
      resolve: '2026-11-23T12:00',
    });
    expect(s).toMatchObject({ slaStatus: 'On Track', breaches: [] });
  });

  it('runs a VIP customer’s ticket 7x24', () => {
    const s = sla({ submitted: at('2026-11-20T17:00') }, '2026-11-20T17:10', 'VIP');
    expect(dues(s)).toEqual({
      ack: '2026-11-20T17:30',
      plan: null,
      update: '2026-11-20T21:00',
      resolve: '2026-11-20T21:00',
    });
    expect(s.explanations.resolve.calendar).toBe('7x24');
  });

  it('gives each level its targets, and a plan only to Major and Critical', () => {
    const byLevel = (level: string) => dues(sla({ level }, '2026-11-23T09:00'));
    expect(byLevel('Complex')).toMatchObject({
      ack: '2026-11-23T09:30',
      plan: null,
      resolve: '2026-11-25T15:00',
    });
    expect(byLevel('Major')).toMatchObject({ ack: '2026-11-23T09:30', plan: '2026-11-23T11:00' });
    expect(byLevel('Critical')).toMatchObject({ ack: '2026-11-23T09:15', plan: '2026-11-23T11:00' });
    expect(byLevel('')).toEqual(byLevel('Regular'));
  });

  it('takes every number from the policy it is given', () => {
    const policy: SlaPolicy = {
      ...DEFAULT_SLA_POLICY,
      targets: { ...DEFAULT_SLA_POLICY.targets, Regular: { ack: 60, plan: 90, resolve: 120 } },
      updateMinutes: 60,
    };
    expect(dues(sla({}, '2026-11-23T09:00', 'Key', policy))).toEqual({
      ack: '2026-11-23T10:00',
      plan: '2026-11-23T10:30',
      update: '2026-11-23T10:00',
      resolve: '2026-11-23T11:00',
    });
  });

  it('counts the next update from the latest of submitted, acknowledged and last update; none once resolved', () => {
    const acked = { status: 'In Progress', acknowledged: at('2026-11-23T09:05') };
    expect(wall(sla(acked, '2026-11-23T10:00').updateDue)).toBe('2026-11-23T13:05');
    expect(wall(sla({ ...acked, lastUpdate: at('2026-11-23T11:00') }, '2026-11-23T12:00').updateDue)).toBe(
      '2026-11-23T15:00',
    );
    const resolved = { ...acked, status: 'Resolved', resolved: at('2026-11-23T12:00') };
    expect(sla(resolved, '2026-11-23T12:00').updateDue).toBeNull();
  });
});

describe('the clock stops while Waiting on Customer', () => {
  const waiting = {
    status: 'Waiting on Customer',
    acknowledged: at('2026-11-23T09:10'),
    waitingSince: at('2026-11-23T10:00'),
    lastUpdate: at('2026-11-23T10:00'),
  };

  it('moves Resolve Due by the two business hours waited so far', () => {
    expect(wall(sla({}, '2026-11-23T12:00').resolveDue)).toBe('2026-11-23T13:00');
    expect(wall(sla(waiting, '2026-11-23T12:00').resolveDue)).toBe('2026-11-23T15:00');
  });

  it('keeps Resolve Due where it was when the wait ends and becomes Paused Minutes', () => {
    const resumed = { ...waiting, status: 'In Progress', waitingSince: null, pausedMinutes: 120 };
    expect(wall(sla(resumed, '2026-11-23T12:00').resolveDue)).toBe('2026-11-23T15:00');
  });

  it('counts a wait overnight in business minutes, or plain minutes for a VIP', () => {
    const overnight = {
      ...waiting,
      waitingSince: at('2026-11-23T17:00'),
      lastUpdate: at('2026-11-23T17:00'),
    };
    // The due time is where it would be had the wait ended now and become Paused Minutes.
    const ended = (minutes: number) => ({
      ...overnight,
      status: 'In Progress',
      waitingSince: null,
      pausedMinutes: minutes,
    });
    const due = (ticket: object, tier?: string) => sla(ticket, '2026-11-24T10:00', tier).resolveDue;
    expect(due(overnight)).toBe(due(ended(120)));
    expect(due(overnight, 'VIP')).toBe(due(ended(17 * 60), 'VIP'));
  });

  it('stops the initial plan clock too, for a Major ticket sent to wait as it is acknowledged', () => {
    const asked = { ...waiting, level: 'Major', acknowledged: at('2026-11-23T09:05') };
    const s = sla(
      { ...asked, waitingSince: at('2026-11-23T09:05'), lastUpdate: at('2026-11-23T09:05') },
      '2026-11-23T15:00',
    );
    expect(s).toMatchObject({ breaches: [], slaStatus: 'On Track' });
    // Five minutes of its two hours used before the wait: due 1 h 55 min after the wait ends.
    expect(s.explanations.plan).toMatchObject({
      usedMinutes: 5,
      pausedMinutes: 0,
      waitingSince: at('2026-11-23T09:05'),
    });
    const resumed = { ...asked, status: 'In Progress', waitingSince: null, pausedMinutes: 355 };
    expect(wall(sla({ ...resumed, lastUpdate: at('2026-11-23T09:05') }, '2026-11-23T15:00').planDue)).toBe(
      '2026-11-23T16:55',
    );
  });

  it('owes the customer no update while waiting on them', () => {
    const s = sla({ ...waiting, level: 'Complex' }, '2026-11-24T17:00');
    expect(s).toMatchObject({ breaches: [], slaStatus: 'On Track' });
    expect(s.updateDue).toBeGreaterThan(at('2026-11-24T17:00'));
  });

  it('explains the due time for the cell note', () => {
    const { resolve } = sla(waiting, '2026-11-23T12:00').explanations;
    expect(resolve).toEqual({
      targetMinutes: 240,
      calendar: 'business hours Mon-Fri 09:00-18:00 Asia/Shanghai',
      usedMinutes: 60,
      pausedMinutes: 0,
      waitingSince: at('2026-11-23T10:00'),
    });
    const note = (ticket: object, now: string) =>
      dueNote('resolve', sla(ticket, now).explanations.resolve, at(now), ZONE);
    const waitingNote =
      'Resolve: target 240 min on business hours Mon-Fri 09:00-18:00 Asia/Shanghai; 60 min used by 2026-11-23 10:00; ' +
      'waiting on the customer since 2026-11-23 10:00: the clock stands still and the due time moves on with the wait.';
    expect(note(waiting, '2026-11-23T12:00')).toBe(waitingNote);
    // The note stays true, word for word, while the wait goes on and the due time moves.
    expect(note(waiting, '2026-11-24T16:00')).toBe(waitingNote);
    const resumed = { ...waiting, status: 'In Progress', waitingSince: null, pausedMinutes: 120 };
    expect(note(resumed, '2026-11-23T12:00')).toBe(
      'Resolve: target 240 min on business hours Mon-Fri 09:00-18:00 Asia/Shanghai; 60 min used by 2026-11-23 12:00, ' +
        'due pushed out by 120 min waiting on the customer.',
    );
    expect(note({ ...waiting, pausedMinutes: 30 }, '2026-11-23T12:00')).toMatch(
      /; 30 min used by 2026-11-23 10:00, due pushed out by 30 min of earlier waits on the customer; waiting on the customer since/,
    );
  });
});

describe('breaches', () => {
  const lateAck = { status: 'In Progress', acknowledged: at('2026-11-23T09:45') };

  it('counts a late acknowledgement as a breach', () => {
    expect(sla(lateAck, '2026-11-23T10:00')).toMatchObject({ breaches: ['ack'], slaStatus: 'Breached' });
  });

  it('keeps a recorded breach after the ticket is closed', () => {
    const closed = {
      ...lateAck,
      status: 'Closed',
      lastUpdate: at('2026-11-23T11:30'),
      resolved: at('2026-11-23T11:00'),
      closed: at('2026-11-23T11:30'),
      breaches: ['ack'] as const,
    };
    expect(sla(closed, '2026-11-30T10:00')).toMatchObject({ breaches: ['ack'], slaStatus: 'Breached' });
    const onTime = { ...closed, acknowledged: at('2026-11-23T09:20'), breaches: ['update'] as const };
    expect(sla(onTime, '2026-11-30T10:00')).toMatchObject({ breaches: ['update'], slaStatus: 'Breached' });
  });

  it('lists each breach once, in the order ack, plan, update, resolve', () => {
    const s = sla({ ...lateAck, breaches: ['resolve', 'ack', 'resolve'] }, '2026-11-23T10:00');
    expect(s.breaches).toEqual(['ack', 'resolve']);
  });

  it('counts a target still open past its due as missed now, not at its due', () => {
    expect(sla({}, '2026-11-23T09:30').breaches).toEqual([]);
    expect(sla({}, '2026-11-23T09:31').breaches).toEqual(['ack']);
  });

  it('counts a missed update and a missed resolution', () => {
    const working = {
      status: 'In Progress',
      acknowledged: at('2026-11-23T09:05'),
      lastUpdate: at('2026-11-23T09:05'),
    };
    expect(sla({ ...working, level: 'Complex' }, '2026-11-23T13:06').breaches).toEqual(['update']);
    expect(sla({ ...working, lastUpdate: at('2026-11-23T12:00') }, '2026-11-23T13:01').breaches).toEqual([
      'resolve',
    ]);
    const lateResolve = { ...working, status: 'Resolved', resolved: at('2026-11-23T13:30') };
    expect(sla(lateResolve, '2026-11-23T14:00')).toMatchObject({
      breaches: ['resolve'],
      slaStatus: 'Breached',
    });
  });

  it('counts a plan missing at its due; an update after the acknowledgement is the plan', () => {
    const major = { level: 'Major', status: 'Acknowledged', acknowledged: at('2026-11-23T09:10') };
    const noPlan = { ...major, lastUpdate: at('2026-11-23T09:10') };
    expect(sla(noPlan, '2026-11-23T11:01').breaches).toEqual(['plan']);
    expect(sla({ ...major, lastUpdate: at('2026-11-23T10:30') }, '2026-11-23T11:01').breaches).toEqual([]);
  });

  it('does not judge a target met at a time the row does not hold', () => {
    const s = sla({ status: 'In Progress', lastUpdate: at('2026-11-23T10:00') }, '2026-11-23T10:30');
    expect(s.breaches).toEqual([]);
    expect(s.explanations.ack.usedMinutes).toBeNull();
    expect(dueNote('ack', s.explanations.ack, at('2026-11-23T10:30'), ZONE)).toBe(
      'Acknowledge: target 30 min on business hours Mon-Fri 09:00-18:00 Asia/Shanghai; time used unknown.',
    );
  });
});

describe('a target due at a closing time', () => {
  // Friday 2026-11-20 18:00 is a close; the next opening is Monday 09:00. No business time passes
  // between the two, so a target due at the close and met at the opening is met.
  const friday = (time: string) => at(`2026-11-20T${time}`);

  it('counts an acknowledgement at the next opening as met, a minute later as missed', () => {
    const ackedAt = (wall: string) => ({ status: 'Acknowledged', acknowledged: at(wall) });
    const submitted = friday('17:30');
    expect(wall(sla({ submitted }, '2026-11-20T17:40').ackDue)).toBe('2026-11-20T18:00');
    expect(sla({ submitted, ...ackedAt('2026-11-23T09:00') }, '2026-11-23T09:30').breaches).toEqual([]);
    expect(sla({ submitted, ...ackedAt('2026-11-23T09:01') }, '2026-11-23T09:30').breaches).toEqual(['ack']);
  });

  it('leaves a pending target unmissed until business time passes its due', () => {
    const submitted = friday('17:30');
    expect(sla({ submitted }, '2026-11-21T12:00').breaches).toEqual([]);
    expect(sla({ submitted }, '2026-11-23T09:00').breaches).toEqual([]);
    expect(sla({ submitted }, '2026-11-23T09:01').breaches).toEqual(['ack']);
  });

  it('judges the plan, the update and the resolution the same way', () => {
    // A Major ticket's plan is due two hours after 16:00; an update four hours after 14:00; a
    // Regular ticket's resolution four hours after 14:00: each at the 18:00 close.
    const noPlanYet = { level: 'Major', submitted: friday('16:00'), status: 'In Progress' };
    const major = { ...noPlanYet, acknowledged: friday('16:10'), lastUpdate: friday('16:10') };
    expect(wall(sla(major, '2026-11-20T16:20').planDue)).toBe('2026-11-20T18:00');
    expect(sla(major, '2026-11-22T12:00').breaches).toEqual([]);
    const complex = { level: 'Complex', submitted: friday('14:00'), status: 'In Progress' };
    const updated = { ...complex, acknowledged: friday('14:00'), lastUpdate: friday('14:00') };
    expect(wall(sla(updated, '2026-11-20T14:20').updateDue)).toBe('2026-11-20T18:00');
    expect(sla(updated, '2026-11-22T12:00').breaches).toEqual([]);
    const resolved = {
      submitted: friday('14:00'),
      status: 'Resolved',
      acknowledged: friday('14:10'),
      resolved: at('2026-11-23T09:00'),
    };
    expect(wall(sla(resolved, '2026-11-23T10:00').resolveDue)).toBe('2026-11-20T18:00');
    expect(sla(resolved, '2026-11-23T10:00')).toMatchObject({ breaches: [], slaStatus: 'Met' });
  });

  it('counts a close moved by Changed hours and a holiday after it the same way', () => {
    // Thursday 2026-12-24 closes at 13:00; Friday 25 is a holiday; the next opening is Monday 28.
    const christmas = businessCalendar({
      timeZone: ZONE,
      holidays: ['2026-12-25'],
      changedHours: [{ date: '2026-12-24', hours: { start: 9 * 60, end: 13 * 60 } }],
    });
    const ticket = (acknowledged: string) => ({
      submitted: at('2026-12-24T12:30'),
      status: 'Acknowledged',
      acknowledged: at(acknowledged),
    });
    const judged = (acknowledged: string) =>
      sla(ticket(acknowledged), '2026-12-28T10:00', 'Regular', DEFAULT_SLA_POLICY, christmas);
    expect(wall(judged('2026-12-28T09:00').ackDue)).toBe('2026-12-24T13:00');
    expect(judged('2026-12-28T09:00').breaches).toEqual([]);
    expect(judged('2026-12-28T09:01').breaches).toEqual(['ack']);
  });
});

describe('status', () => {
  it('turns At Risk under 25% of a pending target’s time left', () => {
    expect(sla({}, '2026-11-23T09:22').slaStatus).toBe('On Track'); // 8 of 30 min left
    expect(sla({}, '2026-11-23T09:23').slaStatus).toBe('At Risk'); // 7 of 30
    const working = {
      status: 'In Progress',
      acknowledged: at('2026-11-23T09:05'),
      lastUpdate: at('2026-11-23T11:30'),
    };
    expect(sla(working, '2026-11-23T12:00').slaStatus).toBe('On Track'); // 60 of 240: not under a quarter
    expect(sla(working, '2026-11-23T12:01').slaStatus).toBe('At Risk');
  });

  it('measures time left in business minutes', () => {
    // Due Monday 09:05: at 17:59 on Friday that is 6 business minutes away, though 63 hours.
    const s = sla({ submitted: at('2026-11-20T17:35') }, '2026-11-20T17:59');
    expect(wall(s.ackDue)).toBe('2026-11-23T09:05');
    expect(s.slaStatus).toBe('At Risk');
  });

  it('takes the At Risk share from the policy', () => {
    const policy = { ...DEFAULT_SLA_POLICY, atRiskShare: 0.5 };
    expect(sla({}, '2026-11-23T09:15', 'Regular', policy).slaStatus).toBe('On Track');
    expect(sla({}, '2026-11-23T09:16', 'Regular', policy).slaStatus).toBe('At Risk');
  });

  it('is Met once resolved in time, whatever the clock says later', () => {
    const resolved = {
      status: 'Resolved',
      acknowledged: at('2026-11-23T09:05'),
      resolved: at('2026-11-23T12:00'),
    };
    expect(sla(resolved, '2026-12-01T09:00')).toMatchObject({ slaStatus: 'Met', breaches: [] });
  });

  it('judges the resolution by Resolved, not by a Closed stamped days later', () => {
    const closedLater = {
      status: 'Closed',
      acknowledged: at('2026-11-23T09:05'),
      resolved: at('2026-11-23T12:00'),
      closed: at('2026-11-25T10:00'),
    };
    expect(sla(closedLater, '2026-12-01T09:00')).toMatchObject({ slaStatus: 'Met', breaches: [] });
  });
});

describe('rows that cannot be judged', () => {
  const problems = (fields: Partial<SlaTicketRow>) => {
    const outcome = ticketSla(row(fields), {
      calendar,
      tier: 'Regular',
      policy: DEFAULT_SLA_POLICY,
      now: at('2026-11-23T10:00'),
    });
    return outcome.ok ? [] : outcome.problems;
  };

  it('names a Submitted that is not a date, or is empty', () => {
    expect(problems({ submitted: Number.NaN })).toEqual(['Submitted is not a date']);
    expect(problems({ submitted: null })).toEqual(['Submitted is empty']);
  });

  it('names a Paused Minutes that is text, or too large to be minutes, rather than counting it', () => {
    expect(problems({ pausedMinutes: Number.NaN })).toEqual(['Paused Minutes is not a number']);
    // A phone number pasted into the cell: named, not walked day by day for 3,800 years.
    expect(problems({ pausedMinutes: 2025550123 })).toEqual([
      'Paused Minutes is 2025550123, more than 10 years of minutes',
    ]);
    expect(problems({ pausedMinutes: 10 * 365 * 24 * 60 })).toEqual([]);
    // Ten years of leap years is still minutes; one more is not.
    expect(problems({ pausedMinutes: 10 * 366 * 24 * 60 })).toEqual([]);
    expect(problems({ pausedMinutes: 10 * 366 * 24 * 60 + 1 })).toEqual([
      `Paused Minutes is ${10 * 366 * 24 * 60 + 1}, more than 10 years of minutes`,
    ]);
  });

  it('names a time after Submitted that is in the future rather than recording a breach for good', () => {
    const typo = at('2062-11-23T10:00');
    expect(problems({ status: 'Acknowledged', acknowledged: typo })).toEqual([
      'Acknowledged is in the future',
    ]);
    expect(problems({ status: 'Resolved', acknowledged: at('2026-11-23T09:10'), resolved: typo })).toEqual([
      'Resolved is in the future',
    ]);
    expect(problems({ status: 'Closed', closed: typo })).toEqual(['Closed is in the future']);
    // A Last Update ahead would hide a missed update; a Waiting Since ahead, time owed to the clock.
    expect(
      problems({ status: 'In Progress', acknowledged: at('2026-11-23T09:10'), lastUpdate: typo }),
    ).toEqual(['Last Update is in the future']);
    expect(problems({ status: 'Waiting on Customer', waitingSince: typo })).toEqual([
      'Waiting Since is in the future',
    ]);
    // A few minutes ahead is a clock a little fast, not a mistake.
    expect(problems({ status: 'Acknowledged', acknowledged: at('2026-11-23T10:10') })).toEqual([]);
    // Up to 15 minutes ahead, not a minute more.
    expect(problems({ status: 'Acknowledged', acknowledged: at('2026-11-23T10:15') })).toEqual([]);
    expect(problems({ status: 'Acknowledged', acknowledged: at('2026-11-23T10:16') })).toEqual([
      'Acknowledged is in the future',
    ]);
  });

  it('names every problem of a row at once', () => {
    expect(
      problems({
        acknowledged: Number.NaN,
        resolved: at('2026-11-22T10:00'),
        status: 'Done',
        level: 'P0',
        pausedMinutes: -5,
      }),
    ).toEqual([
      'Acknowledged is not a date',
      'Resolved is before Submitted',
      'Status is "Done", not one of New, Acknowledged, In Progress, Waiting on Customer, Resolved, Closed',
      'Level is "P0", not one of Regular, Complex, Major, Critical',
      'Paused Minutes is "-5", not a number of minutes',
    ]);
  });
});

describe('the SLA policy', () => {
  it('has DESIGN.md’s defaults, valid under its own schema', () => {
    expect(slaPolicySchema.parse(DEFAULT_SLA_POLICY)).toEqual(DEFAULT_SLA_POLICY);
    expect(DEFAULT_SLA_POLICY.targets.Critical).toEqual({ ack: 15, plan: 120, resolve: 1440 });
  });

  it('rejects a policy with a level missing, a zero target or a share of 100%', () => {
    const { Critical: _, ...threeLevels } = DEFAULT_SLA_POLICY.targets;
    expect(slaPolicySchema.safeParse({ ...DEFAULT_SLA_POLICY, targets: threeLevels }).success).toBe(false);
    const zeroAck = { ...DEFAULT_SLA_POLICY.targets, Regular: { ack: 0, plan: null, resolve: 240 } };
    expect(slaPolicySchema.safeParse({ ...DEFAULT_SLA_POLICY, targets: zeroAck }).success).toBe(false);
    expect(slaPolicySchema.safeParse({ ...DEFAULT_SLA_POLICY, atRiskShare: 1 }).success).toBe(false);
  });
});

describe('departmentFor', () => {
  it('routes inquiries to Sales, technical problems to Technical Support, complaints to the supervisor', () => {
    expect(departmentFor('Inquiry')).toBe('Sales');
    expect(departmentFor('Technical')).toBe('Technical Support');
    expect(departmentFor('Complaint')).toBe('Service Supervisor');
  });
});
