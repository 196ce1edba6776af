/**
 * An interaction's Next Action Due is not before the interaction itself (a year or month typed
 * wrong would make the customer's follow-up Overdue at once and alert the owner). The rule is the
 * interaction schema's, so the sidebar's form and the server refuse it alike. Now is Monday
 * 2026-11-23 10:00 in Shanghai.
 */
import { describe, expect, it } from 'vitest';
import { customer, interactionRecord, serve } from './daily-fixtures';
import { type Harness, startAddon } from './harness';

const logged = (h: Harness, nextActionDue: string) =>
  serve(
    h,
    'sidebarLogInteraction',
    interactionRecord(customer(h, { name: 'Acme Ltd' }), '2026-11-23T09:00', {
      nextAction: 'Send the training dates',
      nextActionDue,
    }),
  );

describe("an interaction's Next Action Due", () => {
  it('before the interaction is refused on the field, and nothing is written', () => {
    const h = startAddon();
    const r = logged(h, '2025-11-30');
    expect(r.fields?.nextActionDue).toBe(
      'This is before the interaction: enter when the next action is due.',
    );
    expect(h.records('Interactions')).toHaveLength(0);
  });

  it.each([
    [
      'without a Next Action is refused: the follow-up would promise nothing ("next action "" due …")',
      { nextActionDue: '2026-11-30' },
      'nextAction',
      'Say what is to be done by this date, or clear the date.',
    ],
    [
      'left empty under a Next Action is refused: a promise with no date is never followed up',
      { nextAction: 'Send the training dates' },
      'nextActionDue',
      'Enter when the next action is due.',
    ],
  ])('%s', (_, half, field, message) => {
    const h = startAddon();
    const record = interactionRecord(customer(h, { name: 'Acme Ltd' }), '2026-11-23T09:00', half);
    const r = serve(h, 'sidebarLogInteraction', record);
    expect(r.fields?.[field]).toBe(message);
    expect(h.records('Interactions')).toHaveLength(0);
  });

  it('on the day of the interaction is taken', () => {
    const h = startAddon();
    const r = logged(h, '2026-11-23');
    expect(r.ok, JSON.stringify(r)).toBe(true);
  });
});
