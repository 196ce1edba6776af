/**
 * "My queue": open tickets by nearest due target with their SLA status, overdue follow-ups,
 * at-risk customers and surveys to send. Each item is a button that opens the form it needs; an
 * at-risk customer also has a Win back button.
 */
import type { Queue } from '../src/api/contract';
import { h } from './dom';
import { customerLabel } from './state';

export interface QueueActions {
  ticket(id: string): void;
  followUp(customerId: string): void;
  care(customerId: string): void;
  winBack(customerId: string): void;
  survey(id: string): void;
}

interface Item {
  title: string;
  detail: string;
  badge?: string;
  open(): void;
  /** A second action beside the item, e.g. "Win back" for an at-risk customer. */
  also?: { label: string; name: string; open(): void };
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z]+/g, '-');

function item({ title, detail, badge, open, also }: Item): HTMLElement {
  const button = h(
    'button',
    { type: 'button', class: 'queue-item' },
    h('span', { class: 'queue-title' }, title),
    h('span', { class: 'queue-detail' }, detail),
  );
  if (badge) button.prepend(h('span', { class: `badge sla-${slug(badge)}` }, badge));
  button.addEventListener('click', open);
  if (!also) return h('li', {}, button);
  // The visible words start the accessible name, which says whom it is for.
  const more = h('button', { type: 'button', class: 'secondary', 'aria-label': also.name }, also.label);
  more.addEventListener('click', also.open);
  return h('li', { class: 'queue-row' }, button, more);
}

function section(title: string, items: Item[]): HTMLElement {
  const heading = h('h3', {}, `${title} (${items.length})`);
  const body =
    items.length > 0
      ? h('ul', { class: 'queue' }, ...items.map(item))
      : h('p', { class: 'empty' }, 'Nothing here.');
  return h('section', { class: 'queue-section' }, heading, body);
}

export function renderQueue(target: HTMLElement, queue: Queue, act: QueueActions): void {
  target.replaceChildren(
    section(
      'Open tickets',
      queue.tickets.map((t) => ({
        title: `${t.id} · ${t.subject}`,
        detail: [customerLabel(t.customerId), t.status, t.nextTarget && `${t.nextTarget} due ${t.nextDue}`]
          .filter(Boolean)
          .join(' · '),
        badge: t.slaStatus || undefined,
        open: () => act.ticket(t.id),
      })),
    ),
    section(
      'Follow-ups overdue',
      queue.followUps.map((c) => ({
        title: `${c.name} (${c.id})`,
        detail: c.why,
        open: () => act.followUp(c.id),
      })),
    ),
    section(
      'Customers at risk',
      queue.atRisk.map((c) => ({
        title: `${c.name} (${c.id})`,
        detail: c.why,
        open: () => act.care(c.id),
        also: { label: 'Win back', name: `Win back ${c.name} (${c.id})`, open: () => act.winBack(c.id) },
      })),
    ),
    section(
      'Surveys to send',
      queue.surveys.map((s) => ({
        title: `${s.id} · ${s.reason}`,
        detail: `${customerLabel(s.customerId)} · due ${s.due}`,
        open: () => act.survey(s.id),
      })),
    ),
  );
}
