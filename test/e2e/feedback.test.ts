/**
 * What a person sees when a call fails, is slow, or changes what My queue lists. Answers are
 * changed on their way back from the preview server (the server itself is not touched), to make
 * a read fail after a save, an open answer busy, a merge slow, or an alert about a win-back.
 */
import type { Route } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import type { Result } from '../../src/api/contract';
import { finishTicket, form, openView, records, useHarness, view } from './harness';

const h = useHarness();
type Answer = Result<unknown>;
/** Changes the answer to one call (undefined: leave it as it is). */
let change: ((name: string, answer: Answer) => Answer | undefined | Promise<Answer | undefined>) | undefined;

beforeAll(async () => {
  await h.page.route('**/api/run', async (route: Route) => {
    const { name } = JSON.parse(route.request().postData() ?? '{}') as { name: string };
    const response = await route.fetch();
    const body = (await response.json()) as { ok: boolean; value: Answer };
    const changed = body.ok ? await change?.(name, body.value) : undefined;
    await route.fulfill({ response, json: changed ? { ...body, value: changed } : body });
  });
});

const UPDATE = 'Update ticket';
const QUEUE = 'My queue';
const openTicket = () => records(h, 'Tickets').find((t) => t.Status !== 'Closed' && t.Status !== 'Resolved')!;

async function openInUpdate(id: string) {
  await openView(h, UPDATE);
  const f = form(h, UPDATE);
  await f.getByRole('textbox', { name: 'Ticket ID' }).fill(id);
  await f.getByRole('button', { name: 'Open' }).click();
}

it('asks only for the record to be opened first when Save is pressed with none open', async () => {
  const asked = [
    ['Edit customer', 'Choose the customer first, so you see what you are changing.'],
    [UPDATE, 'Enter the Ticket ID and press Open first, so you see what you are changing.'],
    ['Survey answers', 'Enter the Survey ID and press Open first, so you see what you are changing.'],
  ];
  for (const [title, said] of asked) {
    await openView(h, title!);
    const f = form(h, title!);
    await f.getByRole('button', { name: 'Save' }).click();
    // Not "This field is required" under Name, Status and the rest: nothing is open to fill in.
    await expect.poll(() => f.locator('.field.invalid .error').allTextContents()).toEqual([said]);
    // Focus is on the one field marked: where the record is chosen.
    expect(await h.sidebar.locator(':focus').getAttribute('aria-invalid')).toBe('true');
  }
});

it('says a ticket was saved, not "nothing was saved", when only reading it back afterwards fails', async () => {
  const t = openTicket();
  await openInUpdate(t.ID!);
  const f = form(h, UPDATE);
  await expect.poll(() => view(h, UPDATE).locator('.summary').isVisible()).toBe(true);
  // A change, whatever the sample ticket's progress is.
  const progress = t.Progress === '40' ? '50' : '40';
  await f.getByRole('textbox', { name: 'Progress' }).fill(progress);
  let saved = false;
  change = (name) => {
    if (name === 'sidebarUpdateTicket') saved = true;
    return name === 'sidebarGetRecord' && saved
      ? { ok: false, kind: 'error', message: 'Service invoked too many times.' }
      : undefined;
  };
  await f.getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(() => f.locator('.status').textContent())
    .toBe(
      `Ticket ${t.ID} saved. Its latest could not be shown (Service invoked too many times.); press Open to see it.`,
    );
  expect(await view(h, UPDATE).locator('.banner').isVisible()).toBe(false);
  expect(records(h, 'Tickets').find((x) => x.ID === t.ID)!.Progress).toBe(progress);
  change = undefined;
});

it('asks to press Open again when opening fails, and shows no other record meanwhile', async () => {
  const [first, second] = records(h, 'Tickets');
  await openInUpdate(first!.ID!);
  await expect.poll(() => view(h, UPDATE).locator('.summary').isVisible()).toBe(true);
  change = (name) =>
    name === 'sidebarGetRecord'
      ? { ok: false, kind: 'busy', message: 'Another save is running.' }
      : undefined;
  await openInUpdate(second!.ID!);
  const banner = view(h, UPDATE).locator('.banner');
  await expect
    .poll(() => banner.textContent())
    .toMatch(/^The spreadsheet is busyAnother save is running\. Wait a few seconds and press Open again\./);
  expect(await view(h, UPDATE).locator('.summary').isVisible()).toBe(false);
  const f = form(h, UPDATE);
  expect(await f.getByRole('textbox', { name: 'Ticket ID' }).inputValue()).toBe(second!.ID);
  expect(await f.getByRole('textbox', { name: 'Solution' }).inputValue()).toBe('');
  change = undefined;
});

