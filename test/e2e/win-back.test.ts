/**
 * Win back in the sidebar: what it tells the owner about the reaction check is the Settings'
 * "Health: win-back check after (days)", not a fixed 3 days.
 */
import { expect, it } from 'vitest';
import { form, openView, pickCustomer, records, useHarness, view } from './harness';

const h = useHarness();
const WIN_BACK = 'Win back';

it('says the reaction is checked within the days set in Settings', async () => {
  const ss = h.preview.session.emu.globals.SpreadsheetApp.getActive();
  const settings = ss.getSheetByName('Settings')!;
  const row = settings
    .getDataRange()
    .getValues()
    .findIndex((r) => r[0] === 'Health: win-back check after (days)');
  settings.getRange(row + 1, 2).setValue('5');
  // My queue's Refresh reads what the sidebar loaded with again, Settings among it.
  await h.sidebar.getByRole('button', { name: 'Refresh' }).click();
  await expect.poll(() => h.sidebar.getByRole('button', { name: 'Refresh' }).isEnabled()).toBe(true);

  await openView(h, WIN_BACK);
  expect(await view(h, WIN_BACK).locator('.intro').textContent()).not.toContain('3 days');
  const open = new Set(
    records(h, 'Win-backs')
      .filter((w) => w.Outcome === 'Open')
      .map((w) => w['Customer ID']),
  );
  const customer = records(h, 'Customers').find((c) => !open.has(c.ID!) && c['Merged Into'] === '')!;
  await pickCustomer(h, WIN_BACK, customer.Contact!);
  const f = form(h, WIN_BACK);
  await f.getByRole('combobox', { name: 'Churn Cause' }).selectOption('Budget');
  await f
    .getByRole('textbox', { name: 'Win-back Measures' })
    .fill('A 10% discount on renewal, offered by phone.');
  await f.getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(() => f.locator('.status').textContent())
    .toMatch(
      /^Win-back W-\d{5} saved\. Check the customer's reaction within 5 days, then record its outcome below\.$/,
    );
});

it('after a Lost outcome, says the customer stays as they are until their Status is set to Churned', async () => {
  const w = records(h, 'Win-backs').find((r) => r.Outcome === 'Open')!;
  const outcome = form(h, 'Record the outcome');
  await openView(h, WIN_BACK);
  await outcome.getByRole('textbox', { name: 'Win-back ID' }).fill(w.ID!);
  await outcome.getByRole('combobox', { name: 'Outcome' }).selectOption('Lost');
  await outcome.getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(() => outcome.locator('.status').textContent())
    .toBe(
      `Win-back ${w.ID} saved. The customer keeps their Status: if they have left, set it to Churned in Edit customer, or they are still scored, followed up and surveyed.`,
    );
  expect(records(h, 'Customers').find((c) => c.ID === w['Customer ID'])!.Status).not.toBe('Churned');
});
