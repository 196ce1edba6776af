/** New customer and Edit customer: the same fields, the contract's Customers columns. */
import * as z from 'zod/mini';
import type { CustomerPick, DuplicateWarning } from '../../src/api/contract';
import { recordId } from '../../src/domain/fields';
import { type Customer, customerSchema } from '../../src/domain/records/customer';
import { CUSTOMERS } from '../../src/sheets/tables';
import { ask } from '../bridge';
import { h } from '../dom';
import { fieldsFor } from '../field-spec';
import { createForm, type FormView } from '../form';
import { customerHistory, type HistoryLinks } from '../history';
import { attachLoader, type Opener } from '../loader';
import { savedAs } from '../saved';
import { boot, nowWall, upsertCustomer } from '../state';

const KEYS = Object.keys(customerSchema.shape) as (keyof Customer)[];
const OVERRIDES = {
  needs: { control: 'textarea' },
  notes: { control: 'textarea' },
  needKeywords: { hint: 'A few words for what they need, e.g. training, ERP upgrade.' },
  tier: { hint: 'VIP, Key or Regular: sets how often they are followed up.' },
} as const;
const SECTIONS: Array<[string, string]> = [
  ['Company', 'name'],
  ['Contact person', 'contact'],
  ['Needs', 'needs'],
  ['Relationship', 'source'],
  ['Contract', 'contractValue'],
];

const pickOf = (id: string, c: Customer): CustomerPick => [
  id,
  c.name,
  c.contact,
  c.email,
  c.tier,
  c.status,
  c.owner,
];

function duplicateNotice(matches: DuplicateWarning[]): HTMLElement {
  return h(
    'div',
    { class: 'warning', role: 'alert' },
    h('strong', {}, 'This customer may already exist:'),
    h('ul', {}, ...matches.map((m) => h('li', {}, `${m.name} (${m.id}): ${m.why}`))),
    h('p', {}, 'Check before creating a second record. To create it anyway, press "Save anyway".'),
  );
}

/**
 * Asks once per entry (name, email and request ID): after a warning the next Save goes ahead, and a
 * retry of a save whose answer was lost is not held up by the record that save itself made. A
 * failed check does not block the save, which will report the same trouble itself.
 */
function duplicateCheck() {
  let asked = '';
  return async (data: Customer, view: FormView, requestId: string) => {
    const key = [requestId, data.name, data.email].join('\n');
    if (key === asked) return true;
    const found = await ask('sidebarFindDuplicates', { name: data.name, email: data.email });
    asked = key;
    if (!found.ok || found.value.length === 0) return true;
    view.notice(duplicateNotice(found.value), 'Save anyway');
    return false;
  };
}

export function newCustomerForm(): FormView {
  const confirm = duplicateCheck();
  return createForm({
    id: 'customer-new',
    title: 'New customer',
    schema: customerSchema,
    fields: fieldsFor(CUSTOMERS, customerSchema.shape, KEYS, OVERRIDES),
    sections: SECTIONS,
    // Met today unless changed: the first return visit is planned from it (none without it).
    defaults: () => ({ owner: boot().user, firstContact: nowWall().slice(0, 10) }),
    confirm,
    save: (submit) => ask('sidebarCreateCustomer', submit),
    saved: (saved, data, view) => {
      upsertCustomer(pickOf(saved.id, data));
      view.reset();
      return savedAs(saved, 'Customer');
    },
  });
}

const editSchema = z.extend(customerSchema, { id: recordId('C') });

export function editCustomerForm(links: HistoryLinks): Opener {
  const id = { label: 'Customer', message: 'Choose a customer from the list.', control: 'customer' } as const;
  const view = createForm({
    id: 'customer-edit',
    title: 'Edit customer',
    intro:
      'Find the customer, change what is needed, and save. Saving with no change records that you checked it is up to date (the monthly record refresh).',
    schema: editSchema,
    fields: fieldsFor(CUSTOMERS, editSchema.shape, ['id', ...KEYS], { ...OVERRIDES, id }),
    sections: SECTIONS,
    // A record reviewed and still right is saved as it is: Updated then says it was checked.
    ready: (raw) => loader.check(raw.id ?? '', 'allowed'),
    save: (submit) => ask('sidebarUpdateCustomer', { ...submit, record: loader.changed(submit.record) }),
    saved: async (saved, data) => {
      upsertCustomer(pickOf(saved.id, data));
      const unseen = await loader.reload();
      return savedAs(saved, 'Customer') + unseen;
    },
  });
  const loader = attachLoader(
    view,
    CUSTOMERS,
    [
      'created',
      'updated',
      'healthScore',
      'riskLevel',
      'riskReasons',
      'nextFollowUp',
      'followUpStatus',
      'leadScore',
      'suggestedTier',
      'duplicateOf',
      // A record merged away opens from an alert raised before the merge: where its customer is now.
      'mergedInto',
    ],
    [customerHistory(links)],
  );
  return { view, open: loader.open };
}
