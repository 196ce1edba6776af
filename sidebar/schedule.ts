/**
 * Apps Script mails nobody when a trigger fails, so the sidebar says whether the hourly schedule
 * is running, who installed it (it runs as them and stops if they lose access), and its warning.
 */
import type { ScheduleStatus } from '../src/api/contract';
import { wallFromInstant } from '../src/domain/zone';
import { h } from './dom';
import { showWall } from './wall';

export function renderSchedule(target: HTMLElement, s: ScheduleStatus, timeZone: string): void {
  // The server sends instants (ISO); people read times in the spreadsheet's zone.
  const when = (iso: string) => {
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? iso : showWall(wallFromInstant(ms, timeZone));
  };
  const facts = [
    s.installedBy
      ? `Schedule installed by ${s.installedBy}${s.installedAt ? ` on ${when(s.installedAt)}` : ''}.`
      : '',
    s.lastRun ? `Last run ${when(s.lastRun)}.` : 'No run yet.',
  ].filter(Boolean);
  const warning = s.warning
    ? [
        h(
          'div',
          { class: 'warning schedule-warning', role: 'alert' },
          h('strong', {}, 'Schedule: '),
          s.warning,
        ),
      ]
    : [];
  target.replaceChildren(...warning, h('p', { class: 'schedule-facts' }, facts.join(' ')));
}
