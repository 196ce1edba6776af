/**
 * Tell customers what changed: after a month's low survey score (its Low Score alert in My queue),
 * the team writes what it changed, and it goes by email to every customer whose answer that month
 * scored the low dimension, each email logged as a Care interaction. The first press says how many
 * it emails (an email cannot be taken back); the second sends.
 */
import { whatChangedSchema } from '../../src/domain/records/what-changed';
import { type Told, toldWords } from '../../src/domain/what-changed';
import { ALERTS } from '../../src/sheets/tables';
import { ask } from '../bridge';
import { h } from '../dom';
import { fieldsFor } from '../field-spec';
import { createForm, type Data, type FormView } from '../form';
import { freshEntry } from '../leave';

type WhatChanged = Data<typeof whatChangedSchema>;

const GO = 'Send emails';

export interface WhatChangedView {
  view: FormView;
  /** Readies the form for an improvement alert from My queue; asks first if something is typed. */
  start(alertId: string): void;
}

/** Counts first, once per alert, text and request ID; a count that emails nobody holds the save. */
function review() {
  let asked = '';
  return async (data: WhatChanged, view: FormView, requestId: string) => {
    const key = [requestId, data.alertId, data.changes].join('\n');
    if (key === asked) return true;
    const answer = await ask('sidebarTellWhatChanged', { requestId, record: { ...data, send: false } });
    if (!answer.ok) {
      view.fail(answer);
      return false;
    }
    const told = answer.value;
    const go = told.emailed > 0 ? ` Press "${GO}" to send.` : '';
    asked = told.emailed > 0 ? key : '';
    view.notice(h('div', { class: 'warning', role: 'alert' }, `${toldWords(told)}${go}`), GO);
    return false;
  };
}

export function whatChangedForm(): WhatChangedView {
  const view = createForm<typeof whatChangedSchema, Told>({
    id: 'what-changed',
    title: 'Tell customers what changed',
    intro:
      "After a month's low survey score: write what the team changed. It goes by email to each customer who answered that month, and each email is logged as a Care interaction.",
    saveLabel: 'Review',
    schema: whatChangedSchema,
    fields: fieldsFor(ALERTS, whatChangedSchema.shape, ['alertId', 'changes'], {
      alertId: {
        column: 'id',
        label: 'Alert',
        hint: "The month's Low Score alert, e.g. A-00012 (My queue fills it in).",
        idOf: ALERTS,
      },
      changes: {
        column: 'message',
        label: 'What we changed',
        control: 'textarea',
        hint: 'Written for the customer: the email says thank you for answering, then this.',
      },
    }),
    confirm: review(),
    working: 'Sending…',
    save: (submit) => ask('sidebarTellWhatChanged', { ...submit, record: { ...submit.record, send: true } }),
    saved: (told, _data, form) => {
      // Some are left for another press or another day: the words stay for that.
      if (told.left === 0) form.reset();
      return toldWords(told);
    },
  });
  const fresh = freshEntry(view, 'message');
  return {
    view,
    start: (alertId) =>
      fresh(['alertId'], alertId, () => {
        view.reset();
        view.set({ alertId });
      }),
  };
}
