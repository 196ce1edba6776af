/** The note on a due-time cell, so a manager can check the arithmetic by hand. */
import type { DueExplanation } from './sla';

const TARGET_NAMES = {
  ack: 'Acknowledge',
  plan: 'Initial plan',
  update: 'Progress update',
  resolve: 'Resolve',
} as const;

export function dueNote(target: keyof typeof TARGET_NAMES, e: DueExplanation): string {
  const used = e.usedMinutes === null ? 'time used unknown' : `${Math.round(e.usedMinutes)} min used so far`;
  const paused =
    e.pausedMinutes > 0
      ? `, due pushed out by ${Math.round(e.pausedMinutes)} min waiting on the customer`
      : '';
  return `${TARGET_NAMES[target]}: target ${e.targetMinutes} min on ${e.calendar}; ${used}${paused}.`;
}
