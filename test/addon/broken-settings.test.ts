/**
 * Sidebar saves on the built add-on while an unrelated Settings cell is broken: what a person
 * typed is saved, each save reading only the settings it uses (vague details are still refused).
 */
import { describe, expect, it } from 'vitest';
import { SAY_MORE } from '../../src/domain/specific-records';
import { type Answer, customer, interactionRecord, setSetting, submit } from './daily-fixtures';
import { startAddon } from './harness';

const touch = (customerId: string, details: string) =>
  submit(interactionRecord(customerId, '2026-11-23T09:30', { details }));

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

describe('saves that read one section of Settings', () => {
  const broken = () => {
    const h = startAddon();
    const id = customer(h, { name: 'Acme', status: 'Won', tier: 'Key' });
    setSetting(h, 'SLA Regular: resolve (minutes)', 'abc');
    return { h, id };
  };

  it('start a win-back with its reaction check from the health settings', () => {
    const { h, id } = broken();
    const measures = 'Offer a 10% renewal discount and a named support engineer.';
    const answer = h.addon.serve(
      'sidebarStartWinBack',
      submit({ customerId: id, cause: 'Budget', measures, owner: '' }),
    ) as Answer;
    expect(answer, JSON.stringify(answer)).toMatchObject({ ok: true });
    expect(h.records('Win-backs')).toEqual([expect.objectContaining({ 'Customer ID': id })]);
  });

  it('schedule a survey with its due date from the survey settings', () => {
    const { h, id } = broken();
    const answer = h.addon.serve(
      'sidebarScheduleSurvey',
      submit({ customerId: id, reason: 'Ad Hoc' }),
    ) as Answer;
    expect(answer, JSON.stringify(answer)).toMatchObject({ ok: true });
    expect(h.records('Surveys')).toEqual([expect.objectContaining({ 'Customer ID': id, Status: 'Due' })]);
  });
});
