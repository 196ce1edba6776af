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

it('takes an optional Expected Completion, says what it is for, and refuses a day before the start in words', async () => {
  await openView(h, WIN_BACK);
  const f = form(h, WIN_BACK);
  const expected = f.getByLabel('Expected Completion');
  expect(await expected.getAttribute('required')).toBeNull();
  const hint = h.sidebar.locator(
    `[id="${(await expected.getAttribute('aria-describedby'))?.split(' ')[0]}"]`,
  );
  expect(await hint.textContent()).toMatch(/^Optional: the day the measures should be done by\./);

  const open = new Set(
    records(h, 'Win-backs')
      .filter((w) => w.Outcome === 'Open')
      .map((w) => w['Customer ID']),
  );
  const customer = records(h, 'Customers').find((c) => !open.has(c.ID!) && c['Merged Into'] === '')!;
  const before = records(h, 'Win-backs').length;
  await pickCustomer(h, WIN_BACK, customer.Contact!);
  await f.getByRole('combobox', { name: 'Churn Cause' }).selectOption('Service below expectations');
  await f.getByRole('textbox', { name: 'Win-back Measures' }).fill('A named engineer and a monthly review.');
  await expected.fill('2026-11-20');
  await f.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => expected.getAttribute('aria-invalid')).toBe('true');
  expect(await f.locator('.field.invalid .error').textContent()).toBe(
    'This is before the win-back starts (today, 2026-11-23): enter the day the measures should be done.',
  );
  expect(records(h, 'Win-backs')).toHaveLength(before);

  await expected.fill('2026-11-30');
  await f.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => f.locator('.status').textContent()).toMatch(/^Win-back W-\d{5} saved\./);
  expect(records(h, 'Win-backs').at(-1)).toMatchObject({
    'Customer ID': customer.ID,
    'Expected Completion': '2026-11-30',
  });
});
