import { describe, expect, it } from 'vitest';
import { explain, unreachable } from '../../sidebar/words';
import { notFound } from '../../src/sheets/record-row';

describe('failures in plain words', () => {
  it('says what happened, what to do, and that nothing typed is lost', () => {
    const busy = explain({ ok: false, kind: 'busy', message: 'Another save is running.' });
    expect(busy.title).toBe('The spreadsheet is busy');
    expect(busy.detail).toMatch(
      /^Another save is running\. Wait a few seconds .*What you typed is still here\.$/,
    );
    expect(explain({ ok: false, kind: 'setup', message: 'The "Tickets" sheet is missing.' }).detail).toMatch(
      /Set up \/ repair/,
    );
  });

  it('says a record not found once, and asks to check the ID', () => {
    const missing = explain({
      ok: false,
      kind: 'not-found',
      message: notFound('Tickets', 'T-00099').message,
    });
    expect(missing.detail).toBe(
      'No record T-00099 in the "Tickets" sheet. It may have been deleted. Check the ID. What you typed is still here.',
    );
  });

  it('does not say "nothing was saved" when part of the work was', () => {
    const partly = explain({
      ok: false,
      kind: 'partly',
      message: 'C-0002 was saved, but the Audit Log could not note it.',
    });
    expect(partly).toEqual({
      title: 'Saved, but not all of it',
      detail: 'C-0002 was saved, but the Audit Log could not note it.',
    });
  });

  it('tells a person who pressed Open to press Open again, not Save', () => {
    const open = explain({ ok: false, kind: 'error', message: 'Service unavailable.' }, 'Open');
    expect(open.title).toBe('The record could not be opened');
    expect(open.detail).toMatch(/^Service unavailable\. Press Open again;/);
    expect(explain({ ok: false, kind: 'busy', message: 'Busy.' }, 'Open').detail).toMatch(/press Open again/);
  });

  it('turns a call that never reached the server into a Failure', () => {
    expect(unreachable(new Error('timeout'))).toEqual({
      ok: false,
      kind: 'error',
      message: 'The spreadsheet did not answer properly (timeout). Check your connection.',
    });
  });
});
