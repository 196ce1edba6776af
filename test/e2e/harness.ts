/**
 * What every browser test needs: the preview server started in-process on a free port over a
 * fresh temporary workbook (seeded the same way every time), Debian's Chromium through
 * playwright-core, and small helpers to drive the sidebar inside its iframe. Any request to a
 * host other than the preview is recorded: the sidebar must load nothing from outside.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../tools/chromium';
import { createEmulator, fixedClock } from '../../tools/emulator/index';
import { type Preview, startPreview } from '../../tools/preview/preview';
import { TIME_ZONE } from '../../tools/preview/session';
import { sheetPage } from '../../tools/preview/sheet-view';
import { snapshot, writeSaved } from '../../tools/preview/store';

/** Monday 2026-11-23 17:00 in Shanghai: the sample data leads up to this hour. */
export const NOW = Date.UTC(2026, 10, 23, 9);
const SHOTS = 'test-results/screenshots';

export interface Harness {
  preview: Preview;
  page: Page;
  sidebar: FrameLocator;
  /** Requests that left 127.0.0.1, and script errors in the page or the sidebar. */
  outside: string[];
  errors: string[];
  dialogs: string[];
}

/** `blank`: a new spreadsheet the add-on was never used in (no Set up, no sample data). */
export function useHarness({ blank = false } = {}): Harness {
  const h = { outside: [], errors: [], dialogs: [] } as unknown as Harness;
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    if (!existsSync('dist/Code.js') || !existsSync('dist/Sidebar.html')) {
      throw new Error('dist/ is not built: run `npm run build` first');
    }
    dir = mkdtempSync(join(tmpdir(), 'crm-e2e-'));
    const file = join(dir, 'workbook.json');
    // A saved workbook is opened as it is: a blank one is not seeded.
    if (blank)
      writeSaved(file, snapshot(createEmulator({ clock: fixedClock(NOW), spreadsheetTimeZone: TIME_ZONE })));
    h.preview = await startPreview({ port: 0, file, now: NOW, log: () => {} });
    browser = await launchChromium();
    h.page = await browser.newPage({ viewport: { width: 1300, height: 1500 } });
    h.page.setDefaultTimeout(10_000);
    h.page.on('request', (r) => {
      if (!r.url().startsWith(h.preview.url) && !r.url().startsWith('data:')) h.outside.push(r.url());
    });
    h.page.on('pageerror', (e) => h.errors.push(e.message));
    h.page.on('dialog', (d) => {
      h.dialogs.push(d.message());
      void d.dismiss();
    });
    await h.page.goto(h.preview.url);
    h.sidebar = h.page.frameLocator('#sidebar');
    // The sidebar either opens on My queue or says why it could not load.
    const failed = h.sidebar.locator('#boot-error');
    await h.sidebar.locator('#queue-title:visible, #boot-error:visible').first().waitFor();
    if (!blank && (await failed.isVisible()))
      throw new Error(`The sidebar did not load: ${await failed.textContent()}`);
  });
  afterAll(async () => {
    await browser?.close();
    await h.preview?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return h;
}

/** Switches the sidebar to one of its views by the button in its navigation. */
export async function openView(h: Harness, label: string): Promise<void> {
  await h.sidebar.getByRole('navigation', { name: 'Forms' }).getByRole('button', { name: label }).click();
}

/** The form of the view whose heading is `title`. */
export const form = (h: Harness, title: string) => h.sidebar.getByRole('form', { name: title });
/** The whole view: its heading, failure banner and form. */
export const view = (h: Harness, title: string) => h.sidebar.getByRole('region', { name: title });

/** In the opened Update ticket form: the status that ends the work, 100 %, a solution, Save. */
export async function finishTicket(
  h: Harness,
  status: 'Resolved' | 'Closed',
  solution: string,
): Promise<void> {
  const f = form(h, 'Update ticket');
  await f.getByRole('combobox', { name: 'Status' }).selectOption(status);
  await f.getByRole('textbox', { name: 'Progress' }).fill('100');
  await f.getByRole('textbox', { name: 'Solution' }).fill(solution);
  await f.getByRole('button', { name: 'Save' }).click();
}

/** Types into the customer picker and picks the first match. */
export async function pickCustomer(h: Harness, title: string, query: string): Promise<void> {
  const box = form(h, title).getByRole('combobox', { name: 'Customer' });
  await box.fill(query);
  await h.sidebar.getByRole('option').first().click();
}

export async function screenshot(h: Harness, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await h.page.locator('.sidebar').screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** A sheet's rows as Sheets displays them, keyed by header, read from the preview's workbook. */
export function records(h: Harness, sheet: string): Record<string, string>[] {
  const page = sheetPage(h.preview.session.emu.workbook, sheet, 0, 1_000_000);
  if (!page) throw new Error(`There is no "${sheet}" sheet`);
  const headers = page.header.map((c) => c.text);
  return page.rows.map(({ cells }) =>
    Object.fromEntries(headers.map((name, i) => [name, cells[i]?.text ?? ''])),
  );
}
