/** The preview's Dashboard: the figures and the four charts the daily job made, drawn as SVG. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useHarness } from './harness';

const h = useHarness();
const SHOTS = 'test-results/screenshots';

const TITLES = [
  'Tickets opened vs resolved per week',
  'SLA met % per week',
  'CSAT % per month',
  'Customers per risk level',
];

it('draws the Dashboard charts beside its figures, and a refresh keeps four of them', async () => {
  await h.page.getByRole('navigation', { name: 'Sheets' }).getByRole('button', { name: 'Dashboard' }).click();
  const charts = h.page.getByRole('region', { name: 'Charts' });
  await expect.poll(() => charts.locator('figure.chart').count()).toBe(4);
  for (const title of TITLES)
    await expect.poll(() => charts.getByRole('img', { name: title }).count()).toBe(1);
  // Columns are bars, the SLA line a polyline, the risk pie slices.
  expect(await charts.locator('figure[data-type="COLUMN"] rect').count()).toBeGreaterThan(8);
  expect(await charts.locator('figure[data-type="LINE"] polyline').count()).toBeGreaterThan(0);
  expect(
    await charts.locator('figure[data-type="PIE"] path, figure[data-type="PIE"] circle').count(),
  ).toBeGreaterThan(0);
  await expect.poll(() => h.page.locator('#grid td', { hasText: 'Service at a glance' }).count()).toBe(1);

  mkdirSync(SHOTS, { recursive: true });
  await h.page.locator('.workbook').screenshot({ path: join(SHOTS, 'dashboard.png') });

  await h.page.getByRole('button', { name: 'Refresh dashboard' }).click();
  await expect.poll(() => h.page.locator('#message').textContent()).toMatch(/^Refresh dashboard: done/);
  await expect.poll(() => charts.locator('figure.chart').count()).toBe(4);
  expect(h.preview.session.emu.workbook.sheetByName('Dashboard')!.charts).toHaveLength(4);
  expect(h.errors).toEqual([]);
  expect(h.outside).toEqual([]);
});
