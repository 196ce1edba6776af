/** My queue's one-press actions: mark an alert done, email a survey or mark it sent, open an alert's record. */
import { expect, it } from 'vitest';
import { PREVIEW_USER } from '../../tools/preview/session';
import { form, openView, pickCustomer, records, useHarness, view } from './harness';

const h = useHarness();
const QUEUE = 'My queue';
const section = (name: string) => view(h, QUEUE).locator('section', { hasText: name });

it('marks an open alert Done from My queue, stamping Done At, and drops it from the list', async () => {
  await openView(h, QUEUE);
  const done = section('My open alerts').getByRole('button', { name: /^Done: alert A-\d+$/ });
  await expect.poll(() => done.count()).toBeGreaterThan(0);
  const id = /A-\d+/.exec((await done.first().getAttribute('aria-label')) ?? '')![0];
  // Notes each text the live region is given, as a screen reader would hear it.
  await h.sidebar.locator('#live').evaluate((live) => {
    live.setAttribute('data-heard', '');
    new live.ownerDocument.defaultView!.MutationObserver(() => {
      if (live.textContent)
        live.setAttribute('data-heard', `${live.getAttribute('data-heard')}|${live.textContent}`);
    }).observe(live, { childList: true, characterData: true, subtree: true });
  });
  await done.first().click();
  await expect
    .poll(() => view(h, QUEUE).getByRole('status').first().textContent())
    .toBe(`Alert ${id} marked done.`);
  const row = records(h, 'Alerts').find((a) => a.ID === id)!;
  expect(row.Status).toBe('Done');
  expect(row['Done At']).not.toBe('');
  const gone = section('My open alerts').getByRole('button', { name: `Done: alert ${id}` });
  await expect.poll(() => gone.count()).toBe(0);
  // A screen reader hears what the press did, not "CRM loaded." from reading the list again.
  expect(await h.sidebar.locator('#live').getAttribute('data-heard')).not.toContain('CRM loaded.');
  expect(h.errors).toEqual([]);
});

it('marks a due survey sent from My queue', async () => {
  await openView(h, QUEUE);
  const sent = section('Surveys to send').getByRole('button', { name: /^Mark sent: survey S-\d+$/ });
  await expect.poll(() => sent.count()).toBeGreaterThan(0);
  const id = /S-\d+/.exec((await sent.first().getAttribute('aria-label')) ?? '')![0];
  await sent.first().click();
  await expect
    .poll(() => view(h, QUEUE).getByRole('status').first().textContent())
    .toBe(`Survey ${id} marked sent.`);
  const row = records(h, 'Surveys').find((s) => s.ID === id)!;
  expect(row.Sent).not.toBe('');
  expect(row.Status).toBe('Sent');
  expect(h.errors).toEqual([]);
});

it("emails a due survey to its customer's contact from My queue once Send confirms it, and marks it sent", async () => {
  await openView(h, QUEUE);
  const email = section('Surveys to send').getByRole('button', {
    name: /^Email survey S-\d+ to the customer$/,
  });
  await expect.poll(() => email.count()).toBeGreaterThan(0);
  const customers = new Map(records(h, 'Customers').map((c) => [c.ID, c]));
  const surveys = new Map(records(h, 'Surveys').map((s) => [s.ID, s]));
  const listed = await Promise.all(
    (await email.all()).map(async (b) => /S-\d+/.exec((await b.getAttribute('aria-label')) ?? '')![0]),
  );
  const index = listed.findIndex((id) => customers.get(surveys.get(id)!['Customer ID']!)?.Email);
  expect(index).toBeGreaterThanOrEqual(0);
  const id = listed[index]!;
  const address = customers.get(surveys.get(id)!['Customer ID']!)!.Email!;
  const mail = h.preview.session.emu.mail;
  const before = mail.length;
  // The first press asks; nothing goes out until Send is pressed.
  await email.nth(index).click();
  const send = section('Surveys to send').getByRole('button', {
    name: `Send: Email survey ${id} to the customer now?`,
  });
  await expect.poll(() => send.textContent()).toBe('Send');
  await expect
    .poll(() => view(h, QUEUE).getByRole('status').first().textContent())
    .toBe(`Email survey ${id} to the customer now? Press Send to go ahead.`);
  expect(mail.length).toBe(before);
  await send.click();
  await expect
    .poll(() => view(h, QUEUE).getByRole('status').first().textContent())
    .toBe(`Survey ${id} emailed to the customer and marked sent.`);
  expect(mail.slice(before).map((m) => m.to)).toEqual([[address]]);
  expect(mail.at(-1)!.subject).toContain(id);
  const row = records(h, 'Surveys').find((s) => s.ID === id)!;
  expect([row.Status, row.Sent !== '']).toEqual(['Sent', true]);
  expect(h.errors).toEqual([]);
});

