/**
 * The sidebar against axe-core's WCAG 2.0 / 2.1 A and AA rules, in every view and in the states a
 * person meets: just loaded, each form empty, errors after a refused save, a record opened, the
 * customer picker's list open, the question before unsaved changes are left, a save's message.
 * No rule is turned off: a violation is fixed in sidebar/, not here.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { form, openView, pickCustomer, records, useHarness, view } from './harness';

const h = useHarness();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const VIEWS = [
  'My queue',
  'New customer',
  'Edit customer',
  'Log interaction',
  'New ticket',
  'Update ticket',
  'New survey',
  'Survey answers',
  'Win back',
  'Merge duplicates',
];
let frame: Frame;

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: unknown[] }[];
}

beforeAll(async () => {
  frame = (await (await h.page.locator('#sidebar').elementHandle())!.contentFrame())!;
});

/** Every violation in the sidebar as it is now, one line each: rule, impact, where. */
async function violations(): Promise<string[]> {
  // The sidebar's document is replaced only by a reload; inject once per document.
  if (!(await frame.evaluate(() => 'axe' in globalThis))) await frame.evaluate(AXE);
  const found = await frame.evaluate(async (tags) => {
    const { axe } = globalThis as unknown as {
      axe: { run(o: unknown): Promise<{ violations: Violation[] }> };
    };
    // Over the whole document; hidden views are skipped by axe itself.
    return (await axe.run({ runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }))
      .violations;
  }, TAGS);
  return found.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${JSON.stringify(n.target)}`));
}

it('breaks no rule in any view as it first shows', async () => {
  const found: string[] = [];
  for (const label of VIEWS) {
    await openView(h, label);
    found.push(...(await violations()).map((v) => `${label}: ${v}`));
  }
  expect(found).toEqual([]);
});

it('breaks no rule while My queue asks to confirm an email to a customer', async () => {
  await openView(h, 'My queue');
  const email = view(h, 'My queue').getByRole('button', { name: /^Email survey S-\d+ to the customer$/ });
  await email.first().click();
  await expect.poll(() => h.sidebar.locator('#queue-status').textContent()).toMatch(/Press Send/);
  expect(await violations()).toEqual([]);
});

it('breaks no rule with errors shown after a refused save', async () => {
  const found: string[] = [];
  const forms = [
    ['New customer', 'New customer'],
    ['Log interaction', 'Log an interaction'],
    ['New ticket', 'New ticket'],
    ['New survey', 'New survey'],
    ['Update ticket', 'Update ticket'],
  ] as const;
  for (const [label, title] of forms) {
    await openView(h, label);
    await form(h, title).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form(h, title).locator('.field.invalid').count()).toBeGreaterThan(0);
    found.push(...(await violations()).map((v) => `${label}: ${v}`));
  }
  expect(found).toEqual([]);
});

it('breaks no rule with the customer picker listing matches', async () => {
  await openView(h, 'New ticket');
  const customer = records(h, 'Customers')[0]!;
  await form(h, 'New ticket').getByRole('combobox', { name: 'Customer' }).fill(customer.Name!.slice(0, 3));
  await expect.poll(() => h.sidebar.getByRole('option').count()).toBeGreaterThan(0);
  await form(h, 'New ticket').getByRole('combobox', { name: 'Customer' }).press('ArrowDown');
  expect(await violations()).toEqual([]);
  // The list open with nothing in it but why.
  await form(h, 'New ticket').getByRole('combobox', { name: 'Customer' }).fill('zzzqqq');
  await expect.poll(() => h.sidebar.locator('.pick-none').isVisible()).toBe(true);
  expect(await violations()).toEqual([]);
});

it('breaks no rule with a ticket opened, the question before leaving its changes, and a save said', async () => {
  const open = records(h, 'Tickets').filter((t) => t.Status !== 'Closed' && t.Status !== 'Resolved');
  const [a, b] = [open[0]!, open[1]!];
  const f = form(h, 'Update ticket');
  await openView(h, 'Update ticket');
  await f.getByRole('textbox', { name: 'Ticket ID' }).fill(a.ID!);
  await f.getByRole('button', { name: 'Open' }).click();
  await expect.poll(() => view(h, 'Update ticket').locator('.summary').isVisible()).toBe(true);
  expect(await violations()).toEqual([]);

  await f.getByRole('textbox', { name: 'Solution' }).fill('Reset the router.');
  await f.getByRole('textbox', { name: 'Ticket ID' }).fill(b.ID!);
  await f.getByRole('button', { name: 'Open' }).click();
  await expect
    .poll(() =>
      view(h, 'Update ticket')
        .getByRole('button', { name: `Leave them and open ${b.ID}` })
        .count(),
    )
    .toBe(1);
  expect(await violations()).toEqual([]);

  await f.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => f.locator('.status').textContent()).toMatch(/^Ticket T-\d+ saved\./);
  expect(await violations()).toEqual([]);
});

it('breaks no rule with a new record saved', async () => {
  await openView(h, 'New ticket');
  const f = form(h, 'New ticket');
  await pickCustomer(h, 'New ticket', records(h, 'Customers')[0]!.Name!);
  await f.getByRole('textbox', { name: 'Subject' }).fill('Printer offline');
  await f.getByRole('combobox', { name: 'Type' }).selectOption('Technical');
  await f.getByRole('combobox', { name: 'Level' }).selectOption('Regular');
  await f.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => f.locator('.status').textContent()).toMatch(/^Ticket T-\d{5} saved\.$/);
  expect(await violations()).toEqual([]);
});

it('breaks no rule with a customer and a survey opened, a merge reviewed, a duplicate warned of, a failure shown', async () => {
  const found: string[] = [];
  const check = async (state: string) => found.push(...(await violations()).map((v) => `${state}: ${v}`));
  const [first, second, third] = records(h, 'Customers').filter((c) => c['Merged Into'] === '');

  await openView(h, 'Edit customer');
  await pickCustomer(h, 'Edit customer', first!.ID!);
  await expect.poll(() => view(h, 'Edit customer').locator('.summary').isVisible()).toBe(true);
  await check('Edit customer opened');
  const history = view(h, 'Edit customer').locator('details.history');
  await history.getByText('History', { exact: true }).click();
  await history.locator('h4').first().waitFor();
  await check('Edit customer history shown');

  const survey = records(h, 'Surveys')[0]!;
  await openView(h, 'Survey answers');
  await form(h, 'Survey answers').getByRole('textbox', { name: 'Survey ID' }).fill(survey.ID!);
  await form(h, 'Survey answers').getByRole('button', { name: 'Open' }).click();
  await expect.poll(() => view(h, 'Survey answers').locator('.summary').isVisible()).toBe(true);
  await check('Survey answers opened');

  await openView(h, 'Merge duplicates');
  const merge = form(h, 'Merge duplicates');
  for (const [label, id] of [
    ['Customer to keep', second!.ID!],
    ['Duplicate to merge into it', third!.ID!],
  ] as const) {
    await merge.getByRole('combobox', { name: label }).fill(id);
    await h.sidebar.getByRole('option').first().click();
  }
  await merge.getByRole('button', { name: 'Review merge' }).click();
  await expect.poll(() => merge.getByRole('button', { name: 'Merge now' }).count()).toBe(1);
  await check('Merge reviewed');

  await openView(h, 'New customer');
  const add = form(h, 'New customer');
  await add.getByRole('textbox', { name: 'Name', exact: true }).fill(first!.Name!);
  await add.getByRole('textbox', { name: 'Contact', exact: true }).fill('Someone Else');
  await add.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => add.getByRole('button', { name: 'Save anyway' }).count()).toBe(1);
  await check('New customer warned of a duplicate');

  const locks = h.preview.session.emu.locks;
  locks.hold('document');
  try {
    await add.getByRole('button', { name: 'Save anyway' }).click();
    await expect.poll(() => view(h, 'New customer').locator('.banner').isVisible()).toBe(true);
    await check('New customer refused as busy');
  } finally {
    locks.release('document');
  }
  expect(found).toEqual([]);
});

/** WCAG's contrast ratio between two `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, bl] = rgb
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map((c) => {
        const s = Number(c) / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// axe does not check the edges of controls: WCAG 1.4.11 asks 3:1 for what shows where a box is.
it('draws the edge of every box to type or choose in at 3:1 against the page at least', async () => {
  await openView(h, 'New ticket');
  const edges = await form(h, 'New ticket')
    .locator('input, select, textarea')
    .evaluateAll((els) =>
      els.map((el) => {
        const view = el.ownerDocument.defaultView!;
        return {
          name: el.id,
          edge: view.getComputedStyle(el).borderTopColor,
          page: view.getComputedStyle(el.ownerDocument.body).backgroundColor,
        };
      }),
    );
  const white = 'rgb(255, 255, 255)';
  const faint = edges.filter(
    ({ edge, page }) => contrast(edge, page === 'rgba(0, 0, 0, 0)' ? white : page) < 3,
  );
  expect(faint.map(({ name, edge }) => `${name}: ${edge}`)).toEqual([]);
});

it('names every button in My queue by the words it shows first, so saying them presses it', async () => {
  await openView(h, 'My queue');
  await view(h, 'My queue').locator('.queue-section').first().waitFor();
  const mismatched = await view(h, 'My queue').evaluate((root) =>
    // A button without aria-label is named by its content: only a label of its own can differ.
    [...root.querySelectorAll('button[aria-label]')]
      .filter((b) => b.getClientRects().length > 0)
      .map((b) => ({ shown: (b.textContent ?? '').trim(), name: b.getAttribute('aria-label')!.trim() }))
      .filter(({ shown, name }) => shown !== '' && !name.startsWith(shown))
      .map(({ shown, name }) => `${shown} → ${name}`),
  );
  expect(mismatched).toEqual([]);
});
