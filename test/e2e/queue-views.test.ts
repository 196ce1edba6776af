/**
 * My queue and the picker against what the server holds: a customer merged away is offered
 * nowhere (nor, after a merge, in the sidebar that made it), open alerts come newest first however the sheet is sorted, and a double-click on
 * Email does not answer the question it asks.
 */
import { expect, it } from 'vitest';
import { asPerson } from '../../tools/emulator/person';
import { form, openView, records, useHarness, view } from './harness';

const h = useHarness();
const QUEUE = 'My queue';

it('does not email a survey on a double-click of Email', async () => {
  await openView(h, QUEUE);
  const email = view(h, QUEUE)
    .locator('section', { hasText: 'Surveys to send' })
    .getByRole('button', { name: /^Email survey S-\d+ to the customer$/ });
  await expect.poll(() => email.count()).toBeGreaterThan(0);
  const mail = h.preview.session.emu.mail;
  const before = mail.length;
  // Pick one whose customer has an address, so a send would go out.
  const buttons = await email.all();
  for (const b of buttons) {
    await b.dblclick();
    await expect.poll(() => view(h, QUEUE).getByRole('status').first().textContent()).not.toMatch(/^Working/);
    const said = (await view(h, QUEUE).getByRole('status').first().textContent()) ?? '';
    if (!said.includes('no email address')) break;
  }
  await new Promise((r) => setTimeout(r, 500));
  expect(mail.slice(before).map((m) => m.to)).toEqual([]);
});

it('lists open alerts newest first even after the Alerts sheet was sorted', async () => {
  const emu = h.preview.session.emu;
  // Hours pass: the hourly schedule raises new alerts (missed targets) after the first ones.
  for (let i = 0; i < 6; i++) h.preview.session.advance(4);
  // A person sorts the Alerts sheet by Raised, newest on top: an ordinary thing to do in Sheets.
  asPerson(emu.rt, () => {
    const sheet = emu.globals.SpreadsheetApp.getActive().getSheetByName('Alerts')!;
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
    const column = headers.indexOf('Raised') + 1;
    sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn()).sort({ column, ascending: false });
  });
  await openView(h, QUEUE);
  await h.sidebar.getByRole('button', { name: 'Refresh' }).click();
  await expect.poll(() => h.sidebar.locator('#refresh').isDisabled()).toBe(false);
  const buttons = view(h, QUEUE)
    .locator('section', { hasText: 'My open alerts' })
    .getByRole('button', { name: /^Done: alert A-\d+$/ });
  await expect.poll(() => buttons.count()).toBeGreaterThan(1);
  const ids = (await Promise.all((await buttons.all()).map((b) => b.getAttribute('aria-label')))).map(
    (l) => /A-\d+/.exec(l ?? '')![0],
  );
  const raised = new Map(records(h, 'Alerts').map((a) => [a.ID!, a.Raised!]));
  const shown = ids.map((id) => raised.get(id)!);
  expect(new Set(shown).size).toBeGreaterThan(1);
  expect(shown).toEqual([...shown].sort().reverse());
});

const section = (name: string) => view(h, QUEUE).locator('section', { hasText: name });

function merge(keepId: string, mergeId: string) {
  const answer = h.preview.session.serve('sidebarMergeCustomers', [
    { requestId: `merge-${mergeId}`, record: { keepId, mergeId } },
  ]) as { ok: boolean };
  expect(answer.ok).toBe(true);
  expect(records(h, 'Customers').find((c) => c.ID === mergeId)!['Merged Into']).toBe(keepId);
}

async function refresh() {
  await openView(h, QUEUE);
  await h.sidebar.getByRole('button', { name: 'Refresh' }).click();
  await expect.poll(() => h.sidebar.locator('#refresh').isDisabled()).toBe(false);
}

