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
const REVIEW = 'Review';

export interface WhatChangedView {
  view: FormView;
  /** Readies the form for an improvement alert from My queue; asks first if something is typed. */
  start(alertId: string): void;
}

/**
 * Counts first, once per alert and text; a count that emails nobody holds the save. After a press
 * that leaves some for the next ("press Send again"), the next press sends without counting again.
 */
function review() {
  let asked = '';
  const keyOf = (data: WhatChanged) => [data.alertId, data.changes].join('\n');
  const confirm = async (data: WhatChanged, view: FormView, requestId: string) => {
    const key = keyOf(data);
    if (key === asked) return true;
    const answer = await ask('sidebarTellWhatChanged', { requestId, record: { ...data, send: false } });
    if (!answer.ok) {
      view.fail(answer);
      return false;
    }
    const told = answer.value;
    const go = told.emailed > 0 ? ` Press "${GO}" to send.` : '';
    asked = told.emailed > 0 ? key : '';
    view.notice(
      h('div', { class: 'warning', role: 'alert' }, `${toldWords(told)}${go}`),
      told.emailed > 0 ? GO : REVIEW,
    );
    return false;
  };
  /** After a press: the button sends again only when the words say to press Send again. */
  const sent = (told: Told, data: WhatChanged, view: FormView) => {
    const more = told.left > 0 && !told.tomorrow;
    asked = more ? keyOf(data) : '';
    view.notice(h('span'), more ? GO : REVIEW);
  };
  return { confirm, sent };
}

export function whatChangedForm(): WhatChangedView {
  const reviewed = review();
  const view = createForm<typeof whatChangedSchema, Told>({
    id: 'what-changed',
    title: 'Tell customers what changed',
    intro:
      "After a month's low survey score: write what the team changed. It goes by email to each customer who answered that month, and each email is logged as a Care interaction.",
    saveLabel: REVIEW,
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
    confirm: reviewed.confirm,
    working: 'Sending…',
    save: (submit) => ask('sidebarTellWhatChanged', { ...submit, record: { ...submit.record, send: true } }),
    saved: (told, data, form) => {
      // Some are left for another press or another day: the words stay for that.
      if (told.left === 0) form.reset();
      reviewed.sent(told, data, form);
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
