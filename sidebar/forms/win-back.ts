/**
 * Win back: the owner records why the customer is leaving, what will be done and by when (the
 * server sets a reaction check the days set in Settings on); below it, the outcome of a win-back
 * already started.
 */
import { winBackOutcomeSchema, winBackSchema } from '../../src/domain/records/win-back';
import { WIN_BACKS } from '../../src/sheets/tables';
import { ask } from '../bridge';
import { fieldsFor } from '../field-spec';
import { createForm, type Data, type FormView } from '../form';
import { freshEntry } from '../leave';
import { savedAs } from '../saved';
import { boot, customerLabel } from '../state';

const START_KEYS = Object.keys(winBackSchema.shape) as (keyof Data<typeof winBackSchema>)[];
const OUTCOME_KEYS = Object.keys(winBackOutcomeSchema.shape) as (keyof Data<typeof winBackOutcomeSchema>)[];

export interface WinBackView {
  view: FormView;
  /** Starts a fresh win-back for a customer, e.g. an at-risk one from My queue; asks first if one is typed. */
  start(customerId: string): void;
  /** Readies the outcome form for a win-back already started (an alert about W-00003). */
  outcomeOf(id: string): void;
}

function outcomeForm(): FormView {
  return createForm({
    id: 'win-back-outcome',
    title: 'Record the outcome',
    inside: true,
    schema: winBackOutcomeSchema,
    fields: fieldsFor(WIN_BACKS, winBackOutcomeSchema.shape, OUTCOME_KEYS, {
      id: { label: 'Win-back ID', hint: 'e.g. W-00003, as given when it was started.', idOf: WIN_BACKS },
      measures: { control: 'textarea', hint: 'Leave empty to keep the measures recorded.' },
    }),
    save: (submit) => ask('sidebarRecordWinBackOutcome', submit),
    saved: (saved, data, form) => {
      form.reset();
      // A Lost win-back may come before the contract ends: the Status stays the owner's call.
      const lost =
        data.outcome === 'Lost'
          ? ' The customer keeps their Status: if they have left, set it to Churned in Edit customer, or they are still scored, followed up and surveyed.'
          : '';
      return `${savedAs(saved, 'Win-back')}${lost}`;
    },
  });
}

export function winBackForm(): WinBackView {
  const outcome = outcomeForm();
  const view = createForm({
    id: 'win-back',
    title: 'Win back',
    // Written before the sidebar has loaded Settings: the days are said once the win-back is saved.
    intro:
      'Why the customer is leaving and what will be done. Their reaction is checked within the days set in Settings.',
    schema: winBackSchema,
    fields: fieldsFor(WIN_BACKS, winBackSchema.shape, START_KEYS, {
      customerId: { label: 'Customer', message: 'Choose a customer from the list.' },
      measures: { control: 'textarea', hint: 'What will be offered or changed.' },
      expectedCompletion: {
        hint: 'Optional: the day the measures should be done by. Past it, the Dashboard counts the win-back as overdue.',
      },
    }),
    defaults: () => ({ owner: boot().user }),
    save: (submit) => ask('sidebarStartWinBack', submit),
    saved: (saved, _data, form) => {
      form.reset();
      // The next step for this win-back is its outcome: ready below.
      outcome.reset();
      outcome.set({ id: saved.id });
      return `${savedAs(saved, 'Win-back')} Check the customer's reaction within ${boot().winBackCheckDays} days, then record its outcome below.`;
    },
  });
  view.root.append(outcome.root);
  const freshStart = freshEntry(view, 'win-back');
  const freshOutcome = freshEntry(outcome, 'outcome');
  return {
    view,
    start: (customerId) =>
      freshStart(['customerId'], customerLabel(customerId), () => {
        view.reset();
        view.set({ customerId });
      }),
    outcomeOf: (id) => {
      freshOutcome(['id'], id, () => {
        outcome.reset();
        outcome.set({ id });
      });
      outcome.root.querySelector<HTMLElement>('h3')?.focus();
    },
  };
}
