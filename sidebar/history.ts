/**
 * Edit customer's "History": the opened customer's open tickets, latest interactions and surveys,
 * read only when the person opens it (a read of three sheets' Customer ID columns, seconds at
 * 100,000 tickets, is no price for every customer opened).
 */
import type { ActivityItem, CustomerActivity } from '../src/api/contract';
import { counted } from '../src/domain/some-of';
import { ask } from './bridge';
import { h } from './dom';
import { idsUnbroken } from './id-text';
import type { Summary } from './summary';
import { showWall } from './wall';

/** Where a ticket's or a survey's ID takes the person: its own form. */
export interface HistoryLinks {
  ticket(id: string): void;
  survey(id: string): void;
}

/** The record's ID, as a button that opens it when `open` is given. */
function idOf(id: string, open?: (id: string) => void): HTMLElement {
  if (!open) return h('span', { class: 'record-id' }, id);
  const button = h('button', { type: 'button', class: 'id-link record-id' }, id);
  button.addEventListener('click', () => open(id));
  return button;
}

function list(
  title: string,
  items: readonly ActivityItem[],
  none: string,
  open?: (id: string) => void,
): HTMLElement[] {
  const shown = items.map((i) =>
    h(
      'li',
      {},
      idOf(i.id, open),
      ` ${showWall(i.when)} · ${i.title}`,
      ...(i.detail ? [h('br'), h('span', { class: 'muted' }, ...idsUnbroken(i.detail))] : []),
    ),
  );
  return [h('h4', {}, title), shown.length > 0 ? h('ul', {}, ...shown) : h('p', { class: 'muted' }, none)];
}

function render({ tickets, interactions, surveys }: CustomerActivity, links: HistoryLinks): HTMLElement[] {
  const latest = (n: number, total: number, one: string) =>
    n < total ? `latest ${n} of ${counted(total, one)}` : counted(total, one);
  return [
    ...list(
      // "0 open of 0 tickets" reads like a score; a new customer simply has none yet.
      `Open tickets (${tickets.total === 0 ? 'no tickets yet' : `${tickets.open} open of ${counted(tickets.total, 'ticket')}`})`,
      tickets.items,
      'No open tickets.',
      links.ticket,
    ),
    ...list(
      `Interactions (${latest(interactions.items.length, interactions.total, 'interaction')})`,
      interactions.items,
      'No interactions logged.',
    ),
    ...list(
      `Surveys (${latest(surveys.items.length, surveys.total, 'survey')})`,
      surveys.items,
      'No surveys.',
      links.survey,
    ),
  ];
}

/**
 * Placed after the record's summary; `show` takes the opened customer, `hide` a closed form. A
 * ticket's or survey's ID opens it in its own form.
 */
export function customerHistory(links: HistoryLinks): Summary {
  const body = h('div', { class: 'history-body', 'aria-live': 'polite' });
  const element = h('details', { class: 'history', hidden: true }, h('summary', {}, 'History'), body);
  let id = '';
  let loaded = '';
  element.addEventListener('toggle', async () => {
    if (!element.open || loaded === id) return;
    const asked = id;
    body.replaceChildren(h('p', { class: 'muted' }, `Reading the history of ${asked}…`));
    const answer = await ask('sidebarCustomerActivity', asked);
    // Another customer opened meanwhile: this answer is not theirs.
    if (asked !== id) return;
    loaded = answer.ok ? asked : '';
    body.replaceChildren(
      ...(answer.ok
        ? render(answer.value, links)
        : [h('p', { class: 'problem' }, `The history could not be read: ${answer.message}`)]),
    );
  });
  return {
    element,
    show: (record) => {
      // The same customer read again (after a save): the history shown stays.
      if (String(record.id ?? '') === id) return;
      id = String(record.id ?? '');
      loaded = '';
      element.open = false;
      body.replaceChildren();
      element.hidden = id === '';
    },
    hide: () => {
      id = '';
      element.hidden = true;
    },
  };
}