it('lists a ticket closed in Update ticket no more when My queue is shown again', async () => {
  await openView(h, QUEUE);
  const tickets = view(h, QUEUE).locator('section', { hasText: 'Open tickets' }).locator('.queue-title');
  await expect.poll(() => tickets.count()).toBeGreaterThan(0);
  const id = /T-\d+/.exec((await tickets.first().textContent()) ?? '')![0];
  await tickets.first().click();
  const f = form(h, UPDATE);
  await expect.poll(() => view(h, UPDATE).locator('.summary').isVisible()).toBe(true);
  expect(await f.getByRole('textbox', { name: 'Ticket ID' }).inputValue()).toBe(id);
  await finishTicket(h, 'Closed', 'Replaced the cable; the customer confirmed by phone.');
  await expect.poll(() => f.locator('.status').textContent()).toMatch(new RegExp(`^Ticket ${id} saved\\.`));
  await openView(h, QUEUE);
  const listed = view(h, QUEUE)
    .locator('section', { hasText: 'Open tickets' })
    .locator('.queue-title', { hasText: new RegExp(`^${id}\\b`) });
  await expect.poll(() => listed.count(), { timeout: 10_000 }).toBe(0);
});

it("opens the outcome form for an alert about a win-back, and Tell customers for a month's low score", async () => {
  change = (name, answer) => {
    if (name !== 'sidebarBootstrap' || !answer.ok) return undefined;
    const value = structuredClone(answer.value) as { queue: { alerts: unknown[] } };
    value.queue.alerts.unshift(
      {
        id: 'A-09998',
        kind: 'Win-back Check',
        recordId: 'W-00001',
        message: 'Check how the customer reacted',
      },
      {
        id: 'A-09999',
        kind: 'Low Score',
        recordId: '2026-11',
        message: 'Response speed averaged 2.4 in 2026-11',
      },
    );
    return { ok: true, value };
  };
  await openView(h, QUEUE);
  await h.sidebar.getByRole('button', { name: 'Refresh' }).click();
  const alerts = view(h, QUEUE).locator('section', { hasText: 'My open alerts' });
  await alerts.getByRole('button', { name: /Low Score · 2026-11/ }).click();
  const tell = form(h, 'Tell customers what changed');
  await expect.poll(() => tell.getByRole('textbox', { name: 'Alert' }).inputValue()).toBe('A-09999');
  expect(await view(h, 'Tell customers').isVisible()).toBe(true);
  await openView(h, QUEUE);
  await alerts.getByRole('button', { name: /Win-back Check · W-00001/ }).click();
  const outcome = form(h, 'Record the outcome');
  await expect.poll(() => outcome.getByRole('textbox', { name: 'Win-back ID' }).inputValue()).toBe('W-00001');
  expect(await view(h, 'Win back').isVisible()).toBe(true);
  change = undefined;
});

it('says where to look for an alert about a week of bad ratings: the tickets it names', async () => {
  change = (name, answer) => {
    if (name !== 'sidebarBootstrap' || !answer.ok) return undefined;
    const value = structuredClone(answer.value) as { queue: { alerts: unknown[] } };
    value.queue.alerts.unshift({
      id: 'A-09997',
      kind: 'Low Score',
      recordId: '2026-11-16',
      message:
        'Technical Support: 1 of 2 rated tickets resolved 2026-11-16 to 2026-11-22 were rated Dissatisfied (50%, over the 5% alert level): T-00001.',
    });
    return { ok: true, value };
  };
  await openView(h, QUEUE);
  await h.sidebar.getByRole('button', { name: 'Refresh' }).click();
  const alerts = view(h, QUEUE).locator('section', { hasText: 'My open alerts' });
  await alerts.getByRole('button', { name: /Low Score · 2026-11-16/ }).click();
  await expect
    .poll(() => h.sidebar.locator('#queue-status').textContent())
    .toBe(
      'The week from 2026-11-16 has no form here: its alert names the tickets rated Dissatisfied; open each in Update ticket.',
    );
  change = undefined;
});

