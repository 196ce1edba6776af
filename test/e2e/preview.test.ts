import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { type PackedPicks, unpackPicks } from '../../src/api/customer-picks';
import { startPreview } from '../../tools/preview/preview';
import { NOW, useHarness } from './harness';

const h = useHarness();
const dir = mkdtempSync(join(tmpdir(), 'crm-preview-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('the menu buttons run the add-on and say how it went', async () => {
  await h.page.getByRole('button', { name: 'Run daily jobs' }).click();
  await expect.poll(() => h.page.locator('#message').textContent()).toMatch(/^Run daily jobs: done/);
  await h.page.getByRole('button', { name: '+1 hour' }).click();
  await expect.poll(() => h.page.locator('#clock').textContent()).toBe('2026-11-23 18:00');
});

it('marks the columns the add-on computes with grey headers', async () => {
  await h.page.getByRole('navigation', { name: 'Sheets' }).getByRole('button', { name: 'Tickets' }).click();
  const sla = h.page.locator('#grid thead th', { hasText: 'SLA Status' });
  const subject = h.page.locator('#grid thead th', { hasText: 'Subject' });
  const background = (el: { style: { background: string } }) => el.style.background;
  expect(await sla.evaluate(background)).toBe('rgb(232, 234, 237)');
  expect(await subject.evaluate(background)).toBe('');
  expect(await h.page.locator('#range').textContent()).toMatch(/^rows 1–100 of \d{3}$/);
});

/** Just enough of google.script.run to make one call by hand. */
interface Run {
  withSuccessHandler(f: () => void): Run;
  withFailureHandler(f: (e: Error) => void): Run;
  sidebarFindDuplicates(record: unknown): void;
}

it('the google.script.run stand-in refuses a Date, as Apps Script does', async () => {
  const sidebar = h.page.frames().find((f) => f.url().endsWith('/sidebar'))!;
  const message = await sidebar.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const run = (globalThis as unknown as { google: { script: { run: Run } } }).google.script.run;
        run
          .withSuccessHandler(() => resolve('sent'))
          .withFailureHandler((e: Error) => resolve(e.message))
          .sidebarFindDuplicates({ name: new Date(), email: '' });
      }),
  );
  expect(message).toMatch(/Date/);
});

it('keeps the workbook across a restart, and --reset seeds it afresh', async () => {
  const file = join(dir, 'workbook.json');
  const first = await startPreview({ port: 0, file, now: NOW, log: () => {} });
  const made = first.session.serve('sidebarCreateCustomer', [
    { requestId: 'restart-1', record: { name: 'Kept Across Restarts Ltd', contact: 'Ma Lin' } },
  ]) as { value: { id: string } };
  await first.close();

  const names = (p: Awaited<ReturnType<typeof startPreview>>) =>
    unpackPicks(
      (p.session.serve('sidebarBootstrap', []) as { value: { customers: PackedPicks } }).value.customers,
    );
  const second = await startPreview({ port: 0, file, log: () => {} });
  expect(names(second).find((c) => c[0] === made.value.id)?.[1]).toBe('Kept Across Restarts Ltd');
  expect(second.session.now()).toBe('2026-11-23 17:00');
  await second.close();

  const third = await startPreview({ port: 0, file, reset: true, now: NOW, log: () => {} });
  expect(names(third).some((c) => c[1] === 'Kept Across Restarts Ltd')).toBe(false);
  await third.close();
});
