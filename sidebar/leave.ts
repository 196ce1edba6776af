/**
 * The question asked when going on would drop what the person entered in a form (another record
 * opened, a fresh entry started from My queue): it names what is not saved, near the top of the
 * form where it is seen, and only its button drops it.
 */
import { announce } from './announce';
import { h } from './dom';
import { type FormView, SAVED } from './form';
import { showText } from './id-text';

export interface LeaveQuestion {
  element: HTMLElement;
  ask(question: string, label: string, leave: () => void): void;
  hide(): void;
}

/** `landing` takes focus once the button is pressed: the button itself is gone then. */
export function leaveQuestion(landing: () => HTMLElement | null): LeaveQuestion {
  const words = h('p', {});
  const button = h('button', { type: 'button', class: 'secondary' });
  const element = h('div', { class: 'warning', hidden: true }, words, button);
  let leave = () => {};
  button.addEventListener('click', () => {
    element.hidden = true;
    leave();
    landing()?.focus();
  });
  return {
    element,
    ask: (question, label, then) => {
      showText(words, question);
      button.textContent = label;
      leave = then;
      element.hidden = false;
      announce(question);
    },
    hide: () => {
      element.hidden = true;
    },
  };
}

/**
 * A fresh entry for someone, started from My queue (a follow-up to log, a win-back to start), that
 * asks first when the form holds entries of the person's own; `setting` names the fields the
 * start fills in itself, whose earlier values are no loss. `noun` names the entry: "interaction".
 */
export function freshEntry(view: FormView, noun: string) {
  const heading = () => view.root.querySelector<HTMLElement>('h2, h3');
  const question = leaveQuestion(heading);
  view.root.querySelector('form')?.before(question.element);
  // Saved: nothing is left to lose (a form inside this one saves its own).
  view.root.addEventListener(SAVED, (event) => {
    if (event.target === view.root) question.hide();
  });
  return (setting: readonly string[], whom: string, begin: () => void) => {
    const entered = view.entered().filter((key) => !setting.includes(key));
    if (entered.length === 0) {
      question.hide();
      return begin();
    }
    const what = entered.map((key) => view.label(key)).join(', ');
    question.ask(
      `Your ${noun} is not saved (${what}). Save it first, or leave it to start one for ${whom}.`,
      `Leave it and start one for ${whom}`,
      begin,
    );
  };
}
