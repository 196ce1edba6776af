/**
 * Markup typed into the sidebar stays text everywhere people see it: a customer and a ticket named
 * like an attack are saved through the sidebar's forms, then shown by the customer picker, the
 * duplicate warning, Edit customer, Update ticket's summary, My queue and the preview's sheet
 * view. No dialog opens, no handler runs (the payloads would set a flag on the top window), no
 * element the payload describes exists, and the text reads back literally.
 */
import { expect, it } from 'vitest';
import { form, openView, pickCustomer, records, useHarness, view } from './harness';

const h = useHarness();

const NAME = '<img src=x onerror="alert(1);top.__xss=1"> Pwned Trading';
const CONTACT = '<script>alert(2);top.__xss=2</script>';
const SUBJECT = '<svg onload="alert(3);top.__xss=3"></svg><b>bold</b> =1+1';

/** In each frame: the flag the payloads set, and the elements they would make if parsed as HTML. */
const PROBE = `({
  flag: globalThis.__xss,
  injected:
    document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload]').length +
    [...document.querySelectorAll('script')].filter((s) => (s.textContent || '').includes('__xss')).length,
})`;

/** What a successful attack leaves behind, anywhere on the page or in the sidebar. */
async function traces(): Promise<string[]> {
  const found = [...h.dialogs.map((d) => `dialog: ${d}`), ...h.errors.map((e) => `error: ${e}`)];
  for (const frame of h.page.frames()) {
    const { flag, injected } = (await frame.evaluate(PROBE)) as { flag?: unknown; injected: number };
    if (flag !== undefined) found.push(`${frame.url()}: the payload ran (flag ${String(flag)})`);
    if (injected > 0) found.push(`${frame.url()}: ${injected} elements made from the payload`);
  }
  return found;
}

it('saves a customer and a ticket named like an attack, exactly as typed', async () => {
  await openView(h, 'New customer');
  const f = form(h, 'New customer');
  await f.getByRole('textbox', { name: 'Name', exact: true }).fill(NAME);
  await f.getByRole('textbox', { name: 'Contact', exact: true }).fill(CONTACT);
  await f.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => f.locator('.status').textContent()).toMatch(/^Customer C-\d{4} saved\.$/);

  await openView(h, 'New ticket');
  // The picker lists the customer by its name: as text.
  await form(h, 'New ticket').getByRole('combobox', { name: 'Customer' }).fill('Pwned');
  const option = h.sidebar.getByRole('option').first();
  await expect.poll(() => option.textContent()).toContain(NAME);
  await pickCustomer(h, 'New ticket', 'Pwned');
  const t = form(h, 'New ticket');
  await t.getByRole('textbox', { name: 'Subject' }).fill(SUBJECT);
  await t.getByRole('combobox', { name: 'Type' }).selectOption('Technical');
  await t.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => t.locator('.status').textContent()).toMatch(/^Ticket T-\d{5} saved\.$/);

  const customer = records(h, 'Customers').find((c) => c.Name === NAME);
  expect(customer).toMatchObject({ Name: NAME, Contact: CONTACT });
  expect(records(h, 'Tickets').find((r) => r.Subject === SUBJECT)).toBeDefined();
  expect(await traces()).toEqual([]);
});

it('the duplicate warning names the customer as text', async () => {
  await openView(h, 'New customer');
  const f = form(h, 'New customer');
  await f.getByRole('textbox', { name: 'Name', exact: true }).fill(NAME);
  await f.getByRole('textbox', { name: 'Contact', exact: true }).fill('Someone');
  await f.getByRole('button', { name: /^Save/ }).click();
  await expect.poll(() => f.locator('.warning').textContent()).toContain(`${NAME} (C-`);
  expect(await traces()).toEqual([]);
});

it('Edit customer loads the name and contact into its fields literally', async () => {
  await openView(h, 'Edit customer');
  await pickCustomer(h, 'Edit customer', 'Pwned');
  const f = form(h, 'Edit customer');
  await expect.poll(() => f.getByRole('textbox', { name: 'Name', exact: true }).inputValue()).toBe(NAME);
  expect(await f.getByRole('textbox', { name: 'Contact', exact: true }).inputValue()).toBe(CONTACT);
  expect(await traces()).toEqual([]);
});

it('Update ticket and My queue show the subject as text', async () => {
  const id = records(h, 'Tickets').find((r) => r.Subject === SUBJECT)!.ID!;
  await openView(h, 'Update ticket');
  const f = form(h, 'Update ticket');
  await f.getByRole('textbox', { name: 'Ticket ID' }).fill(id);
  await f.getByRole('button', { name: 'Open' }).click();
  await expect.poll(() => view(h, 'Update ticket').locator('.summary').textContent()).toContain(SUBJECT);

  await openView(h, 'My queue');
  await h.sidebar.getByRole('button', { name: 'Refresh' }).click();
  const item = view(h, 'My queue').getByRole('button', { name: new RegExp(id) });
  if ((await item.count()) > 0) expect(await item.first().textContent()).toContain(SUBJECT);
  expect(await traces()).toEqual([]);
});

it('the preview’s sheet view shows the cells as text', async () => {
  const sheets = h.page.getByRole('navigation', { name: 'Sheets' });
  await sheets.getByRole('button', { name: 'Customers', exact: true }).click();
  const row = h.page.locator('#grid tbody tr', { hasText: 'Pwned Trading' });
  await expect.poll(() => row.count()).toBeGreaterThan(0);
  const cells = await row.first().locator('td').allTextContents();
  expect(cells).toContain(NAME);
  expect(cells).toContain(CONTACT);

  await sheets.getByRole('button', { name: 'Tickets', exact: true }).click();
  // The new ticket is on the sheet's last page.
  await h.page.locator('#last').click();
  const ticketRow = h.page.locator('#grid tbody tr', { hasText: '=1+1' });
  await expect.poll(() => ticketRow.count()).toBeGreaterThan(0);
  expect(await ticketRow.first().locator('td').allTextContents()).toContain(SUBJECT);
  expect(await traces()).toEqual([]);
});
