/** Log an interaction. Vague details ("contacted") are refused here as on the server. */
import { type Interaction, interactionSchema } from '../../src/domain/records/interaction';
import { SAY_MORE, vagueDetails } from '../../src/domain/specific-records';
import { INTERACTIONS } from '../../src/sheets/tables';
import { ask } from '../bridge';
import { fieldsFor } from '../field-spec';
import { createForm, type FormView } from '../form';
import { freshEntry } from '../leave';
import type { Errors } from '../record';
import { savedAs } from '../saved';
import { boot, customerLabel, nowWall } from '../state';

const KEYS = Object.keys(interactionSchema.shape) as (keyof Interaction)[];

export interface InteractionForm {
  view: FormView;
  /** Starts a fresh entry for a customer, e.g. a Care call to an at-risk one; asks first if one is typed. */
  start(customerId: string, kind?: Interaction['kind']): void;
}

export function interactionForm(): InteractionForm {
  const view = createForm({
    id: 'interaction',
    title: 'Log an interaction',
    schema: interactionSchema,
    fields: fieldsFor(INTERACTIONS, interactionSchema.shape, KEYS, {
      customerId: { label: 'Customer', message: 'Choose a customer from the list.' },
      // At least 30% of touches should be Care: say what counts.
      kind: {
        hint: 'Sales: selling. Care: keeping in touch without selling (a report shared, greetings). Support: help with a problem.',
      },
      details: { control: 'textarea', hint: 'What was discussed and agreed.' },
      feedback: { control: 'textarea' },
    }),
    defaults: () => ({ when: nowWall() }),
    check: (raw): Errors =>
      vagueDetails(raw.details ?? '', boot().vaguePhrases) ? { details: SAY_MORE } : {},
    save: (submit) => ask('sidebarLogInteraction', submit),
    saved: (saved, _data, form) => {
      form.reset();
      return savedAs(saved, 'Interaction');
    },
  });
  const fresh = freshEntry(view, 'interaction');
  return {
    view,
    start: (customerId, kind) =>
      fresh(['customerId', 'kind'], customerLabel(customerId), () => {
        view.reset();
        view.set({ customerId, ...(kind ? { kind } : {}) });
      }),
  };
}
