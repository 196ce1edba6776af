/**
 * The health score's survey indicators and the survey summaries read the same answers: a row the
 * summaries leave out (named in its Problems) must not move the customer's health either.
 */
import { expect, it } from 'vitest';
import { customer, daily, interaction, noteOf, record, typeRows } from './daily-fixtures';
import { shanghai, startAddon } from './harness';

const NOW = '2026-11-23T10:00';

// README: "A survey score counts only as a whole number from 1 to 5, as in the survey summaries:
// anything else typed in (a 4.5, a 9 from a 0-10 habit) is named in the survey's Problems and
// left out, so the latest answer that counts is used instead." Someone typed a 0-10 answer (9, 8,
// 7, 5, 5 and Recommend 10): the summaries leave the whole row out, but health took its two 5s
// as 5/5 and scored satisfaction 100, over the customer's earlier 2/5 answer.
it('leaves out a survey answer the summaries leave out, not just its bad scores', () => {
  const h = startAddon({ now: NOW });
  const id = customer(h, { name: 'Mixed Scales Ltd', status: 'Won', tier: 'Regular' }, '2025-06-02T10:00');
  interaction(h, id, '2026-11-16T10:00');
  const answer = (scores: number[], recommend: number) => ({
    'Response Speed': scores[0],
    Resolution: scores[1],
    Professionalism: scores[2],
    'Product Fit': scores[3],
    'Proactive Care': scores[4],
    Recommend: recommend,
  });
  typeRows(h, 'Surveys', [
    {
      ID: 'S-09201',
      'Customer ID': id,
      Reason: '3 Months',
      Responded: shanghai('2026-09-10T10:00'),
      ...answer([2, 2, 2, 2, 2], 2),
    },
    {
      ID: 'S-09202',
      'Customer ID': id,
      Reason: '6 Months',
      Responded: shanghai('2026-11-10T10:00'),
      ...answer([9, 8, 7, 5, 5], 10),
    },
  ]);
  daily(h, NOW);
  expect(String(record(h, 'Surveys', 'S-09202').Problems)).toContain('Response Speed is "9"');
  const note = noteOf(h, 'Customers', id, 'Health Score');
  expect(note).toContain('Satisfaction (latest survey 2.0/5)');
  expect(note).toContain('Recommend (would recommend 2.0/5)');
});
