/**
 * Tell customers what changed, in the sidebar: a month's Low Score alert in My queue opens the
 * form; the first press says how many customers it emails, the second emails them and logs each.
 */
import { expect, it } from 'vitest';
import { form, openView, records, useHarness, view } from './harness';

const h = useHarness();
const TITLE = 'Tell customers what changed';

/** Appends a row to a sheet of the preview's workbook, by header, as a person typing would. */
function typeRow(sheet: string, record: Record<string, unknown>) {
  const s = h.preview.session.emu.globals.SpreadsheetApp.getActive().getSheetByName(sheet)!;
  const headers = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0]!.map(String);
  s.appendRow(headers.map((name) => record[name] ?? ''));
}

it('emails the customers who answered in the month, after saying how many, and logs each email', async () => {
  const user = (await h.sidebar.locator('#user').textContent()) ?? '';
  const customers = records(h, 'Customers')
    .filter((c) => /@/.test(c.Email!) && c['Merged Into'] === '' && c.Status !== 'Churned')
    .slice(0, 2);
  expect(customers).toHaveLength(2);
  for (const [i, c] of customers.entries())
    typeRow('Surveys', {
      ID: `S-0900${i}`,
      'Customer ID': c.ID,
      Reason: 'Ad Hoc',
      Responded: new Date(Date.UTC(2026, 10, 10 + i, 2)),
      'Proactive Care': 2,
    });
  typeRow('Alerts', {
    ID: 'A-09000',
    Raised: new Date(Date.UTC(2026, 10, 23, 1)),
    Kind: 'Low Score',
    'Record ID': '2026-11',
    Message:
      'Proactive Care averaged 2.0 in 2026-11, under 3.0: plan an improvement, then tell the customers who answered what changed (open this alert in My queue).',
    Owner: user,
    Status: 'Open',
    Key: 'low-score:2026-11:proactiveCare',
  });
  await h.sidebar.getByRole('button', { name: 'Refresh' }).click();
  const alerts = view(h, 'My queue').locator('section', { hasText: 'My open alerts' });
  await alerts.getByRole('button', { name: /Low Score · 2026-11/ }).click();

  const f = form(h, TITLE);
  await expect.poll(() => f.getByRole('textbox', { name: 'Alert' }).inputValue()).toBe('A-09000');
  await f.getByRole('textbox', { name: 'What we changed' }).fill('Each account now has a named contact.');
  const mailed = () => h.preview.session.emu.mail.length;
  const before = mailed();
  await f.getByRole('button', { name: 'Review' }).click();
  const notice = f.locator('.notice');
  await expect
    .poll(() => notice.textContent())
    .toMatch(/^This emails \d+ customers? who answered in November 2026\..* Press "Send emails" to send\.$/);
  const count = Number((await notice.textContent())!.match(/This emails (\d+)/)![1]);
  expect(count).toBeGreaterThanOrEqual(2);
  expect(mailed()).toBe(before);

  await f.getByRole('button', { name: 'Send emails' }).click();
  await expect
    .poll(() => f.locator('.status').textContent())
    .toMatch(new RegExp(`^Emailed ${count} customers? what changed; each is logged in Interactions\\.`));
  expect(mailed()).toBe(before + count);
  const logged = records(h, 'Interactions').filter(
    (r) => r.Subject === 'What we changed after your feedback (A-09000)',
  );
  expect(logged.map((r) => r['Customer ID'])).toEqual(expect.arrayContaining(customers.map((c) => c.ID)));
  expect(logged).toHaveLength(count);

  // Everyone is told: a review says so, and the button stays Review, as there is nothing to send.
  await f.getByRole('textbox', { name: 'Alert' }).fill('A-09000');
  await f.getByRole('textbox', { name: 'What we changed' }).fill('Each account now has a named contact.');
  await f.getByRole('button', { name: 'Review' }).click();
  await expect
    .poll(() => notice.textContent())
    .toBe(
      `There is nobody left to email among those who answered in November 2026. ${count} customers were told before.`,
    );
  expect(await f.locator('button[type=submit]').textContent()).toBe('Review');
  for (const box of ['Alert', 'What we changed']) await f.getByRole('textbox', { name: box }).fill('');
  expect(h.errors).toEqual([]);
  await openView(h, 'My queue');
});

it('after a press that emailed 20, "press Send again" is what the button then does', async () => {
  const eligible = records(h, 'Customers').filter(
    (c) => /@/.test(c.Email!) && c['Merged Into'] === '' && c.Status !== 'Churned',
  );
  expect(eligible.length).toBeGreaterThan(20);
  for (const [i, c] of eligible.entries())
    typeRow('Surveys', {
      ID: `S-091${String(i).padStart(2, '0')}`,
      'Customer ID': c.ID,
      Reason: 'Ad Hoc',
      Responded: new Date(Date.UTC(2026, 10, 12, 2)),
      Resolution: 1,
    });
  typeRow('Alerts', {
    ID: 'A-09001',
    Raised: new Date(Date.UTC(2026, 10, 23, 1)),
    Kind: 'Low Score',
    'Record ID': '2026-11',
    Message: 'Resolution averaged 1.0 in 2026-11, under 3.0.',
    Owner: (await h.sidebar.locator('#user').textContent()) ?? '',
    Status: 'Open',
    Key: 'low-score:2026-11:resolution',
  });
  await openView(h, 'My queue');
  await h.sidebar.getByRole('button', { name: 'Refresh' }).click();
  const alerts = view(h, 'My queue').locator('section', { hasText: 'My open alerts' });
  await alerts
    .getByRole('button', { name: /Low Score · 2026-11/ })
    .filter({ hasText: 'Resolution averaged' })
    .click();
  const f = form(h, TITLE);
  await expect.poll(() => f.getByRole('textbox', { name: 'Alert' }).inputValue()).toBe('A-09001');
  await f.getByRole('textbox', { name: 'What we changed' }).fill('Faster fixes.');
  await f.getByRole('button', { name: 'Review' }).click();
  await f.getByRole('button', { name: 'Send emails' }).click();
  const status = f.locator('.status');
  await expect.poll(() => status.textContent()).toMatch(/^Emailed 20 customers .* press Send again\.$/);
  const mailed = h.preview.session.emu.mail.length;
  await f.getByRole('button', { name: 'Send emails' }).click();
  await expect
    .poll(() => status.textContent())
    .toMatch(/^Emailed \d+ customers? what changed; each is logged in Interactions\./);
  const second = Number((await status.textContent())!.match(/^Emailed (\d+)/)![1]);
  expect(second).toBeGreaterThan(0);
  expect(h.preview.session.emu.mail.length - mailed).toBe(second);
  expect(h.errors).toEqual([]);
});
