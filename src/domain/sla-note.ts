/**
 * The note on a due-time cell, so a manager can check the arithmetic by hand. The minutes used
 * are stated with the time they were counted, and a wait on the customer by when it began, so the
 * note stays true while the clock runs on or stands still, and is rewritten only when what it
 * states changes (a new stamp, the end of a wait, a change of SLA settings).
 */
import type { DueExplanation } from './sla';
import { wallText } from './zone';

const TARGET_NAMES = {
  ack: 'Acknowledge',
  plan: 'Initial plan',
  update: 'Progress update',
  resolve: 'Resolve',
} as const;

export function dueNote(
  target: keyof typeof TARGET_NAMES,
  e: DueExplanation,
  countedAt: number,
  timeZone: string,
): string {
  const wall = (at: number) => wallText(at, timeZone);
  // While it waits, the minutes used stopped growing when the wait began.
  const at = wall(e.waitingSince ?? countedAt);
  const used =
    e.usedMinutes === null ? 'time used unknown' : `${Math.round(e.usedMinutes)} min used by ${at}`;
  const paused =
    e.pausedMinutes > 0
      ? `, due pushed out by ${Math.round(e.pausedMinutes)} min ${e.waitingSince === null ? 'waiting' : 'of earlier waits'} on the customer`
      : '';
  const waiting =
    e.waitingSince === null
      ? ''
      : `; waiting on the customer since ${at}: the clock stands still and the due time moves on with the wait`;
  return `${TARGET_NAMES[target]}: target ${e.targetMinutes} min on ${e.calendar}; ${used}${paused}${waiting}.`;
}
