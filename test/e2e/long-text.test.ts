/**
 * Long words stay inside the 300 px sidebar: a company name with no space and a long email address
 * are wrapped wherever they are shown (the duplicate warning, the picker, the banner), never cut
 * off at its edge, where the sidebar hides what runs past it; a long message beside Save wraps
 * rather than squeezing the button to a letter a line.
 */
import { expect, it } from 'vitest';
import { form, openView, records, useHarness } from './harness';

const h = useHarness();
const NAME = `${'Guangzhou'.repeat(8)}TradingCompany`;
const EMAIL = 'purchasing_department_head_office@guangzhou_trading_company_limited.com.cn';

/** Text that runs past the sidebar's right edge, by the element that holds it. */
const cutOff = () =>
  h.sidebar.locator('body').evaluate((body) => {
    const doc = body.ownerDocument;
    const edge = doc.documentElement.clientWidth;
    const walker = doc.createTreeWalker(body, 4 /* text nodes */);
    const cut: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = doc.createRange();
      range.selectNodeContents(node);
      const right = Math.max(0, ...[...range.getClientRects()].map((r) => r.right));
      if (right > edge + 1) cut.push(`${node.parentElement?.className}: ${node.textContent?.slice(0, 30)}`);
    }
    return cut;
  });

it('wraps a long company name and email in the duplicate warning and the picker', async () => {
  await openView(h, 'New customer');
  const f = form(h, 'New customer');
  const fill = async () => {
    await f.getByRole('textbox', { name: 'Name', exact: true }).fill(NAME);
    await f.getByRole('textbox', { name: 'Contact', exact: true }).fill('Liu Yang');
    await f.getByRole('textbox', { name: 'Email' }).fill(EMAIL);
  };
  await fill();
  await f.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => f.locator('.status').textContent()).toMatch(/^Customer C-\d+ saved\.$/);
  expect(records(h, 'Customers').at(-1)).toMatchObject({ Name: NAME, Email: EMAIL });
  // The same again: the warning names the first one.
  await fill();
  await f.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => f.getByRole('button', { name: 'Save anyway' }).count()).toBe(1);
  expect(await cutOff()).toEqual([]);
  await openView(h, 'Log interaction');
  await form(h, 'Log an interaction')
    .getByRole('combobox', { name: 'Customer' })
    .fill('purchasing_department');
  await expect.poll(() => form(h, 'Log an interaction').getByRole('listbox').isVisible()).toBe(true);
  expect(await cutOff()).toEqual([]);
});

/** How many lines an element's text is laid out on. */
const lines = (locator: ReturnType<typeof form>) =>
  locator.evaluate((el) => {
    const range = el.ownerDocument.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });

it('keeps Save on one line beside a long message, which wraps beside it instead', async () => {
  await openView(h, 'Update ticket');
  const f = form(h, 'Update ticket');
  // Typed before opening: the message beside Save names every field kept.
  await f.getByRole('textbox', { name: 'Progress' }).fill('60');
  await f.getByRole('textbox', { name: 'Solution' }).fill('Replaced the scanner cable.');
  await f.getByRole('textbox', { name: 'Suggestion' }).fill('Keep a spare cable on site.');
  const id = records(h, 'Tickets')[0]!.ID!;
  await f.getByRole('textbox', { name: 'Ticket ID' }).fill(id);
  await f.getByRole('button', { name: 'Open' }).click();
  await expect
    .poll(() => f.locator('.status').textContent())
    .toBe(`${id} opened. Kept what you changed: Progress, Solution, Suggestion.`);
  expect(await lines(f.getByRole('button', { name: 'Save' }))).toBe(1);
  expect(await lines(f.locator('.status'))).toBeGreaterThan(1);
});
