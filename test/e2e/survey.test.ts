import { expect, it } from 'vitest';
import { PREVIEW_USER } from '../../tools/preview/session';
import { form, openView, pickCustomer, records, screenshot, useHarness, view } from './harness';

const h = useHarness();
const TITLE = 'Survey answers';
const SCORES = [
  'Response Speed',
  'Resolution',
  'Professionalism',
  'Product Fit',
  'Proactive Care',
  'Recommend',
];

/** A survey that was sent and is waiting for its answers. */
const waiting = () => records(h, 'Surveys').filter((s) => s.Sent !== '' && s.Responded === '');

async function open(id: string) {
  await openView(h, TITLE);
  const f = form(h, TITLE);
  await f.getByRole('textbox', { name: 'Survey ID' }).fill(id);
  await f.getByRole('button', { name: 'Open' }).click();
  await expect.poll(() => view(h, TITLE).locator('.summary').textContent()).toContain('Sent');
}

it("records a survey's answers", async () => {
  const survey = waiting()[0]!;
  await open(survey.ID!);
  const f = form(h, TITLE);
  for (const [i, label] of SCORES.entries()) {
    await f.getByRole('combobox', { name: label }).selectOption(String(5 - (i % 2)));
  }
  await f.getByRole('textbox', { name: 'Comments' }).fill('Quick and friendly engineer.');
  await screenshot(h, 'survey-answers');
  await f.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => f.locator('.status').textContent()).toBe(`Survey ${survey.ID} saved.`);
  expect(records(h, 'Surveys').find((s) => s.ID === survey.ID)).toMatchObject({
    Responded: '2026-11-23 17:00',
    'Response Speed': '5',
    Resolution: '4',
    Recommend: '4',
    Comments: 'Quick and friendly engineer.',
    Status: 'Responded',
  });
});

it('shows the server’s refusal next to the field and keeps what was typed', async () => {
  const survey = waiting()[0]!;
  await open(survey.ID!);
  const f = form(h, TITLE);
  await f.getByRole('textbox', { name: 'Responded' }).fill('2000-01-01T09:00');
  await f.getByRole('combobox', { name: 'Recommend' }).selectOption('2');
  await f.getByRole('button', { name: 'Save' }).click();
  const responded = f.getByRole('textbox', { name: 'Responded' });
  await expect.poll(() => responded.getAttribute('aria-invalid')).toBe('true');
  expect(await f.locator('.field.invalid .error').textContent()).toMatch(
    /cannot come before the survey was sent/,
  );
  expect(await f.getByRole('combobox', { name: 'Recommend' }).inputValue()).toBe('2');
  expect(records(h, 'Surveys').find((s) => s.ID === survey.ID)!.Responded).toBe('');
});

it('schedules a survey after a project delivery, due in 48 hours, and lists it in the owner’s queue', async () => {
  const NEW = 'New survey';
  const customer = records(h, 'Customers').find((c) => c.Owner === PREVIEW_USER)!;
  await openView(h, NEW);
  await pickCustomer(h, NEW, customer.Name!);
  const f = form(h, NEW);
  expect(await f.getByRole('combobox', { name: 'Reason' }).inputValue()).toBe('Project Delivery');
  await f.getByRole('button', { name: 'Save' }).click();
  const status = f.locator('.status');
  await expect.poll(() => status.textContent()).toMatch(/^Survey S-\d{5} saved\.$/);
  const id = /S-\d{5}/.exec((await status.textContent()) ?? '')![0];
  // The preview's clock reads 2026-11-23 17:00: two days on.
  expect(records(h, 'Surveys').find((s) => s.ID === id)).toMatchObject({
    'Customer ID': customer.ID,
    Reason: 'Project Delivery',
    Due: '2026-11-25',
    Status: 'Due',
  });
  await openView(h, 'My queue');
  await h.sidebar.getByRole('button', { name: 'Refresh' }).click();
  await expect
    .poll(() =>
      view(h, 'My queue')
        .getByRole('button', { name: `Mark sent: survey ${id}` })
        .count(),
    )
    .toBe(1);
});

it('takes a Ticket ID typed in short ("t-41"), as the ID fields that open records do', async () => {
  const NEW = 'New survey';
  const ticket = records(h, 'Tickets').find((t) => t.Status === 'Closed')!;
  const customer = records(h, 'Customers').find((c) => c.ID === ticket['Customer ID'])!;
  await openView(h, NEW);
  await pickCustomer(h, NEW, customer.ID!);
  const f = form(h, NEW);
  const typed = ticket.ID!.toLowerCase().replace(/-0+/, '-');
  await f.getByRole('textbox', { name: 'Ticket ID' }).fill(typed);
  await f.getByRole('textbox', { name: 'Ticket ID' }).press('Tab');
  expect(await f.getByRole('textbox', { name: 'Ticket ID' }).inputValue()).toBe(ticket.ID);
  await f.getByRole('button', { name: 'Save' }).click();
  const status = f.locator('.status');
  await expect.poll(() => status.textContent()).toMatch(/^Survey S-\d{5} saved\.$/);
  const id = /S-\d{5}/.exec((await status.textContent()) ?? '')![0];
  expect(records(h, 'Surveys').find((s) => s.ID === id)!['Ticket ID']).toBe(ticket.ID);
});

it('does not offer a churned customer for a new survey, and says why', async () => {
  const NEW = 'New survey';
  const churned = records(h, 'Customers').find((c) => c.Status === 'Churned')!;
  await openView(h, NEW);
  const box = form(h, NEW).getByRole('combobox', { name: 'Customer' });
  await box.fill('');
  await h.page.keyboard.type(churned.ID!);
  const why = `${churned.Name} (${churned.ID}) is Churned: surveys go to current customers. Change their Status in Customers first to survey them.`;
  await expect.poll(() => h.sidebar.locator('#live').textContent()).toBe(why);
  // The one option left says why; it cannot be picked.
  expect(await form(h, NEW).locator('.picker-list [role=option]:not([aria-disabled=true])').count()).toBe(0);
  expect(await form(h, NEW).locator('.pick-none').textContent()).toBe(why);
  // The other forms still offer the customer: a churned customer can be called or sent a ticket.
  await openView(h, 'Log interaction');
  const logBox = form(h, 'Log an interaction').getByRole('combobox', { name: 'Customer' });
  await logBox.fill(churned.ID!);
  await expect
    .poll(() => form(h, 'Log an interaction').locator('.picker-list [role=option]').count())
    .toBe(1);
});
