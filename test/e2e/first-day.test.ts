/**
 * A newcomer opens the sidebar in a spreadsheet the CRM was never set up in, chooses Set up, and
 * finds the forms with no customers yet.
 */
import { expect, it } from 'vitest';
import { form, openView, useHarness, view } from './harness';

const h = useHarness({ blank: true });

it('before Set up, says the CRM is not set up yet, with no "Loading…" left under it', async () => {
  const failed = h.sidebar.locator('#boot-error');
  await expect.poll(() => failed.isVisible()).toBe(true);
  expect(await failed.textContent()).toContain(
    'The CRM is not set up in this spreadsheet yet: choose Extensions → CRM → Set up / repair.',
  );
  expect(await h.sidebar.locator('main').textContent()).not.toContain('Loading');
  expect(h.errors).toEqual([]);
});

it('after Set up, Refresh opens My queue with nothing in it yet', async () => {
  expect(h.preview.session.menu('setupWorkbook').ok).toBe(true);
  await h.sidebar.locator('#refresh').click();
  await h.sidebar.locator('#queue-title').waitFor();
  expect(await h.sidebar.locator('#boot-error').isVisible()).toBe(false);
  expect(await view(h, 'My queue').textContent()).toContain('Open tickets (0)');
  expect(h.errors).toEqual([]);
});

it('a customer picker with no customers yet says to add one first', async () => {
  await openView(h, 'Log interaction');
  const box = form(h, 'Log an interaction').getByRole('combobox', { name: 'Customer' });
  await box.fill('Corner');
  const none = h.sidebar.getByRole('option');
  await expect
    .poll(() => none.first().textContent())
    .toBe('No customers yet: add one under New customer first.');
  expect(h.errors).toEqual([]);
});

it('the first customer, saved and opened, has a History that says there is nothing yet', async () => {
  await openView(h, 'New customer');
  const f = form(h, 'New customer');
  await f.getByRole('textbox', { name: 'Name', exact: true }).fill('Corner Cafe');
  await f.getByRole('textbox', { name: 'Contact', exact: true }).fill('Ann');
  await f.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => f.locator('.status').textContent()).toBe('Customer C-0001 saved.');
  await openView(h, 'Edit customer');
  await form(h, 'Edit customer').getByRole('combobox', { name: 'Customer' }).fill('Corner');
  await h.sidebar.getByRole('option').first().click();
  const history = view(h, 'Edit customer').locator('details.history');
  await history.getByText('History', { exact: true }).click();
  await expect
    .poll(() => history.locator('h4').allTextContents())
    .toEqual(['Open tickets (no tickets yet)', 'Interactions (0 interactions)', 'Surveys (0 surveys)']);
  expect(h.errors).toEqual([]);
});
