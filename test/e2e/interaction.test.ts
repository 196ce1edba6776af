import { expect, it } from 'vitest';
import { SAY_MORE } from '../../src/domain/specific-records';
import { PREVIEW_USER } from '../../tools/preview/session';
import { form, openView, pickCustomer, records, screenshot, useHarness, view } from './harness';

const h = useHarness();
const LOG = 'Log an interaction';

async function fill(contact: string, details: string) {
  await openView(h, 'Log interaction');
  await pickCustomer(h, LOG, contact);
  const f = form(h, LOG);
  await f.getByRole('combobox', { name: 'Channel' }).selectOption('Phone');
  await f.getByRole('combobox', { name: 'Kind' }).selectOption('Care');
  await f.getByRole('textbox', { name: 'Subject' }).fill('Quarterly check-in');
  await f.getByRole('textbox', { name: 'Details' }).fill(details);
}

it('logs an interaction for a customer found by contact name', async () => {
  const customer = records(h, 'Customers')[3]!;
  const before = records(h, 'Interactions').length;
  await fill(
    customer.Contact!,
    'Reviewed the new release with the IT team; agreed on training next Tuesday.',
  );
  await screenshot(h, 'log-interaction');
  await form(h, LOG).getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(() => form(h, LOG).locator('.status').textContent())
    .toMatch(/^Interaction I-\d{6} saved\.$/);
  const logged = records(h, 'Interactions');
  expect(logged).toHaveLength(before + 1);
  expect(logged.at(-1)).toMatchObject({
    'Customer ID': customer.ID,
    When: '2026-11-23 17:00',
    Kind: 'Care',
    'Logged By': PREVIEW_USER,
  });
});

it('refuses details that only say contact happened, before sending anything', async () => {
  const before = records(h, 'Interactions').length;
  const calls: string[] = [];
  h.page.on('request', (r) => {
    if (r.url().endsWith('/api/run')) calls.push(r.postData() ?? '');
  });
  await fill(records(h, 'Customers')[4]!.Contact!, 'Contacted.');
  await form(h, LOG).getByRole('button', { name: 'Save' }).click();
  const details = form(h, LOG).getByRole('textbox', { name: 'Details' });
  await expect.poll(() => details.getAttribute('aria-invalid')).toBe('true');
  expect(await form(h, LOG).locator('.field.invalid .error').textContent()).toBe(SAY_MORE);
  expect(calls).toEqual([]);
  expect(records(h, 'Interactions')).toHaveLength(before);
});

it('says a vague Details in the same round as a missing Subject, not in a second one', async () => {
  await fill(records(h, 'Customers')[4]!.Contact!, 'Contacted.');
  const f = form(h, LOG);
  await f.getByRole('textbox', { name: 'Subject' }).fill('');
  await f.getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(() => f.locator('.field.invalid .error').allTextContents())
    .toEqual(['This field is required', SAY_MORE]);
});

