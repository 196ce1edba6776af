/** The note on a due-time cell: which target, how long, on which clock, and how much is used. */
import type { DueExplanation } from './sla';
import type { SlaTarget } from './values';

const TARGET_NAMES: Readonly<Record<SlaTarget, string>> = {
  ack: 'Acknowledge',
  plan: 'Initial plan',
  update: 'Progress update',
  resolve: 'Resolve',
};

/** "Resolve within 240 min, business hours Mon-Fri 09:00-18:00 Asia/Shanghai: 75 min used, 30 min paused." */
export function dueNote(target: SlaTarget, explanation: DueExplanation): string {
  const { targetMinutes, calendar, usedMinutes, pausedMinutes } = explanation;
  const used = usedMinutes === null ? 'met' : `${Math.round(usedMinutes)} min used`;
  const paused = pausedMinutes > 0 ? `, ${Math.round(pausedMinutes)} min paused` : '';
  return `${TARGET_NAMES[target]} within ${targetMinutes} min, ${calendar}: ${used}${paused}.`;
}
