/**
 * "My queue": open tickets by nearest due target (or the customer's earlier Expected By) with their
 * SLA status, overdue follow-ups, key leads, at-risk customers, records to refresh, surveys to send
 * and open alerts. Each item is a button that opens the form it needs; beside it one or two more
 * actions: Win back an at-risk customer, email a survey or mark it sent (sent another way), mark an
 * alert done. A month's low survey score opens Tell customers what changed.
 */
import type { Queue, QueueCustomer } from '../src/api/contract';
import { isMonthPeriod } from '../src/domain/survey-improvements';
import { h } from './dom';
import { idsUnbroken } from './id-text';
import { customerLabel } from './state';

export interface QueueActions {
  ticket(id: string): void;
  followUp(customerId: string): void;
  care(customerId: string): void;
  winBack(customerId: string): void;
  survey(id: string): void;
  /** One-press actions get the button pressed, to hold it while they run. */
  surveySent(id: string, pressed: HTMLButtonElement): void;
  /** Emails the survey's questions to the customer's contact, and marks it sent. */
  surveyEmail(id: string, pressed: HTMLButtonElement): void;
  alertDone(id: string, pressed: HTMLButtonElement): void;
  /** Opens the record an alert is about, in the form for its kind. */
  record(id: string): void;
  /** Opens Tell customers what changed for a month's low survey score alert. */
  tellCustomers(alertId: string): void;
}

/** A month's low survey score ('2026-11'): its customers are told what changed. */
const isImprovement = (a: { kind: string; recordId: string }) =>
  a.kind === 'Low Score' && isMonthPeriod(a.recordId);

interface Item {
  title: string;
  detail: string;
  badge?: string;
  open(): void;
  /** Actions beside the item, e.g. "Win back" for an at-risk customer. */
  also?: readonly Action[];
}

interface Action {
  label: string;
  /** The accessible name: the visible words first, then whom it is for. */
  name: string;
  open(pressed: HTMLButtonElement): void;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z]+/g, '-');

function item({ title, detail, badge, open, also }: Item): HTMLElement {
  const button = h(
    'button',
    { type: 'button', class: 'queue-item' },
    h('span', { class: 'queue-title' }, ...idsUnbroken(title)),
    h('span', { class: 'queue-detail' }, ...idsUnbroken(detail)),
  );
  if (badge) button.prepend(h('span', { class: `badge sla-${slug(badge)}` }, badge));
  button.addEventListener('click', open);
  if (!also) return h('li', {}, button);
  const more = also.map(({ label, name, open: act }) => {
    const action = h('button', { type: 'button', class: 'secondary', 'aria-label': name }, label);
    // A double-click's second click is not a second press: it would answer "Send?" unread.
    action.addEventListener('click', (event) => {
      if (event.detail <= 1) act(action);
    });
    return action;
  });
  return h('li', { class: 'queue-row' }, button, ...more);
}

function section(title: string, items: Item[], total = items.length): HTMLElement {
  const count = total > items.length ? `${items.length} of ${total}` : `${total}`;
  const heading = h('h3', {}, `${title} (${count})`);
  const body =
    items.length > 0
      ? h('ul', { class: 'queue' }, ...items.map(item))
      : h('p', { class: 'empty' }, 'Nothing here.');
  return h('section', { class: 'queue-section' }, heading, body);
}

export function renderQueue(target: HTMLElement, queue: Queue, act: QueueActions): void {
  // A customer listed with why; the item opens the form `open` gives for them.
  const customerItem =
    (open: (id: string) => void) =>
    (c: QueueCustomer): Item => ({ title: `${c.name} (${c.id})`, detail: c.why, open: () => open(c.id) });
  // A customer to get in touch with: the item opens Log interaction for them.
  const toFollowUp = customerItem(act.followUp);
  target.replaceChildren(
    section(
      'Open tickets',
      queue.tickets.map((t) => ({
        title: `${t.id} · ${t.subject}`,
        // The customer's time first when it is what places the ticket.
        detail: [
          customerLabel(t.customerId),
          t.status,
          t.expected,
          t.nextTarget && `${t.nextTarget} due ${t.nextDue}`,
        ]
          .filter(Boolean)
          .join(' · '),
        badge: t.slaStatus || undefined,
        open: () => act.ticket(t.id),
      })),
      queue.totals.tickets,
    ),
    section('Follow-ups overdue', queue.followUps.map(toFollowUp), queue.totals.followUps),
    section('Key leads', queue.keyLeads.map(toFollowUp), queue.totals.keyLeads),
    section(
      'Customers at risk',
      queue.atRisk.map((c) => ({
        ...customerItem(act.care)(c),
        also: [{ label: 'Win back', name: `Win back ${c.name} (${c.id})`, open: () => act.winBack(c.id) }],
      })),
      queue.totals.atRisk,
    ),
    section(
      'Records to refresh',
      // Opens Edit customer: reviewing the record and saving it is the refresh.
      queue.refresh.map(customerItem(act.record)),
      queue.totals.refresh,
    ),
    section(
      'Surveys to send',
      queue.surveys.map((s) => ({
        title: `${s.id} · ${s.reason}`,
        detail: `${customerLabel(s.customerId)} · due ${s.due}`,
        open: () => act.survey(s.id),
        also: [
          {
            label: 'Email',
            name: `Email survey ${s.id} to the customer`,
            open: (b) => act.surveyEmail(s.id, b),
          },
          { label: 'Mark sent', name: `Mark sent: survey ${s.id}`, open: (b) => act.surveySent(s.id, b) },
        ],
      })),
      queue.totals.surveys,
    ),
    section(
      'My open alerts',
      queue.alerts.map((a) => ({
        title: `${a.kind} · ${a.recordId}`,
        detail: a.message,
        open: () => (isImprovement(a) ? act.tellCustomers(a.id) : act.record(a.recordId)),
        also: [{ label: 'Done', name: `Done: alert ${a.id}`, open: (b) => act.alertDone(a.id, b) }],
      })),
      queue.totals.alerts,
    ),
  );
}