it('holds a one-press queue button while its call runs, and says what it is doing', async () => {
  await openView(h, QUEUE);
  // The alerts an earlier test made up are gone once the queue is read again.
  await h.sidebar.getByRole('button', { name: 'Refresh' }).click();
  await expect.poll(() => h.sidebar.getByRole('button', { name: 'Refresh' }).isEnabled()).toBe(true);
  const done = view(h, QUEUE).getByRole('button', { name: /^Done: alert A-\d+$/ });
  await expect.poll(() => done.count()).toBeGreaterThan(0);
  const id = /A-\d+/.exec((await done.first().getAttribute('aria-label')) ?? '')![0];
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  change = async (name) => {
    if (name === 'sidebarMarkAlertDone') await held;
    return undefined;
  };
  await done.first().click();
  await expect.poll(() => h.sidebar.locator('#queue-status').textContent()).toBe(`Working on ${id}…`);
  expect(await done.first().isDisabled()).toBe(true);
  release();
  await expect.poll(() => h.sidebar.locator('#queue-status').textContent()).toBe(`Alert ${id} marked done.`);
  expect(
    await h.sidebar.locator('#queue-status').evaluate((el) => el === el.ownerDocument.activeElement),
  ).toBe(true);
  change = undefined;
});

/** Holds every answer to `held` until the returned function is called. */
function hold(held: string): () => void {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  change = async (name) => {
    if (name === held) await gate;
    return undefined;
  };
  return release;
}

it('keeps what a person types while a ticket opens, says so, and saves it', async () => {
  const t = openTicket();
  const status = t.Status === 'In Progress' ? 'Acknowledged' : 'In Progress';
  const release = hold('sidebarGetRecord');
  await openInUpdate(t.ID!);
  const f = form(h, UPDATE);
  await expect.poll(() => f.locator('.status').textContent()).toBe(`Opening ${t.ID}…`);
  await f.getByRole('combobox', { name: 'Status' }).selectOption(status);
  await f.getByRole('textbox', { name: 'Solution' }).fill('Restarted the sync service.');
  release();
  await expect
    .poll(() => f.locator('.status').textContent())
    .toBe(`${t.ID} opened. Kept what you changed: Status, Solution.`);
  expect(await f.getByRole('combobox', { name: 'Status' }).inputValue()).toBe(status);
  change = undefined;
  await f.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => f.locator('.status').textContent()).toBe(`Ticket ${t.ID} saved.`);
  expect(records(h, 'Tickets').find((x) => x.ID === t.ID)).toMatchObject({
    Status: status,
    Solution: 'Restarted the sync service.',
  });
});

it('keeps what was typed when the ID typed is not found', async () => {
  // From a form with no ticket open: changes to an open one are not carried to another (below).
  await openInUpdate('T-99998');
  await expect.poll(() => view(h, UPDATE).locator('.banner').textContent()).toMatch(/No record T-99998/);
  const f = form(h, UPDATE);
  await f.getByRole('textbox', { name: 'Solution' }).fill('Replaced the scanner cable.');
  await openInUpdate('T-99999');
  await expect.poll(() => view(h, UPDATE).locator('.banner').textContent()).toMatch(/No record T-99999/);
  expect(await f.getByRole('textbox', { name: 'Solution' }).inputValue()).toBe('Replaced the scanner cable.');
  expect(await view(h, UPDATE).locator('.summary').isVisible()).toBe(false);
});

it('says there is nothing to save when nothing changed since the ticket was opened', async () => {
  const t = openTicket();
  await openView(h, UPDATE);
  const f = form(h, UPDATE);
  await f.getByRole('textbox', { name: 'Solution' }).fill('');
  await openInUpdate(t.ID!);
  await expect.poll(() => f.locator('.status').textContent()).toBe(`${t.ID} opened.`);
  const calls: string[] = [];
  const count = (r: { url(): string; postData(): string | null }) => {
    if (r.url().endsWith('/api/run')) calls.push(r.postData() ?? '');
  };
  h.page.on('request', count);
  await f.getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(() => f.locator('.field.invalid .error').textContent())
    .toBe(`Nothing to save: nothing was changed since ${t.ID} was opened.`);
  h.page.off('request', count);
  expect(calls).toEqual([]);
});

