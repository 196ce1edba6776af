import { expect, it } from 'vitest';
import { PREVIEW_USER } from '../../tools/preview/session';
import { finishTicket, form, openView, pickCustomer, records, screenshot, useHarness, view } from './harness';

const h = useHarness();
const NEW = 'New ticket';
const UPDATE = 'Update ticket';

/** A customer the preview's user owns, so the ticket lands in their queue. */
const mine = () => records(h, 'Customers').find((c) => c.Owner === PREVIEW_USER && c.Tier !== 'VIP')!;

async function newTicket(subject: string): Promise<string> {
  await openView(h, NEW);
  await pickCustomer(h, NEW, mine().Name!);
  const f = form(h, NEW);
  await f.getByRole('textbox', { name: 'Subject' }).fill(subject);
  await f.getByRole('combobox', { name: 'Type' }).selectOption('Technical');
  await f.getByRole('combobox', { name: 'Level' }).selectOption('Critical');
  await f.getByRole('button', { name: 'Save' }).dblclick();
  const status = f.locator('.status');
  await expect.poll(() => status.textContent()).toMatch(/^Ticket T-\d{5} saved\.$/);
  return /T-\d{5}/.exec((await status.textContent()) ?? '')![0];
}

it('double-clicking Save makes exactly one ticket, routed by its type', async () => {
  const before = records(h, 'Tickets').length;
  await openView(h, NEW);
  await form(h, NEW).getByRole('combobox', { name: 'Type' }).selectOption('Complaint');
  expect(await form(h, NEW).getByRole('combobox', { name: 'Department' }).inputValue()).toBe(
    'Service Supervisor',
  );
  await screenshot(h, 'new-ticket');
  const id = await newTicket('Scanner sync stopped at the Suzhou warehouse');
  const tickets = records(h, 'Tickets');
  expect(tickets).toHaveLength(before + 1);
  expect(tickets.at(-1)).toMatchObject({
    ID: id,
    Department: 'Technical Support',
    Level: 'Critical',
    Status: 'New',
  });
});

it('a queue item opens Update ticket with that ticket loaded', async () => {
  await openView(h, 'My queue');
  await h.sidebar.getByRole('button', { name: 'Refresh' }).click();
  const item = view(h, 'My queue').getByRole('button', { name: /Scanner sync stopped/ });
  await item.click();
  await expect
    .poll(() => form(h, UPDATE).getByRole('textbox', { name: 'Ticket ID' }).inputValue())
    .toMatch(/^T-\d{5}$/);
  expect(await view(h, UPDATE).locator('.summary').textContent()).toContain('Scanner sync stopped');
});

it("labels the opened ticket's customer line Customer, as it shows the name with the ID", async () => {
  const ticket = records(h, 'Tickets')[0]!;
  const customer = records(h, 'Customers').find((c) => c.ID === ticket['Customer ID'])!;
  await openView(h, UPDATE);
  await form(h, UPDATE).getByRole('textbox', { name: 'Ticket ID' }).fill(ticket.ID!);
  await form(h, UPDATE).getByRole('button', { name: 'Open' }).click();
  const summary = view(h, UPDATE).locator('.summary');
  await expect.poll(() => summary.isVisible()).toBe(true);
  const line = summary.locator('dd').filter({ hasText: customer.ID! });
  expect(await line.textContent()).toBe(`${customer.Name} (${customer.ID})`);
  expect(await line.evaluate((dd) => dd.previousElementSibling?.textContent)).toBe('Customer');
});

it('says what a Ticket ID looks like when Open is pressed with one it cannot open', async () => {
  await openView(h, UPDATE);
  const f = form(h, UPDATE);
  await f.getByRole('textbox', { name: 'Ticket ID' }).fill('abc');
  await f.getByRole('button', { name: 'Open' }).click();
  await expect
    .poll(() => f.locator('.field.invalid .error').allTextContents())
    .toEqual(['"abc" is not a Ticket ID: they look like T-00012 (or just 12).']);
  expect(await h.sidebar.locator(':focus').getAttribute('aria-invalid')).toBe('true');
  await f.getByRole('textbox', { name: 'Ticket ID' }).fill('');
  await f.getByRole('textbox', { name: 'Ticket ID' }).press('Enter');
  await expect
    .poll(() => f.locator('.field.invalid .error').allTextContents())
    .toEqual(['Enter the Ticket ID to open.']);
  // Once an ID opens, the mark goes.
  const [ticket] = records(h, 'Tickets');
  await f.getByRole('textbox', { name: 'Ticket ID' }).fill(ticket!.ID!);
  await f.getByRole('button', { name: 'Open' }).click();
  await expect.poll(() => f.locator('.status').textContent()).toBe(`${ticket!.ID} opened.`);
  expect(await f.locator('.field.invalid').count()).toBe(0);
});

