/**
 * The sidebar: one sidebarBootstrap call opens it (customers for the picker, the queue, the
 * schedule's health); after that the server is called only to save, open a record or refresh.
 */
import type { Bootstrap } from '../src/api/contract';
import { announce } from './announce';
import { ask } from './bridge';
import { byId, h } from './dom';
import { SAVED } from './form';
import { editCustomerForm, newCustomerForm } from './forms/customer';
import { interactionForm } from './forms/interaction';
import { mergeForm } from './forms/merge';
import { surveyForm } from './forms/survey';
import { newSurveyForm } from './forms/survey-new';
import { newTicketForm } from './forms/ticket';
import { updateTicketForm } from './forms/ticket-update';
import { whatChangedForm } from './forms/what-changed';
import { winBackForm } from './forms/win-back';
import { showText } from './id-text';
import { mountViews } from './nav';
import { renderQueue } from './queue';
import { newRequestId } from './request-id';
import { renderSchedule } from './schedule';
import { setBoot } from './state';

function buildViews() {
  const interaction = interactionForm();
  const updateTicket = updateTicketForm();
  const survey = surveyForm();
  // A ticket or survey named in My queue or a customer's History opens in its own form.
  const links = {
    ticket: (id: string) => void updateTicket.open(id).then(opened(updateTicket.view)),
    survey: (id: string) => void survey.open(id).then(opened(survey.view)),
  };
  const editCustomer = editCustomerForm(links);
  const winBack = winBackForm();
  const whatChanged = whatChangedForm();
  const queue = h(
    'section',
    { class: 'view', id: 'queue', hidden: true, 'aria-labelledby': 'queue-title' },
    h('h2', { id: 'queue-title', tabindex: '-1' }, 'My queue'),
    h('div', { id: 'schedule' }),
    h('p', { id: 'queue-status', class: 'status', role: 'status', tabindex: '-1' }),
    h('div', { id: 'queue-lists' }),
  );
  const views: Array<[label: string, root: HTMLElement]> = [
    ['My queue', queue],
    ['New customer', newCustomerForm().root],
    ['Edit customer', editCustomer.view.root],
    ['Log interaction', interaction.view.root],
    ['New ticket', newTicketForm().root],
    ['Update ticket', updateTicket.view.root],
    ['New survey', newSurveyForm().root],
    ['Survey answers', survey.view.root],
    ['Win back', winBack.view.root],
    ['Merge duplicates', mergeForm().root],
    ['Tell customers', whatChanged.view.root],
  ];
  // A form's save may change the queue; reading it again costs a bootstrap, so it waits until
  // My queue is shown.
  let stale = false;
  document.addEventListener(SAVED, () => {
    stale = true;
  });
  const show = mountViews(views, (root) => {
    if (root !== queue || !stale) return;
    stale = false;
    note('Refreshing after your changes…');
    void load(true).then(() => note(''));
  });
  show(queue);
  const opened = (form: { root: HTMLElement }) => () => show(form.root);
  const logFor = (kind?: 'Care') => (id: string) => {
    interaction.start(id, kind);
    show(interaction.view.root);
  };
  return {
    render(b: Bootstrap) {
      renderSchedule(byId('schedule'), b.schedule, b.timeZone);
      renderQueue(byId('queue-lists'), b.queue, {
        ...links,
        followUp: logFor(),
        care: logFor('Care'),
        winBack: (id) => {
          winBack.start(id);
          show(winBack.view.root);
        },
        surveySent: (id, pressed) =>
          void quick(pressed, 'sidebarMarkSurveySent', id, `Survey ${id} marked sent.`),
        surveyEmail: (id, pressed) =>
          confirmFirst(
            pressed,
            `Email survey ${id} to the customer now?`,
            () =>
              void quick(
                pressed,
                'sidebarMarkSurveySent',
                id,
                `Survey ${id} emailed to the customer and marked sent.`,
                {
                  sendEmail: true,
                },
              ),
          ),
        alertDone: (id, pressed) =>
          void quick(pressed, 'sidebarMarkAlertDone', id, `Alert ${id} marked done.`),
        tellCustomers: (alertId) => {
          whatChanged.start(alertId);
          show(whatChanged.view.root);
        },
        record: (id) => {
          const form = { T: updateTicket, C: editCustomer, S: survey }[id[0] as 'T' | 'C' | 'S'];
          if (form) return void form.open(id).then(opened(form.view));
          if (id.startsWith('W-')) {
            show(winBack.view.root);
            return winBack.outcomeOf(id);
          }
          // A week's bad ratings (named by its Monday), or anything else no form opens: say where
          // to look.
          if (/^\d{4}-\d{2}-\d{2}$/.test(id))
            return say(
              `The week from ${id} has no form here: its alert names the tickets rated Dissatisfied; open each in Update ticket.`,
            );
          say(`${id} has no form here: look it up in the sheet its alert names.`);
        },
      });
      byId('user').textContent = b.user || 'signed-in user unknown';
    },
  };
}

