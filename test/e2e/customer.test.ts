import type { Locator } from 'playwright-core';
import { expect, it } from 'vitest';
import { form, openView, records, screenshot, useHarness, view } from './harness';

const h = useHarness();
const NEW = 'New customer';

async function fillCustomer(name: string, contact: string, email = '') {
  const f = form(h, NEW);
  await f.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await f.getByRole('textbox', { name: 'Contact', exact: true }).fill(contact);
  await f.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
}

/** Whether the whole element shows in the sidebar's viewport. */
const inSight = (element: Locator) =>
  element.evaluate((el) => {
    const { top, bottom } = el.getBoundingClientRect();
    return top >= 0 && bottom <= (globalThis as unknown as { innerHeight: number }).innerHeight;
  });

it('creates a customer that appears in the Customers sheet with a new ID', async () => {
  const before = records(h, 'Customers').length;
  await openView(h, NEW);
  await screenshot(h, 'new-customer');
  await fillCustomer('Qingdao Harbor Robotics Co., Ltd.', 'Sun Li', 'sun.li@harbor-robotics.cn');
  await form(h, NEW).getByRole('combobox', { name: 'Tier' }).selectOption('Key');
  await form(h, NEW).getByRole('button', { name: 'Save' }).click();
  const status = form(h, NEW).locator('.status');
  await expect.poll(() => status.textContent()).toMatch(/^Customer C-\d{4} saved\.$/);
  const id = /C-\d{4}/.exec((await status.textContent()) ?? '')![0];
  expect(Number(id.slice(2))).toBe(before + 1);

  await h.page
    .getByRole('navigation', { name: 'Sheets' })
    .getByRole('button', { name: 'Customers', exact: true })
    .click();
  const row = h.page.locator('#grid tbody tr', { hasText: 'Qingdao Harbor Robotics' });
  await expect.poll(() => row.locator('td').first().textContent()).toBe(id);
  expect(records(h, 'Customers').at(-1)).toMatchObject({
    ID: id,
    Tier: 'Key',
    Owner: 'wang.fang@example.com',
    // Met today unless changed: the first return visit counts from it.
    'First Contact': '2026-11-23',
  });
});

it('refuses an invalid email inline, focuses it and writes nothing', async () => {
  const before = records(h, 'Customers').length;
  await openView(h, NEW);
  await fillCustomer('Xiamen Pearl Optics', 'Lin Yu', 'lin.yu@@pearl');
  await form(h, NEW).getByRole('button', { name: 'Save' }).click();
  const email = form(h, NEW).getByRole('textbox', { name: 'Email', exact: true });
  await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
  expect(await h.sidebar.locator(':focus').getAttribute('id')).toBe(await email.getAttribute('id'));
  const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
  const message = h.sidebar.locator(`[id="${describedBy.split(' ').at(-1)}"]`);
  expect(await message.textContent()).toBe('Enter an email address like name@example.com');
  await expect
    .poll(() => h.sidebar.locator('#live').textContent())
    .toContain('Email: Enter an email address');
  expect(await email.inputValue()).toBe('lin.yu@@pearl');
  await screenshot(h, 'new-customer-invalid');
  expect(records(h, 'Customers')).toHaveLength(before);
});

it('warns about a likely duplicate and saves only when asked again', async () => {
  const [existing] = records(h, 'Customers');
  const before = records(h, 'Customers').length;
  await openView(h, NEW);
  await fillCustomer(existing!.Name!, 'Someone Else');
  const save = form(h, NEW).getByRole('button', { name: /^Save/ });
  await save.click();
  const warning = form(h, NEW).locator('.warning');
  await expect.poll(() => warning.textContent()).toContain(`${existing!.Name} (${existing!.ID}): same name`);
  expect(records(h, 'Customers')).toHaveLength(before);
  await screenshot(h, 'new-customer-duplicate');
  expect(await save.textContent()).toBe('Save anyway');
  // The second click of a double-click on Save, landing once the warning is up, is not an answer.
  await save.dispatchEvent('click', { detail: 2 });
  expect(await save.textContent()).toBe('Save anyway');
  expect(records(h, 'Customers')).toHaveLength(before);
  await save.click();
  await expect.poll(() => records(h, 'Customers').length).toBe(before + 1);
});

