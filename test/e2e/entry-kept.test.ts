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
  // Today unless changed: emptied, then typed in part.
  await firstContact.fill('');
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

it('reads a number as typed, decimal comma or point, and asks for digits for a thousands separator', async () => {
  await openView(h, 'New customer');
  const f = form(h, 'New customer');
  await f.getByRole('textbox', { name: 'Name', exact: true }).fill('Separator Trading');
  await f.getByRole('textbox', { name: 'Contact', exact: true }).fill('Yao Lan');
  await f.getByLabel('First Contact').fill('');
  const value = f.getByRole('textbox', { name: 'Contract Value' });
  // An English browser's number box would drop the comma as it is typed, and keep 1.2345.
  await value.pressSequentially('1.234,5');
  const before = records(h, 'Customers').length;
  await f.getByRole('button', { name: /^Save/ }).click();
  await expect.poll(() => value.getAttribute('aria-invalid')).toBe('true');
  expect(await f.locator('.field.invalid .error').textContent()).toBe(
    'Type the number as digits, with no spaces or thousands separators (like 1500 or 12.5).',
  );
  expect(await value.inputValue()).toBe('1.234,5');
  expect(records(h, 'Customers')).toHaveLength(before);
  await value.fill('1234,5');
  await f.getByRole('button', { name: /^Save/ }).click();
  await expect.poll(() => records(h, 'Customers').length).toBe(before + 1);
  const saved = h.preview.session.emu.globals.SpreadsheetApp.getActive().getSheetByName('Customers')!;
  const values = saved.getDataRange().getValues();
  const at = values[0]!.indexOf('Contract Value');
  expect(values.find((r) => r[values[0]!.indexOf('Name')] === 'Separator Trading')![at]).toBe(1234.5);
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

it('keeps an interaction being typed when a follow-up is picked in My queue, until the person leaves it', async () => {
  await openView(h, 'Log interaction');
  const f = form(h, LOG);
  await pickCustomer(h, LOG, records(h, 'Customers')[3]!.Contact!);
  const details = 'Talked through the renewal price; they asked for 5% off for two years.';
  await f.getByRole('textbox', { name: 'Subject' }).fill('Renewal call');
  await f.getByRole('textbox', { name: 'Details' }).fill(details);
  await openView(h, 'My queue');
  const followUp = view(h, 'My queue')
    .locator('section', { has: h.sidebar.getByRole('heading', { name: /^Follow-ups overdue/ }) })
    .locator('.queue-item')
    .first();
  const picked = /C-\d{4}/.exec((await followUp.textContent()) ?? '')![0];
  await followUp.click();
  const leave = view(h, LOG).getByRole('button', {
    name: new RegExp(`^Leave it and start one for .*${picked}`),
  });
  await expect.poll(() => leave.isVisible()).toBe(true);
  expect(await leave.locator('xpath=..').locator('p').textContent()).toMatch(
    /^Your interaction is not saved \(.*Subject, Details.*\)\. Save it first, or leave it to start one for .*C-\d{4}/,
  );
  expect(await f.getByRole('textbox', { name: 'Details' }).inputValue()).toBe(details);
  await leave.click();
  expect(await f.getByRole('textbox', { name: 'Details' }).inputValue()).toBe('');
  expect(await f.getByRole('combobox', { name: 'Customer' }).inputValue()).toContain(picked);
  expect(await leave.isVisible()).toBe(false);
  // The button pressed is gone: focus lands on the form's heading, not nowhere.
  expect(await h.sidebar.locator(':focus').textContent()).toBe(LOG);
});

it('keeps a win-back being typed when Win back is pressed for a customer at risk', async () => {
  await openView(h, 'Win back');
  const f = form(h, 'Win back');
  const measures = 'Offer a free on-site training day and a named support contact.';
  await f.getByRole('textbox', { name: 'Win-back Measures' }).fill(measures);
  await openView(h, 'My queue');
  await view(h, 'My queue')
    .getByRole('button', { name: /^Win back/ })
    .first()
    .click();
  const leave = view(h, 'Win back').getByRole('button', { name: /^Leave it and start one for / });
  await expect.poll(() => leave.isVisible()).toBe(true);
  expect(await f.getByRole('textbox', { name: 'Win-back Measures' }).inputValue()).toBe(measures);
  await leave.click();
  expect(await f.getByRole('textbox', { name: 'Win-back Measures' }).inputValue()).toBe('');
});
