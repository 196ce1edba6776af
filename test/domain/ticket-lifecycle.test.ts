import { describe, expect, it } from 'vitest';
import {
  missingSolution,
  owesSolution,
  statusStamps,
  type TicketTimes,
} from '../../src/domain/ticket-lifecycle';
import type { TicketStatus } from '../../src/domain/values';
import { DAY_MS } from '../../src/domain/zone';

describe('a done ticket and its Solution', () => {
  const now = Date.UTC(2026, 10, 25, 18);

  it('is refused done without a Solution, and open without one is fine', () => {
    expect(missingSolution('Closed', '  ')).toMatch(/before setting Status to Closed/);
    expect(missingSolution('Resolved', 'Replaced the roller')).toBeNull();
    expect(missingSolution('In Progress', '')).toBeNull();
  });

  it('owes its Solution from a day after it was done, for a week', () => {
    const owes = (doneAgo: number | null, solution = '') =>
      owesSolution({ solution, resolvedAt: doneAgo === null ? null : now - doneAgo }, now);
    expect(owes(DAY_MS - 1)).toBe(false);
    expect(owes(DAY_MS)).toBe(true);
    expect(owes(8 * DAY_MS - 1)).toBe(true);
    expect(owes(8 * DAY_MS)).toBe(false);
    expect(owes(2 * DAY_MS, 'Cleared the paper path')).toBe(false);
    expect(owes(2 * DAY_MS, ' \n')).toBe(true);
    expect(owes(null)).toBe(false);
  });
});

describe('statusStamps', () => {
  const NOW = Date.UTC(2026, 10, 23, 3, 0);
  const HOUR = 3_600_000;
  const times = (over: Partial<TicketTimes>): TicketTimes => ({
    status: 'Acknowledged',
    acknowledged: NOW - 2 * HOUR,
    resolved: null,
    closed: null,
    waitingSince: null,
    pausedMinutes: 0,
    ...over,
  });
  const stamps = (over: Partial<TicketTimes>, next: TicketStatus) =>
    statusStamps(times(over), next, NOW, (from, to) => (to - from) / 60_000);

  it('stamps Last Update for a status typed into a cell, even one that was empty', () => {
    expect(stamps({}, 'In Progress')).toEqual({ lastUpdate: NOW });
    expect(stamps({ status: '' }, 'In Progress')).toEqual({ lastUpdate: NOW });
  });

  it('stamps nothing on a pasted row whose stamps show no change (a row moved by cut and paste)', () => {
    expect(stamps({ status: null }, 'In Progress')).toEqual({});
    // A pasted status the stamps contradict is a change: Acknowledged is stamped with it.
    expect(stamps({ status: null, acknowledged: null }, 'In Progress')).toEqual({
      lastUpdate: NOW,
      acknowledged: NOW,
    });
  });

  it('leaves a Paused Minutes that is not a number of minutes as typed (the hourly job flags it)', () => {
    const waited = { status: 'Waiting on Customer' as const, waitingSince: NOW - HOUR };
    for (const pausedMinutes of [Number.NaN, -5, 2025550123]) {
      expect(stamps({ ...waited, pausedMinutes }, 'In Progress')).toEqual({
        lastUpdate: NOW,
        waitingSince: null,
      });
    }
    expect(stamps({ ...waited, pausedMinutes: 30 }, 'In Progress')).toMatchObject({ pausedMinutes: 90 });
  });

  it('takes nothing off Paused Minutes for a wait typed a few minutes ahead of the clock', () => {
    const ahead = {
      status: 'Waiting on Customer' as const,
      waitingSince: NOW + 10 * 60_000,
      pausedMinutes: 30,
    };
    expect(stamps(ahead, 'In Progress')).toEqual({ lastUpdate: NOW, waitingSince: null, pausedMinutes: 30 });
  });

  it('acknowledges a New ticket resolved or closed straight away, with the time it was done', () => {
    const fresh = { status: 'New' as const, acknowledged: null };
    expect(stamps(fresh, 'Resolved')).toEqual({ lastUpdate: NOW, acknowledged: NOW, resolved: NOW });
    expect(stamps(fresh, 'Closed')).toEqual({
      lastUpdate: NOW,
      acknowledged: NOW,
      resolved: NOW,
      closed: NOW,
    });
  });

  it('keeps a Waiting Since typed before the Status', () => {
    const asked = NOW - HOUR;
    expect(stamps({ waitingSince: asked }, 'Waiting on Customer')).toEqual({ lastUpdate: NOW });
    expect(stamps({}, 'Waiting on Customer')).toEqual({ lastUpdate: NOW, waitingSince: NOW });
  });

  it('acknowledges a new row whose Waiting Since was typed before its first Status, keeping the wait', () => {
    const asked = NOW - HOUR;
    const fresh = { status: '' as const, acknowledged: null, waitingSince: asked };
    expect(stamps(fresh, 'Waiting on Customer')).toEqual({ lastUpdate: NOW, acknowledged: NOW });
    // Pasted (no old value): the stamps already say it waits, and nothing is known to have changed.
    expect(stamps({ ...fresh, status: null, acknowledged: NOW - HOUR }, 'Waiting on Customer')).toEqual({});
  });
});

