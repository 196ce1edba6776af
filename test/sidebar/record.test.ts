import { describe, expect, it } from 'vitest';
import { fieldsFor } from '../../sidebar/field-spec';
import { check, describeErrors, toRecord, UNREADABLE, UNREADABLE_NUMBER } from '../../sidebar/record';
import { customerSchema } from '../../src/domain/records/customer';
import { surveyAnswersSchema } from '../../src/domain/records/survey';
import { ticketSchema, ticketUpdateSchema } from '../../src/domain/records/ticket';
import { CUSTOMERS, SURVEYS, TICKETS } from '../../src/sheets/tables';

const customerFields = fieldsFor(CUSTOMERS, customerSchema.shape, [
  'name',
  'contact',
  'email',
  'contractValue',
]);

describe('form values to a record', () => {
  it('converts number fields and keeps text as typed', () => {
    const record = toRecord(
      customerFields,
      { name: 'Acme', contact: 'Li', email: '', contractValue: '1200.5' },
      customerSchema.shape,
    );
    expect(record).toEqual({ name: 'Acme', contact: 'Li', email: '', contractValue: 1200.5 });
  });

  it('leaves out an empty field the update schema only accepts as missing', () => {
    const fields = fieldsFor(TICKETS, ticketUpdateSchema.shape, ['id', 'status', 'solution']);
    const record = toRecord(fields, { id: 'T-00001', status: '', solution: '' }, ticketUpdateSchema.shape);
    expect(record).toEqual({ id: 'T-00001', solution: '' });
  });

  it('an unreadable number is reported by the schema, not sent as empty', () => {
    const fields = fieldsFor(SURVEYS, surveyAnswersSchema.shape, ['id', 'recommend']);
    const record = toRecord(
      fields,
      { id: 'S-00001', recommend: UNREADABLE_NUMBER },
      surveyAnswersSchema.shape,
    );
    const checked = check(surveyAnswersSchema, record, fields);
    expect(checked.ok).toBe(false);
    // The browser could not read it: "1,500" or "1.234,5" where it takes no such marks.
    expect(checked).toEqual({
      ok: false,
      errors: {
        recommend: 'Type the number as digits, with no spaces or thousands separators (like 1500 or 12.5).',
      },
    });
  });

  it("asks for the rest of a date filled in part, in no one format: the box shows the computer's own", () => {
    const fields = fieldsFor(CUSTOMERS, customerSchema.shape, ['name', 'contact', 'firstContact']);
    const raw = { name: 'Acme', contact: 'Li', firstContact: UNREADABLE.date };
    const checked = check(customerSchema, toRecord(fields, raw, customerSchema.shape), fields);
    expect(checked).toEqual({
      ok: false,
      errors: { firstContact: 'Fill in the whole date: day, month and year.' },
    });
    const ticketFields = fieldsFor(TICKETS, ticketSchema.shape, [
      'customerId',
      'subject',
      'type',
      'submitted',
    ]);
    const ticket = {
      customerId: 'C-0001',
      subject: 'Scanner',
      type: 'Technical',
      submitted: UNREADABLE.dateTime,
    };
    expect(check(ticketSchema, toRecord(ticketFields, ticket, ticketSchema.shape), ticketFields)).toEqual({
      ok: false,
      errors: { submitted: 'Fill in the whole date and time.' },
    });
  });
});

describe('checking with the shared schema', () => {
  it('gives one message per field, in the words the server uses', () => {
    const record = toRecord(customerFields, { name: '', contact: 'Li', email: 'nope' }, customerSchema.shape);
    const checked = check(customerSchema, record, customerFields);
    expect(checked).toEqual({
      ok: false,
      errors: { name: 'This field is required', email: 'Enter an email address like name@example.com' },
    });
  });

  it("prefers a field's own message (the picker says to choose from the list)", () => {
    const fields = fieldsFor(TICKETS, ticketUpdateSchema.shape, ['id'], {
      id: { message: 'Open a ticket.' },
    });
    expect(check(ticketUpdateSchema, { id: 'x' }, fields)).toEqual({
      ok: false,
      errors: { id: 'Open a ticket.' },
    });
  });

  it('returns the parsed record (trimmed, defaults applied) when valid', () => {
    const record = toRecord(customerFields, { name: ' Acme ', contact: 'Li' }, customerSchema.shape);
    const checked = check(customerSchema, record, customerFields);
    expect(checked.ok && checked.data.name).toBe('Acme');
    expect(checked.ok && checked.data.tier).toBe('');
  });

  it('describes the errors for the live region in field order', () => {
    const text = describeErrors(customerFields, { email: 'Bad email', name: 'Required', _form: 'Odd' });
    expect(text).toBe('Nothing was saved. 3 problems: Name: Required; Email: Bad email; Odd');
  });
});