it('opens a record to refresh in Edit customer; saving it takes it off the list', async () => {
  await openView(h, QUEUE);
  const items = section('Records to refresh').locator('button.queue-item');
  await expect.poll(() => items.count()).toBeGreaterThan(0);
  const first = items.first();
  expect(await first.textContent()).toMatch(/record last saved \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  const id = /C-\d+/.exec((await first.textContent()) ?? '')![0];
  const name = records(h, 'Customers').find((c) => c.ID === id)!.Name!;
  await first.click();
  const edit = form(h, 'Edit customer');
  await expect.poll(() => edit.getByRole('textbox', { name: 'Name', exact: true }).inputValue()).toBe(name);
  // Reviewed and still right: saved as it is.
  await edit.getByRole('button', { name: /^Save/ }).click();
  await expect.poll(() => edit.locator('.status').textContent()).toMatch(/saved/);
  expect(records(h, 'Customers').find((c) => c.ID === id)!.Updated).toBe('2026-11-23 17:00');
  await openView(h, QUEUE);
  const gone = section('Records to refresh').getByRole('button', { name: new RegExp(`\\(${id}\\)`) });
  await expect.poll(() => gone.count()).toBe(0);
  expect(h.errors).toEqual([]);
});

/**
 * Presses Done on the first open alert while the network loses its answer (the server marks it
 * Done) and, with `reloadLost`, the queue's reload too; `check` runs with the route still lost.
 */
async function doneWithAnswerLost(
  reloadLost: boolean,
  check: (id: string, status: string) => Promise<void>,
): Promise<void> {
  await openView(h, QUEUE);
  await h.page.route('**/api/run', async (route) => {
    const call = JSON.parse(route.request().postData() ?? '{}') as { name?: string };
    if (call.name === 'sidebarMarkAlertDone') await route.fetch();
    else if (!(reloadLost && call.name === 'sidebarBootstrap')) return route.continue();
    await route.abort('timedout');
  });
  try {
    const done = section('My open alerts').getByRole('button', { name: /^Done: alert A-\d+$/ });
    await expect.poll(() => done.count()).toBeGreaterThan(0);
    const id = /A-\d+/.exec((await done.first().getAttribute('aria-label')) ?? '')![0];
    await done.first().click();
    const status = view(h, QUEUE).getByRole('status').first();
    await expect.poll(() => status.textContent()).toMatch(new RegExp(`^Not confirmed: ${id} `));
    await check(id, (await status.textContent()) ?? '');
  } finally {
    await h.page.unroute('**/api/run');
  }
}

it('when the answer to Done is lost, does not claim nothing changed: reads the queue again and says what to do', async () => {
  await doneWithAnswerLost(false, async (id, status) => {
    expect(status).not.toContain('Nothing changed');
    expect(status).toMatch(
      new RegExp(`My queue has been read again: if ${id} is still listed, press Done again\\.$`),
    );
    expect(records(h, 'Alerts').find((a) => a.ID === id)!.Status).toBe('Done');
    const gone = section('My open alerts').getByRole('button', { name: `Done: alert ${id}` });
    await expect.poll(() => gone.count()).toBe(0);
  });
});

it('when the answer to Done is lost and the queue cannot be read again either, says to press Refresh', async () => {
  await doneWithAnswerLost(true, async (id, status) => {
    expect(status).not.toContain('has been read again');
    expect(status).toMatch(
      new RegExp(
        `My queue could not be read again: press Refresh, and if ${id} is still listed, press Done again\\.$`,
      ),
    );
  });
  await h.sidebar.getByRole('button', { name: 'Refresh' }).click();
});

/** The colour the sidebar shows problems in, as the browser computes it. */
const problemColour = () =>
  h.sidebar.locator('body').evaluate((body) => {
    const probe = body.ownerDocument.createElement('span');
    probe.style.color = 'var(--bad)';
    body.append(probe);
    const colour = body.ownerDocument.defaultView!.getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });

it('shows a refused action in the colour of a problem, not of a success', async () => {
  // A survey of one's own to send (the tests above sent the sample's).
  const customer = records(h, 'Customers').find((c) => c.Owner === PREVIEW_USER && c.Status === 'Won')!;
  await openView(h, 'New survey');
  await pickCustomer(h, 'New survey', customer.ID!);
  await form(h, 'New survey').getByRole('button', { name: 'Save' }).click();
  const saved = form(h, 'New survey').locator('.status');
  await expect.poll(() => saved.textContent()).toMatch(/^Survey S-\d{5} saved\.$/);
  const id = /S-\d{5}/.exec((await saved.textContent()) ?? '')![0];
  await openView(h, QUEUE);
  await h.sidebar.getByRole('button', { name: 'Refresh' }).click();
  const sent = section('Surveys to send').getByRole('button', { name: `Mark sent: survey ${id}` });
  await expect.poll(() => sent.count()).toBe(1);
  // Someone closes the survey in the sheet while My queue still lists it.
  const surveys = h.preview.session.emu.globals.SpreadsheetApp.getActive().getSheetByName('Surveys')!;
  const rows = surveys.getDataRange().getValues();
  surveys
    .getRange(rows.findIndex((r) => r[0] === id) + 1, rows[0]!.indexOf('Status') + 1)
    .setValue('Expired');
  await sent.first().click();
  const status = view(h, QUEUE).getByRole('status').first();
  await expect.poll(() => status.textContent()).toMatch(/^Nothing changed: /);
  const colour = await status.evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).color);
  expect(colour).toBe(await problemColour());
  // The next success is shown as one again.
  const done = section('My open alerts').getByRole('button', { name: /^Done: alert A-\d+$/ });
  await done.first().click();
  await expect.poll(() => status.textContent()).toMatch(/^Alert A-\d+ marked done\.$/);
  expect(await status.evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).color)).not.toBe(
    await problemColour(),
  );
});

