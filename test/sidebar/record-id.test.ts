import { describe, expect, it } from 'vitest';
import { fullId, namesRecord } from '../../sidebar/record-id';
import { CUSTOMERS, TICKETS } from '../../src/sheets/tables';

describe('fullId', () => {
  it('writes an ID typed in short as the sheet does', () => {
    for (const typed of ['t-241', '241', 'T00241', ' T-00241 ', 't-0241'])
      expect(fullId(typed, TICKETS)).toBe('T-00241');
    expect(fullId('7', CUSTOMERS)).toBe('C-0007');
    expect(fullId('T-123456', TICKETS)).toBe('T-123456');
  });

  it("leaves what is no ID of the table's as typed, for the form to name", () => {
    expect(fullId('c-0001', TICKETS)).toBe('c-0001');
    expect(fullId('Acme', CUSTOMERS)).toBe('Acme');
    expect(fullId('', TICKETS)).toBe('');
  });
});

describe('namesRecord', () => {
  it('finds an ID named whole in a Possible Duplicate cell, not inside a longer one', () => {
    const cell = 'C-10001 (same name); C-0002 (same email)';
    expect(namesRecord(cell, 'C-0002')).toBe(true);
    expect(namesRecord(cell, 'C-1000')).toBe(false);
    expect(namesRecord('', 'C-0002')).toBe(false);
  });
});
