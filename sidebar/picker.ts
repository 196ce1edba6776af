/**
 * The customer picker: a combobox (ARIA 1.2 pattern) that searches as one types. Arrow keys move
 * through the matches, Enter picks (the only match, or marks the first of several), Escape
 * closes; a pick stores the customer's ID while the box shows the name and ID.
 */
import type { CustomerPick } from '../src/api/contract';
import { announce } from './announce';
import type { Control } from './control';
import { h } from './dom';
import { searchCustomers } from './search';
import { customerLabel, customers } from './state';

const NO_MATCH = 'No customer matches';
// A new CRM's first visitor: nothing could match, and the way on is another form.
const NO_CUSTOMERS = 'No customers yet: add one under New customer first.';
const SHOWN = 8;

/**
 * A pick fires 'change' on the input, as a committed edit of a plain input does. `refusal` names
 * why a form cannot take a customer ('' when it can): such a customer is not offered, and when it
 * is all that matches, the list says why instead of "No customer matches".
 */
export function customerPicker(id: string, refusal: (pick: CustomerPick) => string = () => ''): Control {
  const listId = `${id}-list`;
  const input = h('input', {
    id,
    type: 'text',
    role: 'combobox',
    autocomplete: 'off',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    placeholder: 'Name, ID, contact or email',
  });
  // Out of the Tab order: a list long enough to scroll would take the Tab itself (Chromium focuses
  // scrolling boxes) and then close on the blur, leaving focus nowhere.
  const list = h('ul', { id: listId, role: 'listbox', class: 'picker-list', hidden: true, tabindex: '-1' });
  let matches: CustomerPick[] = [];
  let active = -1;
  let chosen = '';

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const choose = (pick: CustomerPick) => {
    chosen = pick[0];
    input.value = customerLabel(pick[0]);
    close();
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };

  const option = (pick: CustomerPick, i: number) => {
    const [cid, name, contact, email] = pick;
    const li = h(
      'li',
      { id: `${listId}-${i}`, role: 'option', 'aria-selected': String(i === active) },
      h('span', { class: 'pick-name' }, name),
      h('span', { class: 'pick-meta' }, [cid, contact, email].filter(Boolean).join(' · ')),
    );
    // mousedown, not click: the input keeps focus, so the list does not close first.
    li.addEventListener('mousedown', (e) => {
      e.preventDefault();
      choose(pick);
    });
    return li;
  };

  let none = NO_MATCH;
  const render = () => {
    list.replaceChildren(...matches.map(option));
    // A listbox holds options only: why nothing is offered is one that cannot be picked.
    if (matches.length === 0) {
      list.append(h('li', { class: 'pick-none', role: 'option', 'aria-disabled': 'true' }, none));
    }
    list.hidden = input.value.trim() === '';
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
    // Focus stays in the box, so the browser does not scroll the list to the marked match itself.
    list.children[active]?.scrollIntoView({ block: 'nearest' });
  };

  let wasDry = false;
  input.addEventListener('input', () => {
    chosen = '';
    const found = searchCustomers(customers(), input.value, Number.POSITIVE_INFINITY);
    matches = found.filter((pick) => refusal(pick) === '').slice(0, SHOWN);
    none =
      found.length > 0 && matches.length === 0
        ? refusal(found[0]!)
        : customers().length === 0
          ? NO_CUSTOMERS
          : NO_MATCH;
    active = -1;
    render();
    // The list is not read out as it changes: a screen reader user hears once when it runs dry.
    const dry = matches.length === 0 && input.value.trim() !== '';
    if (dry && !wasDry) announce(none);
    wasDry = dry;
  });

  input.addEventListener('keydown', (e) => {
    if (list.hidden || matches.length === 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + matches.length) % matches.length;
      render();
    } else if (e.key === 'Enter') {
      // Enter in an open list is about the list, never the form's Save: it picks the one match
      // or the one marked, else marks the first so a second Enter picks it.
      e.preventDefault();
      if (active < 0 && matches.length > 1) {
        active = 0;
        render();
      } else choose(matches[Math.max(active, 0)]!);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', close);

  return {
    element: h('div', { class: 'picker' }, input, list),
    input,
    get: () => chosen || input.value.trim(),
    set: (value) => {
      chosen = value;
      input.value = value ? customerLabel(value) : '';
      close();
    },
  };
}
