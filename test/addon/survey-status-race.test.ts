/**
 * Survey Status is a person's column that the daily job keeps current: a Status a person picks
 * while the job runs (after it read the sheet, before it wrote) is theirs, and the job must not
 * write its own over it (src/sheets/write-computed.ts). Now is Monday 2026-11-23 10:00 in Shanghai.
 */
import { describe, expect, it } from 'vitest';
import { asPerson } from '../../tools/emulator/person';
import { customer, daily, letterOf, record, typeRows } from './daily-fixtures';
import { shanghai, startAddon } from './harness';

describe('a survey a person closes while the daily job runs', () => {
  it('stays closed as they put it', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const acme = customer(h, { name: 'Acme Ltd', owner: 'amy@example.com' }, '2026-01-05T10:00');
    // Sent 4 days ago: the job is about to turn it Reminded.
    typeRows(h, 'Surveys', [
      {
        ID: 'S-00001',
        'Customer ID': acme,
        Reason: 'Ad Hoc',
        Sent: shanghai('2026-11-19T10:00'),
        Status: 'Sent',
      },
    ]);
    const cell = `${letterOf(h, 'Surveys', 'Status')}2`;
    let declined = false;
    // Once everything is read, before anything is written: the customer declined on the phone.
    h.emu.rt.hook = (method) => {
      if (declined || !method.startsWith('Sheet.insertRows')) return;
      declined = true;
      asPerson(h.emu.rt, () =>
        h.emu.globals.SpreadsheetApp.getActive()
          .getSheetByName('Surveys')!
          .getRange(cell)
          .setValue('Expired'),
      );
    };
    daily(h, '2026-11-23T10:00');
    h.emu.rt.hook = undefined;
    expect(declined).toBe(true);
    expect(record(h, 'Surveys', 'S-00001').Status).toBe('Expired');
  });
});
