/**
 * The note on a due-time cell, so a manager can check the arithmetic by hand. The minutes used
 * are stated with the time they were counted, so the note stays true while the clock runs on and
 * is rewritten only when its due time moves or the SLA settings change.
 */
import type { DueExplanation } from './sla';
import { wallFromInstant } from './zone';

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
  const at = wallFromInstant(countedAt, timeZone).replace('T', ' ');
  const used =
    e.usedMinutes === null ? 'time used unknown' : `${Math.round(e.usedMinutes)} min used by ${at}`;
  const paused =
    e.pausedMinutes > 0
      ? `, due pushed out by ${Math.round(e.pausedMinutes)} min waiting on the customer`
      : '';
  return `${TARGET_NAMES[target]}: target ${e.targetMinutes} min on ${e.calendar}; ${used}${paused}.`;
}
