/**
 * A customer record merged into another is not a customer of its own: the daily job "neither
 * scores it, nor follows it up" (README, Duplicates and merging). Its Health Score was blanked, but
 * its Lead Score and Suggested Tier stayed: a dead record read "lead score 88" and "VIP" beside
 * the kept customer's.
 */
import { expect, it } from 'vitest';
import { customer, daily, record, submit } from './daily-fixtures';
import { startAddon } from './harness';

it('a merged record gets no Lead Score and no Suggested Tier', () => {
  const h = startAddon({ now: '2026-11-23T10:00' });
  const fields = {
    status: 'Intent',
    tier: 'Regular',
    owner: 'amy@example.com',
    size: '51-200',
    needType: 'Technical Consulting',
    needKeywords: 'ERP, migration',
    priority: 'High',
    expectedStart: '2026-12-07',
    contractValue: 600000,
  };
  const keep = customer(h, { name: 'Acme Ltd', ...fields }, '2026-08-01T10:00');
  const dupe = customer(h, { name: 'ACME, Ltd.', ...fields }, '2026-08-01T10:00');
  daily(h);
  expect(record(h, 'Customers', dupe)).toMatchObject({ 'Lead Score': 88, 'Suggested Tier': 'VIP' });
  const merged = h.addon.serve('sidebarMergeCustomers', submit({ keepId: keep, mergeId: dupe }));
  expect(merged).toMatchObject({ ok: true });
  daily(h, '2026-11-24T10:00');
  expect(record(h, 'Customers', dupe)).toMatchObject({ 'Lead Score': '', 'Suggested Tier': '' });
  expect(record(h, 'Customers', keep)).toMatchObject({ 'Lead Score': 88, 'Suggested Tier': 'VIP' });
});
