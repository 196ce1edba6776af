/**
 * A time typed for something that already happened (a ticket's Submitted, a survey's Responded)
 * cannot lie ahead: a year typed wrong would otherwise push every due time out of sight. A few
 * minutes' grace, because a person rounds up and a computer's clock may run a little fast.
 */
import { instantFromWall, MINUTE_MS } from './zone';

const GRACE_MS = 15 * MINUTE_MS;

export const isAheadOf = (instant: number, now: number): boolean => instant > now + GRACE_MS;

/** `wall`: 'YYYY-MM-DDTHH:MM' in `timeZone`, or '' (not typed: never ahead). */
export function isAhead(wall: string, now: number, timeZone: string): boolean {
  return wall !== '' && isAheadOf(instantFromWall(wall, timeZone), now);
}
