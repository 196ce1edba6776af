/**
 * Logging an interaction on the built add-on: what a person typed is saved even while an
 * unrelated Settings cell is broken, and vague details are still refused then.
 */
import { describe, expect, it } from 'vitest';
import { SAY_MORE } from '../../src/domain/specific-records';
import { type Answer, customer, setSetting, submit } from './daily-fixtures';
import { startAddon } from './harness';

const touch = (customerId: string, details: string) =>
  submit({
    customerId,
    when: '2026-11-23T09:30',
    channel: 'Phone',
    kind: 'Care',
    subject: 'Renewal',
    details,
  });

describe('logging an interaction while a Settings cell is broken', () => {
  it('saves the interaction as typed', () => {
    const h = startAddon();
    const id = customer(h, { name: 'Acme', status: 'Won', tier: 'Key' });
    setSetting(h, 'SLA Regular: resolve (minutes)', 'abc');
    const details = 'Agreed the renewal price with Li Wei; contract goes out Friday.';
    const answer = h.addon.serve('sidebarLogInteraction', touch(id, details)) as Answer;
    expect(answer, JSON.stringify(answer)).toMatchObject({ ok: true });
    expect(h.records('Interactions')).toEqual([
      expect.objectContaining({ 'Customer ID': id, Details: details }),
    ]);
  });

  it('still refuses details that only say contact happened, by the default phrases', () => {
    const h = startAddon();
    const id = customer(h, { name: 'Acme', status: 'Won', tier: 'Key' });
    setSetting(h, 'SLA Regular: resolve (minutes)', 'abc');
    const answer = h.addon.serve('sidebarLogInteraction', touch(id, 'Contacted.')) as Answer;
    expect(answer).toMatchObject({ ok: false, fields: { details: SAY_MORE } });
    expect(h.records('Interactions')).toEqual([]);
  });
});
