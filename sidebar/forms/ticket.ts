/** New ticket. Choosing a Type fills in the department it routes to, which staff may change. */

import { type Ticket, ticketSchema } from '../../src/domain/records/ticket';
import { departmentFor } from '../../src/domain/routing';
import { TICKET_TYPES, type TicketType } from '../../src/domain/values';
import { TICKETS } from '../../src/sheets/tables';
import { ask } from '../bridge';
import { fieldsFor } from '../field-spec';
import { createForm, type FormView } from '../form';
import { savedAs } from '../saved';
import { boot } from '../state';

const KEYS = Object.keys(ticketSchema.shape) as (keyof Ticket)[];

/** Level picks the ticket's time targets (Settings), which nothing in its name says. */
export const LEVEL_HINT = 'Sets the time allowed to answer and resolve it. Critical: a large outage.';

const isType = (v: string): v is TicketType => (TICKET_TYPES as readonly string[]).includes(v);

/** Follows Type until a person picks a department themselves. */
function routeByType(view: FormView): void {
  const type = view.control('type');
  const department = view.control('department');
  let routed = '';
  type.input.addEventListener('change', () => {
    const current = department.get();
    if (current !== '' && current !== routed) return;
    const value = type.get();
    routed = isType(value) ? departmentFor(value) : '';
    department.set(routed);
  });
}

export function newTicketForm(): FormView {
  const view = createForm({
    id: 'ticket-new',
    title: 'New ticket',
    schema: ticketSchema,
    fields: fieldsFor(TICKETS, ticketSchema.shape, KEYS, {
      customerId: { label: 'Customer', message: 'Choose a customer from the list.' },
      description: { control: 'textarea' },
      level: { hint: LEVEL_HINT },
      submitted: { hint: 'Leave empty for the time of saving.' },
      expectedBy: { hint: 'When the customer expects it resolved, if they said.' },
    }),
    defaults: () => ({ owner: boot().user }),
    save: (submit) => ask('sidebarCreateTicket', submit),
    saved: (saved, _data, form) => {
      form.reset();
      return savedAs(saved, 'Ticket');
    },
  });
  routeByType(view);
  return view;
}