it('a retry after a lost answer returns the first record instead of writing a second', async () => {
  const before = records(h, 'Customers').length;
  let dropped = false;
  // The server writes the customer, but the sidebar never hears back (a timeout).
  await h.page.route('**/api/run', async (route) => {
    const call = JSON.parse(route.request().postData() ?? '{}') as { name?: string };
    if (call.name !== 'sidebarCreateCustomer' || dropped) return route.continue();
    dropped = true;
    await route.fetch();
    await route.abort('timedout');
  });
  try {
    await openView(h, NEW);
    await fillCustomer('Harbin Snow Valley Foods', 'Guo Ming', 'guo.ming@snowvalley.cn');
    const save = form(h, NEW).getByRole('button', { name: 'Save' });
    await save.click();
    await expect
      .poll(() => view(h, NEW).getByRole('alert').first().textContent())
      .toContain('The save was not confirmed');
    const name = form(h, NEW).getByRole('textbox', { name: 'Name', exact: true });
    expect(await name.inputValue()).toBe('Harbin Snow Valley Foods');
    await save.click();
    await expect.poll(() => form(h, NEW).locator('.status').textContent()).toMatch(/had already been saved/);
    expect(records(h, 'Customers')).toHaveLength(before + 1);
  } finally {
    await h.page.unroute('**/api/run');
  }
});

it('says in plain words when the spreadsheet is busy, keeps the entry, and saves on the next try', async () => {
  const before = records(h, 'Customers').length;
  const locks = h.preview.session.emu.locks;
  await openView(h, NEW);
  await fillCustomer('Dalian Seaside Instruments', 'Qian Wen');
  locks.hold('document');
  try {
    await form(h, NEW).getByRole('button', { name: 'Save' }).click();
    const banner = view(h, NEW).getByRole('alert').first();
    await expect.poll(() => banner.textContent()).toMatch(/^The spreadsheet is busy.*Wait a few seconds/);
    // Save sits at the foot of the form: the banner at its head must be scrolled into sight.
    expect(await inSight(banner)).toBe(true);
  } finally {
    locks.release('document');
  }
  await screenshot(h, 'new-customer-busy');
  expect(records(h, 'Customers')).toHaveLength(before);
  await form(h, NEW).getByRole('button', { name: /^Save/ }).click();
  await expect
    .poll(() => form(h, NEW).locator('.status').textContent())
    .toMatch(/^Customer C-\d{4} saved\.$/);
  expect(await view(h, NEW).locator('.banner').isVisible()).toBe(false);
});

it('goes on as after a save, with a warning, when only the Audit Log row failed', async () => {
  const before = records(h, 'Customers').length;
  const rt = h.preview.session.emu.rt;
  let writes = 0;
  // The customer's row is the save's first setValues, its Audit Log row the second.
  rt.hook = (method) => {
    if (method !== 'Range.setValues' || ++writes < 2) return;
    rt.hook = undefined;
    throw new Error('Service Spreadsheets failed while accessing document');
  };
  await openView(h, NEW);
  await fillCustomer('Xiamen Tea Garden Trading', 'Lin Hui');
  await form(h, NEW).getByRole('button', { name: /^Save/ }).click();
  const banner = view(h, NEW).locator('.banner');
  await expect
    .poll(() => banner.textContent())
    .toMatch(/^Saved, but not all of itC-\d{4} was saved, but the Audit Log/);
  expect(await banner.evaluate((el) => el.classList.contains('warning'))).toBe(true);
  expect(await inSight(banner)).toBe(true);
  await screenshot(h, 'new-customer-partly');
  expect(records(h, 'Customers')).toHaveLength(before + 1);
  // What follows a save has run: the form is fresh, the status names the new customer.
  const status = await form(h, NEW).locator('.status').textContent();
  expect(status).toMatch(/^Customer C-\d{4} saved\.$/);
  expect(await form(h, NEW).getByRole('textbox', { name: 'Name', exact: true }).inputValue()).toBe('');
});