it("opens an alert's record merged away since with Merged Into shown, so the person knows where to go", async () => {
  await openView(h, QUEUE);
  // Any alert about a customer (the tests above mark some alerts done).
  const items = section('My open alerts').getByRole('button', {
    name: /^(At Risk|Follow-up Overdue) · C-\d+/,
  });
  await expect.poll(() => items.count()).toBeGreaterThan(0);
  const [, kind = '', dupe = ''] = /^(.+?) · (C-\d+)/.exec((await items.first().textContent()) ?? '')!;
  // Kept by the same owner, so the alert stays in this person's queue (a merge hands the alerts
  // about the customer to the kept record's owner).
  const customers = records(h, 'Customers');
  const { Owner: owner } = customers.find((c) => c.ID === dupe)!;
  const keep = customers.find((c) => c.ID !== dupe && c['Merged Into'] === '' && c.Owner === owner)!.ID!;
  await openView(h, 'Merge duplicates');
  const f = form(h, 'Merge duplicates');
  for (const [label, id] of [
    ['Customer to keep', keep],
    ['Duplicate to merge into it', dupe],
  ] as const) {
    await f.getByRole('combobox', { name: label }).fill(id);
    await h.sidebar.getByRole('option').first().click();
  }
  await f.getByRole('button', { name: 'Review merge' }).click();
  await f.getByRole('button', { name: 'Merge now' }).click();
  await expect
    .poll(() => f.locator('.status').textContent())
    .toMatch(new RegExp(`^Merged ${dupe} into ${keep}`));
  await openView(h, QUEUE);
  const item = section('My open alerts').getByRole('button', { name: new RegExp(`^${kind} · ${dupe}`) });
  await item.first().click();
  const summary = view(h, 'Edit customer').locator('.summary');
  await expect.poll(() => summary.textContent()).toContain(`Merged Into${keep}`);
  expect(h.errors).toEqual([]);
});
