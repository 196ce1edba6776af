/**
 * What a person typed is not saved wrong: a date typed in part is asked for again rather than
 * saved empty, and a correction made after a save whose answer was lost is not thrown away.
 */
import { expect, it } from 'vitest';
import { form, openView, pickCustomer, records, useHarness, view } from './harness';

const h = useHarness();
const LOG = 'Log an interaction';

it('does not drop a correction made after a failed save', async () => {
  const customer = records(h, 'Customers')[3]!;
  let dropped = false;
  // The server writes the interaction, but the sidebar never hears back.
  await h.page.route('**/api/run', async (route) => {
    const call = JSON.parse(route.request().postData() ?? '{}') as { name?: string };
    if (call.name !== 'sidebarLogInteraction' || dropped) return route.continue();
    dropped = true;
    await route.fetch();
    await route.abort('timedout');
  });
  try {
    await openView(h, 'Log interaction');
    await pickCustomer(h, LOG, customer.Contact!);
    const f = form(h, LOG);
    await f.getByRole('combobox', { name: 'Channel' }).selectOption('Phone');
    await f.getByRole('combobox', { name: 'Kind' }).selectOption('Support');
    await f.getByRole('textbox', { name: 'Subject' }).fill('Invoice question');
    await f
      .getByRole('textbox', { name: 'Details' })
      .fill('Explained the March invoice; credit of 200 agreed.');
    await f.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => view(h, LOG).getByRole('alert').first().textContent())
      .toContain('The save was not confirmed');

    // Told it was not confirmed, the person fixes the amount before pressing Save again.
    const corrected = 'Explained the March invoice; credit of 2,000 agreed.';
    await f.getByRole('textbox', { name: 'Details' }).fill(corrected);
    await f.getByRole('button', { name: 'Save' }).click();
    const mine = records(h, 'Interactions').filter((r) => r.Subject === 'Invoice question');
    await expect
      .poll(() => view(h, LOG).getByRole('alert').first().textContent())
      .toContain(`${mine[0]?.ID} had already been saved as first sent, without the changes you made since.`);
    // The first version stays the one record; the correction is still in the form to act on.
    expect(mine.map((r) => r.Details)).toEqual(['Explained the March invoice; credit of 200 agreed.']);
    expect(await f.getByRole('textbox', { name: 'Details' }).inputValue()).toBe(corrected);
  } finally {
    await h.page.unroute('**/api/run');
  }
});

it('does not save a customer without the First Contact date typed in part', async () => {
  const before = records(h, 'Customers').length;
  await openView(h, 'New customer');
  const f = form(h, 'New customer');
  await f.getByRole('textbox', { name: 'Name', exact: true }).fill('Partial Date Trading');
  await f.getByRole('textbox', { name: 'Contact', exact: true }).fill('Yao Lan');
  const firstContact = f.getByLabel('First Contact');
  await firstContact.click();
  await h.page.keyboard.type('1123'); // month and day; the year is still to come
  expect(
    await firstContact.evaluate(
      (el) => (el as unknown as { validity: { badInput: boolean } }).validity.badInput,
    ),
  ).toBe(true);
  await f.getByRole('button', { name: /^Save/ }).click();
  await expect.poll(() => firstContact.getAttribute('aria-invalid')).toBe('true');
  // Not "a date like 2026-11-23": the box shows mm/dd/yyyy here and cannot take that.
  expect(await f.locator('.field.invalid .error').textContent()).toBe(
    'Fill in the whole date: day, month and year.',
  );
  expect(records(h, 'Customers')).toHaveLength(before);
});

it('does not log an interaction without the Next Action Due typed in part', async () => {
  const before = records(h, 'Interactions').length;
  await openView(h, 'Log interaction');
  await pickCustomer(h, LOG, records(h, 'Customers')[3]!.Contact!);
  const f = form(h, LOG);
  await f.getByRole('combobox', { name: 'Channel' }).selectOption('Phone');
  await f.getByRole('combobox', { name: 'Kind' }).selectOption('Sales');
  await f.getByRole('textbox', { name: 'Subject' }).fill('Renewal quote');
  await f
    .getByRole('textbox', { name: 'Details' })
    .fill('Sent the renewal quote for 40 seats; they will reply after the board meeting.');
  await f.getByRole('textbox', { name: 'Next Action', exact: true }).fill('Call back about the quote');
  const due = f.getByLabel('Next Action Due');
  await due.click();
  await h.page.keyboard.type('1130');
  await f.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => due.getAttribute('aria-invalid')).toBe('true');
  expect(records(h, 'Interactions')).toHaveLength(before);
});
