/**
 * Merge duplicates: pick the customer to keep and the duplicate; the first press shows both
 * records and what the merge does, the second merges. The server moves every ticket, interaction,
 * survey, win-back and open alert to the kept ID and says how many rows moved.
 */
import { mergeSchema } from '../../src/domain/records/merge';
import { CUSTOMERS } from '../../src/sheets/tables';
import { ask } from '../bridge';
import { h } from '../dom';
import { fieldsFor } from '../field-spec';
import { createForm, type Data, type FormView } from '../form';
import { mergeCautions } from '../merge-review';
import type { Errors } from '../record';
import { namesRecord } from '../record-id';
import { removeCustomer } from '../state';

type Merge = Data<typeof mergeSchema>;

const PICK = 'Choose a customer from the list.';
export const SAME = 'Choose two different customers.';
const REVIEW = 'Review merge';
const GO = 'Merge now';

type Facts = Record<string, string | number | boolean>;

const named = (id: string, c: Facts) => `${c.name} (${id})`;

function plan(keepId: string, keep: Facts, mergeId: string, merged: Facts): HTMLElement {
  const flagged = namesRecord(String(merged.duplicateOf ?? ''), keepId);
  const already = String(merged.mergedInto ?? '');
  return h(
    'div',
    { class: 'warning', role: 'alert' },
    h('strong', {}, `Merge ${named(mergeId, merged)} into ${named(keepId, keep)}?`),
    h(
      'ul',
      {},
      h(
        'li',
        {},
        `Every ticket, interaction, survey, win-back and open alert of ${mergeId} moves to ${keepId}.`,
      ),
      h('li', {}, `${mergeId} stays in Customers, marked Merged Into ${keepId}. Nothing is deleted.`),
      h('li', {}, 'Each moved row is written to the Audit Log.'),
    ),
    ...(already ? [h('p', {}, `${mergeId} was already merged into ${already}.`)] : []),
    ...mergeCautions(keepId, keep, mergeId, merged).map((caution) => h('p', {}, caution)),
    h(
      'p',
      {},
      flagged
        ? `The daily check flagged them: ${merged.duplicateOf}.`
        : 'The daily check has not flagged these two as duplicates: make sure they are the same company.',
    ),
    h('p', {}, `Press "${GO}" to merge.`),
  );
}

/**
 * Asks once per pair and request ID, showing both records; a failed read is shown and holds the
 * merge. `again` shows the plan last agreed to once more (after a merge that stopped partway).
 */
function review() {
  let asked = '';
  let agreed: HTMLElement | undefined;
  const confirm = async (data: Merge, view: FormView, requestId: string) => {
    const key = [requestId, data.keepId, data.mergeId].join('\n');
    if (key === asked) return true;
    const [keep, merged] = await Promise.all([
      ask('sidebarGetRecord', 'Customers', data.keepId),
      ask('sidebarGetRecord', 'Customers', data.mergeId),
    ]);
    if (!keep.ok) {
      view.fail(keep);
      return false;
    }
    if (!merged.ok) {
      view.fail(merged);
      return false;
    }
    asked = key;
    agreed = plan(data.keepId, keep.value, data.mergeId, merged.value);
    view.notice(agreed, GO);
    return false;
  };
  const again = (view: FormView) => {
    if (agreed) view.notice(agreed, GO);
  };
  return { confirm, again };
}

export function mergeForm(): FormView {
  const pick = { column: 'id', control: 'customer', message: PICK } as const;
  const reviewed = review();
  const view = createForm({
    id: 'merge',
    title: 'Merge duplicates',
    intro: 'Keep one customer record and fold a duplicate into it.',
    saveLabel: REVIEW,
    schema: mergeSchema,
    fields: fieldsFor(CUSTOMERS, mergeSchema.shape, ['keepId', 'mergeId'], {
      keepId: { ...pick, label: 'Customer to keep' },
      mergeId: { ...pick, label: 'Duplicate to merge into it', hint: 'Its records move to the one kept.' },
    }),
    check: (raw): Errors => (raw.keepId === raw.mergeId ? { mergeId: SAME } : {}),
    confirm: reviewed.confirm,
    working: 'Merging… a customer with many records can take a minute.',
    save: async (submit) => {
      const answer = await ask('sidebarMergeCustomers', submit);
      // Stopped partway or refused: the same pair, agreed to already, goes on with one press.
      if (!answer.ok) reviewed.again(view);
      return answer;
    },
    saved: (saved, data, view) => {
      removeCustomer(data.mergeId);
      view.reset();
      const rows = saved.moved === 1 ? '1 record' : `${saved.moved} records`;
      return `Merged ${data.mergeId} into ${saved.id}: moved ${rows}.`;
    },
  });
  return view;
}