it('does not offer a merged customer in the customer picker (the server refuses it)', async () => {
  const all = records(h, 'Customers').filter((c) => c['Merged Into'] === '');
  const [keep, dup] = [all[0]!, all[1]!];
  merge(keep.ID!, dup.ID!);
  await refresh();
  await openView(h, 'New ticket');
  await form(h, 'New ticket').getByRole('combobox', { name: 'Customer' }).fill(dup.ID!);
  const list = h.sidebar.locator('.picker-list:visible');
  await expect.poll(() => list.count()).toBe(1);
  // Picking it only leads to the server's refusal "… was merged into …: choose … instead".
  expect(await list.textContent()).not.toContain(dup.ID!);
});

it('does not list a merged customer in My queue (Records to refresh, Key leads)', async () => {
  await refresh();
  const listed = async (name: string) =>
    (await section(name).locator('button.queue-item').allTextContents())
      .map((t) => /\((C-\d+)\)/.exec(t)?.[1])
      .filter(Boolean) as string[];
  const stale = await listed('Records to refresh');
  const leads = await listed('Key leads');
  expect(stale.length).toBeGreaterThan(0);
  const keep = records(h, 'Customers').find(
    (c) => c['Merged Into'] === '' && !stale.includes(c.ID!) && !leads.includes(c.ID!),
  )!;
  merge(keep.ID!, stale[0]!);
  const lead = leads.find((id) => id !== stale[0]);
  if (lead) merge(keep.ID!, lead);
  await refresh();
  const after = [...(await listed('Records to refresh')), ...(await listed('Key leads'))];
  const merged = new Set(
    records(h, 'Customers')
      .filter((c) => c['Merged Into'] !== '')
      .map((c) => c.ID!),
  );
  expect(after.filter((id) => merged.has(id))).toEqual([]);
});

const MERGE = 'Merge duplicates';

async function pick(title: string, label: string, query: string) {
  const box = form(h, title).getByRole('combobox', { name: label });
  await box.fill(query);
  await h.sidebar.getByRole('option').first().click();
}

it('no longer offers the merged customer in the picker after the merge', async () => {
  const live = records(h, 'Customers').filter((c) => c['Merged Into'] === '');
  const [keep, dupe] = [live[0]!, live[1]!];
  await openView(h, MERGE);
  await pick(MERGE, 'Customer to keep', keep.ID!);
  await pick(MERGE, 'Duplicate to merge into it', dupe.ID!);
  const button = form(h, MERGE).getByRole('button', { name: /Review merge|Merge now/ });
  await button.click();
  await expect.poll(() => button.textContent()).toBe('Merge now');
  await button.click();
  await expect.poll(() => form(h, MERGE).locator('.status').textContent()).toMatch(/^Merged /);
  expect(records(h, 'Customers').find((c) => c.ID === dupe.ID)!['Merged Into']).toBe(keep.ID);

  // Another form's picker, searching the merged record's ID.
  await openView(h, 'Log interaction');
  const box = form(h, 'Log an interaction').getByRole('combobox', { name: 'Customer' });
  await box.fill(dupe.ID!);
  const options = h.sidebar.getByRole('option');
  await expect.poll(() => h.sidebar.locator('.picker-list:visible li').count()).toBeGreaterThan(0);
  const texts = await options.allTextContents();
  expect(texts.filter((t) => t.includes(dupe.ID!))).toEqual([]);
});

it('keeps each record ID in My queue on one line in the 300 px sidebar, never "(C-" then "0031)"', async () => {
  await openView(h, QUEUE);
  const list = view(h, QUEUE).locator('.queue-section').first();
  await list.waitFor();
  expect(await h.sidebar.locator('body').evaluate((b) => b.ownerDocument.documentElement.clientWidth)).toBe(
    300,
  );
  // Each ID's letters, wherever they sit in the text, by the lines they are laid out on.
  const split = await view(h, QUEUE).evaluate((root) => {
    const doc = root.ownerDocument;
    const walker = doc.createTreeWalker(root, 4 /* text nodes */);
    const found: string[] = [];
    let ids = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.textContent!.matchAll(/[A-Z]-\d+/g)) {
        ids++;
        const range = doc.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) found.push(m[0]);
      }
    }
    return { ids, found };
  });
  expect(split.ids).toBeGreaterThan(10);
  expect(split.found).toEqual([]);
});