it('shows a customer named like markup as text, and no script runs', async () => {
  const name = '<img src=x onerror="window.__xss=1;alert(1)">';
  await openView(h, NEW);
  await fillCustomer(name, 'Mallory');
  await form(h, NEW).getByRole('button', { name: /^Save/ }).click();
  await expect.poll(() => form(h, NEW).locator('.status').textContent()).toMatch(/saved/);

  await openView(h, 'Edit customer');
  await form(h, 'Edit customer').getByRole('combobox', { name: 'Customer' }).fill('mallory');
  const option = h.sidebar.getByRole('option').first();
  await expect.poll(() => option.textContent()).toContain(name);
  expect(await h.sidebar.locator('.picker-list img').count()).toBe(0);
  await option.click();
  await expect
    .poll(() => form(h, 'Edit customer').getByRole('textbox', { name: 'Name', exact: true }).inputValue())
    .toBe(name);
  await screenshot(h, 'edit-customer');

  await h.page
    .getByRole('navigation', { name: 'Sheets' })
    .getByRole('button', { name: 'Customers', exact: true })
    .click();
  await expect.poll(() => h.page.locator('#grid').textContent()).toContain(name);
  expect(await h.page.locator('#grid img').count()).toBe(0);
  const flags = await Promise.all(
    h.page.frames().map((f) => f.evaluate(() => (globalThis as { __xss?: unknown }).__xss)),
  );
  expect(flags.every((f) => f === undefined)).toBe(true);
  expect(h.dialogs).toEqual([]);
  expect(h.errors).toEqual([]);
  expect(h.outside).toEqual([]);
});

it("shows a customer's lead score, health and follow-up beside the form", async () => {
  const scored = records(h, 'Customers').find((c) => c['Lead Score'] !== '' && c['Health Score'] !== '')!;
  await openView(h, 'Edit customer');
  await form(h, 'Edit customer').getByRole('combobox', { name: 'Customer' }).fill(scored.ID!);
  await h.sidebar.getByRole('option').first().click();
  const summary = view(h, 'Edit customer').locator('.summary');
  await expect.poll(() => summary.textContent()).toContain(`Lead Score${scored['Lead Score']}`);
  expect(await summary.textContent()).toContain(`Health Score${scored['Health Score']}`);
  expect(await summary.textContent()).toContain('Follow-up Status');
});

it("shows a customer's open tickets, latest interactions and surveys under History, when asked", async () => {
  const tickets = records(h, 'Tickets');
  const open = tickets.find((t) => t.Status !== 'Resolved' && t.Status !== 'Closed')!;
  const customerId = open['Customer ID']!;
  const theirs = tickets.filter((t) => t['Customer ID'] === customerId);
  const logged = records(h, 'Interactions').filter((i) => i['Customer ID'] === customerId);
  await openView(h, 'Edit customer');
  await form(h, 'Edit customer').getByRole('combobox', { name: 'Customer' }).fill(customerId);
  await h.sidebar.getByRole('option').first().click();
  const history = view(h, 'Edit customer').locator('details.history');
  await history.getByText('History', { exact: true }).click();
  await expect
    .poll(() => history.locator('h4').allTextContents())
    .toContainEqual(
      expect.stringMatching(new RegExp(`^Open tickets \\(\\d+ open of ${theirs.length} tickets?\\)$`)),
    );
  expect(await history.textContent()).toContain(`${open.ID} `);
  expect(await history.textContent()).toContain(open.Subject!);
  expect(await history.locator('h4').nth(1).textContent()).toContain(`${logged.length}`);
  await history.scrollIntoViewIfNeeded();
  await screenshot(h, 'customer-history');
  // A ticket's ID opens it in Update ticket.
  await history.getByRole('button', { name: open.ID! }).click();
  await expect
    .poll(() => form(h, 'Update ticket').getByRole('textbox', { name: 'Ticket ID' }).inputValue())
    .toBe(open.ID);
  await expect.poll(() => view(h, 'Update ticket').isVisible()).toBe(true);
  await openView(h, 'Edit customer');
  // Another customer opened: the history closes, not showing the first one's.
  const other = records(h, 'Customers').find((c) => c.ID !== customerId)!;
  await form(h, 'Edit customer').getByRole('combobox', { name: 'Customer' }).fill(other.ID!);
  await h.sidebar.getByRole('option').first().click();
  await expect.poll(() => history.evaluate((d) => d.hasAttribute('open'))).toBe(false);
  expect(h.errors).toEqual([]);
});