it('moving a ticket to Resolved shows the stamps the server set', async () => {
  const id = await newTicket('Export to Excel times out');
  await openView(h, UPDATE);
  const f = form(h, UPDATE);
  // Typed in short, as people do: "t-241" opens T-00241.
  await f.getByRole('textbox', { name: 'Ticket ID' }).fill(id.toLowerCase().replace(/-0+/, '-'));
  await f.getByRole('button', { name: 'Open' }).click();
  await expect.poll(() => f.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('New');
  expect(await f.getByRole('textbox', { name: 'Ticket ID' }).inputValue()).toBe(id);
  // Resolved with no Solution is refused at the field, before anything is sent.
  await finishTicket(h, 'Resolved', '');
  const solution = f.getByRole('textbox', { name: 'Solution' });
  await expect.poll(() => solution.getAttribute('aria-invalid')).toBe('true');
  expect(await f.locator('.field.invalid .error').textContent()).toBe(
    'Describe the solution (what was done and the result) before setting Status to Resolved.',
  );
  expect(records(h, 'Tickets').find((t) => t.ID === id)).toMatchObject({ Status: 'New' });
  await finishTicket(h, 'Resolved', 'Split the export by month; confirmed with the customer.');
  await expect.poll(() => f.locator('.status').textContent()).toBe(`Ticket ${id} saved.`);
  const summary = view(h, UPDATE).locator('.summary');
  await expect.poll(() => summary.textContent()).toMatch(/Resolved2026-11-23 17:00/);
  expect(await summary.textContent()).toMatch(
    /TypeTechnicalSubmitted2026-11-23 17:00Acknowledged2026-11-23 17:00/,
  );
  await screenshot(h, 'update-ticket');
  expect(records(h, 'Tickets').find((t) => t.ID === id)).toMatchObject({
    Status: 'Resolved',
    Resolved: '2026-11-23 17:00',
    Solution: 'Split the export by month; confirmed with the customer.',
  });
});

it('a save sends only what was changed in the form: a Status changed in the sheet meanwhile stays', async () => {
  const id = await newTicket('Label printer offline');
  await openView(h, UPDATE);
  const f = form(h, UPDATE);
  await f.getByRole('textbox', { name: 'Ticket ID' }).fill(id);
  await f.getByRole('button', { name: 'Open' }).click();
  await expect.poll(() => f.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('New');
  // Someone moves the ticket on in the sheet while the form stays open on New.
  const tickets = h.preview.session.emu.globals.SpreadsheetApp.getActive().getSheetByName('Tickets')!;
  const rows = tickets.getDataRange().getValues();
  tickets
    .getRange(rows.findIndex((r) => r[0] === id) + 1, rows[0]!.indexOf('Status') + 1)
    .setValue('In Progress');
  await f.getByRole('textbox', { name: 'Progress' }).fill('40');
  await f.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => f.locator('.status').textContent()).toBe(`Ticket ${id} saved.`);
  expect(records(h, 'Tickets').find((t) => t.ID === id)).toMatchObject({
    Status: 'In Progress',
    Progress: '40',
  });
});

it('tells the person when the customer expects the ticket before its resolve target, and My queue says by when', async () => {
  await openView(h, NEW);
  await pickCustomer(h, NEW, mine().Name!);
  const f = form(h, NEW);
  await f.getByRole('textbox', { name: 'Subject' }).fill('Warehouse labels print blank');
  await f.getByRole('combobox', { name: 'Type' }).selectOption('Technical');
  await f.getByRole('combobox', { name: 'Level' }).selectOption('Critical');
  await f.getByLabel('Expected By').fill('2026-11-24T15:00');
  await f.getByRole('button', { name: 'Save' }).click();
  // Critical: 1440 business minutes from Monday 17:00 end on Thursday at 14:00.
  await expect
    .poll(() => f.locator('.status').textContent())
    .toMatch(
      /^Ticket T-\d{5} saved\. The customer expects it by Tue 2026-11-24 15:00, before its resolve target \(Thu 2026-11-26 14:00\): plan for the earlier time, or agree a new one with the customer\.$/,
    );
  // Its targets are worked out by the next hourly run: the customer's time places it meanwhile.
  await openView(h, 'My queue');
  await h.sidebar.getByRole('button', { name: 'Refresh' }).click();
  const item = view(h, 'My queue').getByRole('button', { name: /Warehouse labels print blank/ });
  await expect
    .poll(() => item.locator('.queue-detail').textContent())
    .toContain('customer expects it by 2026-11-24 15:00');
  expect(h.errors).toEqual([]);
});

it('after the clock moves on a day, My queue lists the ticket as breached', async () => {
  const id = await newTicket('Dashboard shows yesterday’s figures');
  await h.page.getByRole('button', { name: '+1 day' }).click();
  await expect.poll(() => h.page.locator('#message').textContent()).toMatch(/the hourly schedule ran/);
  await openView(h, 'My queue');
  await h.sidebar.getByRole('button', { name: 'Refresh' }).click();
  const item = view(h, 'My queue').getByRole('button', { name: new RegExp(id) });
  await expect.poll(() => item.locator('.badge').textContent()).toBe('Breached');
  await screenshot(h, 'my-queue');
});