it('does not carry changes made to one ticket over to another opened next, unless the person leaves them', async () => {
  const open = records(h, 'Tickets').filter((t) => t.Status !== 'Closed' && t.Status !== 'Resolved');
  const [a, b] = [open[0]!, open[1]!];
  await openInUpdate(a.ID!);
  const f = form(h, UPDATE);
  await expect.poll(() => f.locator('.status').textContent()).toMatch(new RegExp(`^${a.ID} opened`));
  const status = f.getByRole('combobox', { name: 'Status' });
  const changed =
    (await status.inputValue()) === 'Waiting on Customer' ? 'In Progress' : 'Waiting on Customer';
  await status.selectOption(changed);
  await openInUpdate(b.ID!);
  // Asked with its button under the Ticket ID, where Open was pressed, not at the foot of the form.
  const leave = view(h, UPDATE).getByRole('button', { name: `Leave them and open ${b.ID}` });
  const question = leave.locator('xpath=..');
  await expect
    .poll(() => question.locator('p').textContent())
    .toBe(`Your changes to ${a.ID} (Status) are not saved. Save them first, or leave them to open ${b.ID}.`);
  expect(await f.locator('.status').textContent()).not.toMatch(/not saved/);
  expect(await f.getByRole('textbox', { name: 'Ticket ID' }).inputValue()).toBe(a.ID);
  expect(await status.inputValue()).toBe(changed);
  await leave.click();
  expect(await question.isVisible()).toBe(false);
  // The button pressed is gone: focus lands on the Ticket ID, not nowhere.
  expect(await h.sidebar.locator(':focus').getAttribute('name')).toBe('id');
  await expect.poll(() => f.locator('.status').textContent()).toBe(`${b.ID} opened.`);
  expect(await status.inputValue()).toBe(b.Status);
  expect(records(h, 'Tickets').find((t) => t.ID === a.ID)!.Status).toBe(a.Status);
});

it('says a merge is running, and after one that stopped partway offers "Merge now" for the same pair', async () => {
  await openView(h, 'Merge duplicates');
  const f = form(h, 'Merge duplicates');
  const [, , keep, dupe] = records(h, 'Customers');
  for (const [label, id] of [
    ['Customer to keep', keep!.ID!],
    ['Duplicate to merge into it', dupe!.ID!],
  ] as const) {
    await f.getByRole('combobox', { name: label }).fill(id);
    await h.sidebar.getByRole('option').first().click();
  }
  await f.getByRole('button', { name: 'Review merge' }).click();
  await expect.poll(() => f.getByRole('button', { name: 'Merge now' }).count()).toBe(1);
  // Nothing runs until Merge now is pressed, and nothing says it does.
  expect(await f.locator('.status').textContent()).toBe('');
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  change = async (name) => {
    if (name !== 'sidebarMergeCustomers') return undefined;
    await held;
    return {
      ok: false,
      kind: 'partly',
      message: `3 of 9 records moved from ${dupe!.ID} to ${keep!.ID} before something went wrong (timeout). They are in the Audit Log. Choose Merge again to go on.`,
    };
  };
  await f.getByRole('button', { name: 'Merge now' }).click();
  await expect
    .poll(() => f.locator('.status').textContent())
    .toMatch(/^Merging… a customer with many records/);
  release();
  const banner = view(h, 'Merge duplicates').locator('.banner');
  await expect.poll(() => banner.textContent()).toMatch(/^Saved, but not all of it3 of 9 records moved/);
  expect(await f.locator('button.primary').textContent()).toBe('Merge now');
  change = undefined;
});

it('keeps each record ID it shows on one line: a save, a hint, an ID not found', async () => {
  // An ID outside a .record-id span can break at its hyphen in the 300 px sidebar ("T-" then "00012").
  const loose = () =>
    h.sidebar.locator('body').evaluate((body) => {
      const walker = body.ownerDocument.createTreeWalker(body, 4 /* text nodes */);
      const found: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const shown = node.parentElement?.closest('[hidden], .visually-hidden, option, script') === null;
        const named = node.textContent!.match(/[A-Z]-\d+/g) ?? [];
        if (shown && named.length > 0 && !node.parentElement?.closest('.record-id'))
          found.push(node.textContent!);
      }
      return found;
    });
  const t = openTicket();
  await openInUpdate(t.ID!);
  await expect.poll(() => view(h, UPDATE).locator('.summary').isVisible()).toBe(true);
  const f = form(h, UPDATE);
  await f.getByRole('textbox', { name: 'Progress' }).fill(t.Progress === '40' ? '50' : '40');
  await f.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => view(h, UPDATE).locator('.status').textContent()).toContain(t.ID!);
  // An ID not found: what was typed is named.
  await f.getByRole('textbox', { name: 'Ticket ID' }).fill('T-99999');
  await f.getByRole('button', { name: 'Open' }).click();
  await expect
    .poll(() => view(h, UPDATE).locator('.banner, .error').allTextContents())
    .toContainEqual(expect.stringContaining('T-99999'));
  expect(await loose()).toEqual([]);
});
