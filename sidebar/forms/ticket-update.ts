/**
 * Update ticket: status, progress, when the customer was last told how it goes, solution, the
 * customer's feedback and rating. The server stamps Acknowledged, Resolved and Closed from the
 * status, and Last Update from a new Progress unless one is typed; after a save the ticket is read
 * again so those stamps show.
 */
import { type TicketUpdate, ticketUpdateSchema } from '../../src/domain/records/ticket';
import { TICKETS } from '../../src/sheets/tables';
import { ask } from '../bridge';
import { fieldsFor } from '../field-spec';
import { createForm } from '../form';
import { attachLoader, type Opener } from '../loader';
import { savedAs } from '../saved';
import { LEVEL_HINT } from './ticket';

const KEYS = Object.keys(ticketUpdateSchema.shape) as (keyof TicketUpdate)[];
const STAMPS = [
  'customerId',
  'subject',
  'type',
  'submitted',
  'acknowledged',
  'waitingSince',
  'resolved',
  'closed',
  'slaStatus',
  'breaches',
  'resolveDue',
];

export function updateTicketForm(): Opener {
  const view = createForm({
    id: 'ticket-update',
    title: 'Update ticket',
    schema: ticketUpdateSchema,
    fields: fieldsFor(TICKETS, ticketUpdateSchema.shape, KEYS, {
      id: { label: 'Ticket ID', hint: 'e.g. T-00012; press Open.' },
      progress: { hint: 'Percent done, 0 to 100.' },
      level: { hint: LEVEL_HINT },
      expectedBy: { hint: 'When the customer expects it solved: change it when they agree a new time.' },
      lastUpdate: {
        hint: 'When the customer was last told how it goes (every 4 hours while open): set it when you update them with no other change. A new Progress sets it to now.',
      },
      solution: { control: 'textarea' },
    }),
    ready: (raw) => loader.check(raw.id ?? ''),
    save: (submit) => ask('sidebarUpdateTicket', { ...submit, record: loader.changed(submit.record) }),
    saved: async (saved) => {
      const unseen = await loader.reload();
      return savedAs(saved, 'Ticket') + unseen;
    },
  });
  const loader = attachLoader(view, TICKETS, STAMPS);
  return { view, open: loader.open };
}