describe('a reopened ticket', () => {
  const RESOLVED = Date.UTC(2026, 10, 23, 2, 0);
  const NOW = RESOLVED + 2 * DAY_MS;
  const minutes = (from: number, to: number) => (to - from) / 60_000;
  const done: TicketTimes = {
    status: 'Resolved',
    acknowledged: RESOLVED - DAY_MS,
    resolved: RESOLVED,
    closed: null,
    waitingSince: null,
    pausedMinutes: 30,
  };

  it('adds the time it sat done to Paused Minutes, so its resolve clock runs on from where it stood', () => {
    expect(statusStamps(done, 'In Progress', NOW, minutes)).toEqual({
      lastUpdate: NOW,
      resolved: null,
      pausedMinutes: 30 + 2 * 24 * 60,
    });
  });

  it('counts from Resolved when it was also Closed, and from Closed when Resolved is empty', () => {
    const closed = { ...done, status: 'Closed' as const, closed: RESOLVED + DAY_MS };
    expect(statusStamps(closed, 'Waiting on Customer', NOW, minutes)).toMatchObject({
      pausedMinutes: 30 + 2 * 24 * 60,
      waitingSince: NOW,
    });
    expect(statusStamps({ ...closed, resolved: null }, 'In Progress', NOW, minutes)).toMatchObject({
      pausedMinutes: 30 + 24 * 60,
    });
  });

  it('counts the time done for a pasted Status whose row was stamped done', () => {
    expect(statusStamps({ ...done, status: null }, 'In Progress', NOW, minutes)).toMatchObject({
      pausedMinutes: 30 + 2 * 24 * 60,
    });
  });

  it('adds nothing when a done ticket stays done', () => {
    expect(statusStamps(done, 'Closed', NOW, minutes)).toEqual({ lastUpdate: NOW, closed: NOW });
  });

  it('clears Closed when a Closed ticket goes back to Resolved, so closing it for real stamps the real time', () => {
    const closedByMistake = { ...done, status: 'Closed' as const, closed: RESOLVED + DAY_MS };
    const back = statusStamps(closedByMistake, 'Resolved', NOW, minutes);
    expect(back).toEqual({ lastUpdate: NOW, closed: null });
    const later = NOW + DAY_MS;
    expect(
      statusStamps({ ...closedByMistake, ...back, status: 'Resolved' }, 'Closed', later, minutes),
    ).toEqual({
      lastUpdate: later,
      closed: later,
    });
  });

  it('keeps Closed on a pasted Resolved whose row was stamped Closed: it was pasted as it stood', () => {
    expect(
      statusStamps({ ...done, status: null, closed: RESOLVED + DAY_MS }, 'Resolved', NOW, minutes),
    ).toEqual({});
  });

  it('keeps Closed when it is the only time the row says the ticket was done', () => {
    const closedOnly = { ...done, status: 'Closed' as const, resolved: null, closed: RESOLVED };
    expect(statusStamps(closedOnly, 'Resolved', NOW, minutes)).toEqual({ lastUpdate: NOW, resolved: NOW });
  });
});
