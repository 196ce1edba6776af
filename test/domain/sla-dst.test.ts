/**
 * Due times for a business in a zone with daylight saving (America/New_York): the business clock
 * keeps its wall-clock hours across the change and a holiday on either side of it; a VIP's 7x24
 * clock counts the real hours, so its due time reads an hour off on the wall clock.
 */
import { describe, expect, it } from 'vitest';
import { businessCalendar } from '../../src/domain/calendar';
import { type TicketSla, ticketSla } from '../../src/domain/sla';
import { DEFAULT_SLA_POLICY } from '../../src/domain/sla-policy';
import type { SlaTicketRow } from '../../src/domain/sla-ticket';
import { instantFromWall, wallFromInstant } from '../../src/domain/zone';

const NY = 'America/New_York';
const at = (wall: string) => instantFromWall(wall, NY);
const wall = (ms: number | null) => (ms === null ? null : wallFromInstant(ms, NY));

function sla(
  submitted: string,
  now: string,
  tier: string,
  holidays: string[] = [],
  level = 'Regular',
): TicketSla {
  const row: SlaTicketRow = { submitted: at(submitted), status: 'New', level, pausedMinutes: null };
  const calendar = businessCalendar({ timeZone: NY, holidays });
  const outcome = ticketSla(row, { calendar, tier, policy: DEFAULT_SLA_POLICY, now: at(now) });
  if (!outcome.ok) throw new Error(outcome.problems.join('; '));
  return outcome.value;
}

describe('SLA clocks across a daylight-saving change', () => {
  it('keeps business hours local over the spring change with a holiday on the Monday after', () => {
    // Friday 2026-03-06 16:00; the clocks go forward on Sunday 03-08; Monday 03-09 is a holiday.
    const s = sla('2026-03-06T16:00', '2026-03-06T16:05', 'Regular', ['2026-03-09']);
    expect(wall(s.ackDue)).toBe('2026-03-06T16:30');
    expect(wall(s.resolveDue)).toBe('2026-03-10T11:00');
  });

  it('keeps business hours local over the autumn change with a holiday on the Friday before', () => {
    const s = sla('2026-10-29T17:00', '2026-10-29T17:05', 'Regular', ['2026-10-30']);
    expect(wall(s.resolveDue)).toBe('2026-11-02T12:00');
  });

  it('counts a ticket submitted on the change night from Monday’s opening', () => {
    const s = sla('2026-03-08T02:30', '2026-03-08T03:10', 'Regular');
    expect(wall(s.ackDue)).toBe('2026-03-09T09:30');
    expect(s.slaStatus).toBe('On Track');
    const fall = sla('2026-11-01T01:30', '2026-11-01T01:40', 'Regular');
    expect(wall(fall.ackDue)).toBe('2026-11-02T09:30');
    expect(wall(fall.resolveDue)).toBe('2026-11-02T13:00');
  });

  it('counts real hours for a VIP 7x24 clock over the change', () => {
    const spring = sla('2026-03-07T23:00', '2026-03-07T23:05', 'VIP', [], 'Complex');
    // 24 real hours after 23:00 EST is 00:00 EDT two days on the calendar... less one wall hour.
    expect(wall(spring.resolveDue)).toBe('2026-03-09T00:00');
    const fall = sla('2026-10-31T23:00', '2026-10-31T23:05', 'VIP', [], 'Complex');
    expect(wall(fall.resolveDue)).toBe('2026-11-01T22:00');
    expect(wall(fall.ackDue)).toBe('2026-10-31T23:30');
    const overChange = sla('2026-11-01T00:00', '2026-11-01T00:05', 'VIP');
    expect(wall(overChange.resolveDue)).toBe('2026-11-01T03:00');
  });
});