it('the customer picker works from the keyboard alone', async () => {
  const customer = records(h, 'Customers')[0]!;
  await openView(h, 'Log interaction');
  const box = form(h, LOG).getByRole('combobox', { name: 'Customer' });
  await box.fill('');
  await h.page.keyboard.type(customer.ID!);
  expect(await box.getAttribute('aria-expanded')).toBe('true');
  await h.page.keyboard.press('ArrowDown');
  const active = (await box.getAttribute('aria-activedescendant')) ?? '';
  expect(await h.sidebar.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
  await h.page.keyboard.press('Enter');
  expect(await box.inputValue()).toBe(`${customer.Name} (${customer.ID})`);
  expect(await box.getAttribute('aria-expanded')).toBe('false');
  await h.page.keyboard.press('Tab');
  expect(await h.sidebar.locator(':focus').getAttribute('name')).toBe('when');
  expect(await form(h, LOG).locator('.status').textContent()).toBe('');
});

it('Tab out of the customer picker with its list open moves on to When, not nowhere', async () => {
  await openView(h, 'Log interaction');
  const box = form(h, LOG).getByRole('combobox', { name: 'Customer' });
  await box.fill('');
  await box.focus();
  // Enough matches that the list scrolls: a scrolling box would otherwise take the Tab and vanish.
  await h.page.keyboard.type('co');
  expect(await form(h, LOG).getByRole('listbox').getByRole('option').count()).toBe(8);
  await h.page.keyboard.press('Tab');
  expect(await h.sidebar.locator(':focus').getAttribute('name')).toBe('when');
  expect(await box.getAttribute('aria-expanded')).toBe('false');
});

it('the customer picker says out loud when no customer matches what is typed', async () => {
  await openView(h, 'Log interaction');
  const box = form(h, LOG).getByRole('combobox', { name: 'Customer' });
  await box.fill('');
  await h.page.keyboard.type('zzqx no such customer');
  await expect.poll(() => h.sidebar.locator('#live').textContent()).toBe('No customer matches');
});

it('Enter in the customer picker picks the one match rather than sending the form half-filled', async () => {
  const customers = records(h, 'Customers');
  const customer = customers.find(
    (c) => c.Email && customers.every((o) => o === c || !o.Email!.includes(c.Email!)),
  )!;
  await openView(h, 'Log interaction');
  const f = form(h, LOG);
  const box = f.getByRole('combobox', { name: 'Customer' });
  const matches = f.getByRole('listbox').getByRole('option');
  await f.evaluate((el) => {
    el.addEventListener('submit', () => el.setAttribute('data-sent', 'yes'));
  });
  const sent = () => f.getAttribute('data-sent');
  await box.fill('');
  await box.focus();
  await h.page.keyboard.type(customer.Email!);
  expect(await matches.count()).toBe(1);
  await h.page.keyboard.press('Enter');
  expect(await box.inputValue()).toBe(`${customer.Name} (${customer.ID})`);
  expect(await sent()).toBeNull();
  // Several matches: Enter marks the first, and a second Enter picks it.
  await box.fill('');
  await h.page.keyboard.type('co');
  expect(await matches.count()).toBeGreaterThan(1);
  await h.page.keyboard.press('Enter');
  expect(await sent()).toBeNull();
  const first = matches.first();
  expect(await box.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
  const [name, meta] = await first.locator('span').allTextContents();
  await h.page.keyboard.press('Enter');
  expect(await box.inputValue()).toBe(`${name} (${/C-\d+/.exec(meta!)![0]})`);
  expect(await sent()).toBeNull();
});

it('an overdue follow-up in My queue opens Log interaction for that customer, once an entry typed is left', async () => {
  await openView(h, 'Log interaction');
  await form(h, LOG).getByRole('textbox', { name: 'Details' }).fill('Half-typed notes about another call.');
  await openView(h, 'My queue');
  const followUps = h.sidebar
    .getByRole('region', { name: 'My queue' })
    .locator('section', { hasText: 'Follow-ups overdue' });
  const item = followUps.getByRole('button').first();
  const title = (await item.locator('.queue-title').textContent()) ?? '';
  await item.click();
  // The entry typed is not wiped: it is left only by pressing the button that says so.
  await view(h, LOG)
    .getByRole('button', { name: `Leave it and start one for ${title}` })
    .click();
  const box = form(h, LOG).getByRole('combobox', { name: 'Customer' });
  await expect.poll(() => box.inputValue()).toBe(title);
  expect(await form(h, LOG).getByRole('textbox', { name: 'Details' }).inputValue()).toBe('');
  expect(
    await h.sidebar
      .getByRole('heading', { name: LOG })
      .evaluate((el) => el.ownerDocument.activeElement === el),
  ).toBe(true);
});

it('takes an untouched When as the time of saving, not of opening the form', async () => {
  await openView(h, 'Log interaction');
  await h.page.getByRole('button', { name: '+1 day' }).click();
  await expect.poll(() => h.page.locator('#message').textContent()).toMatch(/the hourly schedule ran/);
  // The sidebar learns the new time when it is refreshed; the form was filled in a day before.
  await h.sidebar.getByRole('button', { name: 'Refresh' }).click();
  await fill(
    records(h, 'Customers')[5]!.Contact!,
    'Walked through the renewal terms; they want a draft by Friday.',
  );
  await form(h, LOG).getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(() => form(h, LOG).locator('.status').textContent())
    .toMatch(/^Interaction I-\d{6} saved\.$/);
  expect(records(h, 'Interactions').at(-1)!.When).toBe('2026-11-24 17:00');
});