/** Writes in My queue's status line; a problem (refused, not confirmed) is not shown as a success. */
function note(message: string, problem = false): HTMLElement {
  const status = byId('queue-status');
  showText(status, message);
  status.classList.toggle('problem', problem);
  return status;
}

/** Writes in My queue's status line, and brings it into sight with focus on it. */
function say(message: string, problem = false): void {
  const status = note(message, problem);
  status.focus({ preventScroll: true });
  status.scrollIntoView?.({ block: 'nearest' });
}

/** How long a button waits for the second press that confirms it. */
const CONFIRM_MS = 8000;

/**
 * An action that reaches a customer (an email cannot be taken back) asks first: the first press
 * turns the button into "Send" and says what it will do; a second press within a few seconds
 * does it. Focus stays on the button, so the second press is one key away.
 */
function confirmFirst(pressed: HTMLButtonElement, question: string, run: () => void): void {
  const status = byId('queue-status');
  if (pressed.dataset.label !== undefined) {
    restore(pressed);
    run();
    return;
  }
  pressed.dataset.label = pressed.textContent ?? '';
  pressed.dataset.name = pressed.getAttribute('aria-label') ?? '';
  pressed.textContent = 'Send';
  // Its name starts with what it shows, so "Send" said aloud (voice control) presses it.
  pressed.setAttribute('aria-label', `Send: ${question}`);
  note(`${question} Press Send to go ahead.`);
  setTimeout(() => {
    if (pressed.dataset.label === undefined) return;
    restore(pressed);
    if (status.textContent?.startsWith(question)) note('');
  }, CONFIRM_MS);
}

/** A button asking to be confirmed, back to what it was. */
function restore(button: HTMLButtonElement): void {
  button.textContent = button.dataset.label ?? '';
  button.setAttribute('aria-label', button.dataset.name ?? '');
  delete button.dataset.label;
  delete button.dataset.name;
}

/**
 * A one-press action from My queue: the pressed button is held while it runs (a second press
 * would send it twice); done (even in part), it reloads the queue; refused, it says why. An
 * answer lost on the way may hide a change made: the queue is read again to show it, and pressing
 * again is safe (the server refuses to send or mark a survey twice, and Done stays Done).
 */
async function quick(
  pressed: HTMLButtonElement,
  name: 'sidebarMarkSurveySent' | 'sidebarMarkAlertDone',
  id: string,
  done: string,
  options: { sendEmail?: boolean } = {},
) {
  const label = pressed.textContent ?? '';
  pressed.disabled = true;
  note(`Working on ${id}…`);
  const answer = await ask(name, { requestId: newRequestId(), record: { id, ...options } });
  pressed.disabled = false;
  const lost = !answer.ok && answer.kind === 'error';
  const changed = answer.ok || answer.kind === 'partly';
  // A refusal about one field (no email address …) says it in the field's words: there is no form.
  const why = answer.ok
    ? ''
    : answer.kind === 'invalid'
      ? Object.values(answer.fields).join(' ')
      : answer.message;
  const reloaded = changed || lost ? await load(true) : false;
  const again = reloaded
    ? `My queue has been read again: if ${id} is still listed, press ${label} again.`
    : `My queue could not be read again: press Refresh, and if ${id} is still listed, press ${label} again.`;
  const said = answer.ok
    ? done
    : lost
      ? `Not confirmed: ${id} may or may not have been done. ${why} ${again}`
      : changed
        ? why
        : `Nothing changed: ${why}`;
  say(said, !answer.ok);
}

let views: ReturnType<typeof buildViews> | undefined;

/**
 * Reads everything afresh; false when that failed (the error shows above the views). `quiet` when
 * the reload follows something the person did: what that did is what a screen reader should say,
 * not "CRM loaded." over it.
 */
async function load(quiet = false): Promise<boolean> {
  const refresh = byId<HTMLButtonElement>('refresh');
  refresh.disabled = true;
  const answer = await ask('sidebarBootstrap');
  refresh.disabled = false;
  if (!answer.ok) {
    byId('boot-error').replaceChildren(
      h('strong', {}, 'The CRM could not load'),
      h('p', {}, `${answer.message} Press Refresh to try again.`),
    );
    byId('boot-error').hidden = false;
    // Before the first load the views are only a "Loading…" line, which the failure ends.
    if (!views) byId('main').replaceChildren();
    return false;
  }
  byId('boot-error').hidden = true;
  setBoot(answer.value);
  views ??= buildViews();
  views.render(answer.value);
  if (!quiet) announce('CRM loaded.');
  return true;
}

byId('refresh').addEventListener('click', () => void load());
void load();
