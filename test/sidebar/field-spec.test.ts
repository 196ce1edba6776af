import { describe, expect, it } from 'vitest';
import { fieldsFor } from '../../sidebar/field-spec';
import { interactionSchema } from '../../src/domain/records/interaction';
import { ticketSchema } from '../../src/domain/records/ticket';
import { INTERACTIONS, TICKETS } from '../../src/sheets/tables';

describe('fields from the contract', () => {
  const ticket = fieldsFor(TICKETS, ticketSchema.shape, [
    'customerId',
    'subject',
    'level',
    'submitted',
    'owner',
  ]);
  const byKey = Object.fromEntries(ticket.map((f) => [f.key, f]));

  it('labels fields with the sheet headers and picks controls from column types', () => {
    expect(byKey.customerId).toMatchObject({ label: 'Customer ID', control: 'customer', required: true });
    expect(byKey.submitted).toMatchObject({ label: 'Submitted', control: 'datetime-local', required: false });
    expect(byKey.owner).toMatchObject({ control: 'email' });
  });

  it('takes required marks and defaults from the schema', () => {
    expect(byKey.subject!.required).toBe(true);
    expect(byKey.level).toMatchObject({ control: 'select', required: false, initial: 'Regular' });
    expect(byKey.level!.options).toEqual(['Regular', 'Complex', 'Major', 'Critical']);
  });

  it('marks number columns numeric and applies overrides', () => {
    const [when] = fieldsFor(INTERACTIONS, interactionSchema.shape, ['when'], { when: { hint: 'now' } });
    expect(when).toMatchObject({ required: true, numeric: false, hint: 'now' });
  });

  it('refuses a key the table does not have', () => {
    expect(() => fieldsFor(TICKETS, { nope: ticketSchema.shape.subject }, ['nope'])).toThrow(
      /no column "nope"/,
    );
  });
});
