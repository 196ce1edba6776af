/**
 * The sidebar as a person uses it, in headless Chromium: the real dist/Sidebar.html served by the
 * preview (its google.script.run stand-in answered by the built add-on over the size's workbook,
 * kept in memory), timed in the page from the bootstrap answer's arrival to the views being usable,
 * the customer picker per keystroke, switching forms, opening My queue, and the JS heap after.
 * Each time is the page's own work up to the next frame laid out (painting it and waiting for the
 * screen are left out; tools/bench/browser/probe.js takes them), the median of `runs`.
 */
import type { Page } from 'playwright-core';
import { CHROMIUM, hasChromium, launchChromium } from '../chromium';
import { startPreview } from '../preview/preview';
import type { SavedPreview } from '../preview/store';
import { median } from './bench';
import { HOUR_MS } from './sizes';

export interface SidebarReport {
  /** Why nothing was measured ('' when it was). */
  readonly skipped: string;
  /** The bootstrap answer's arrival to the views usable (parsed, built, rendered, painted). */
  readonly answerToUsableMs?: number;
  /** Of which reading the answer's JSON. */
  readonly parseMs?: number;
  /** The first keystroke in a picker after the sidebar opened ("a"). */
  readonly firstKeystrokeMs?: number;
  /** The picker's last keystroke of each query, once it has searched before. */
  readonly keystrokeMs?: Readonly<Record<string, number>>;
  /** The slowest of switching to each form from the navigation. */
  readonly switchFormMs?: number;
  readonly openQueueMs?: number;
  /** Used after a garbage collection, everything above done. */
  readonly heapMb?: number;
}

/** What the bench types into New ticket's customer picker, by what it stands for. */
const QUERIES: ReadonlyArray<[label: string, text: string]> = [
  ['1 letter', 'a'],
  ['3 letters', 'har'],
  ['2 words', 'jade tech'],
  ['ID short', '500'],
];

/** tools/bench/browser/probe.js, as the page holds it. */
interface Probe {
  boot(): { answerToUsableMs: number; parseMs: number } | undefined;
  nav(label: string): Promise<number>;
  keystroke(text: string): Promise<number>;
  views(): string[];
}
const PROBE = 'tools/bench/browser/probe.js';
/** The page's global scope (the evaluated functions run there, so each names it itself). */
type InPage = typeof globalThis & { benchProbe: Probe };

async function opened(page: Page) {
  await page.waitForFunction(() => (globalThis as InPage).benchProbe.boot() !== undefined, null, {
    timeout: 120_000,
  });
  return (await page.evaluate(() => (globalThis as InPage).benchProbe.boot()))!;
}

const nav = (page: Page, label: string) =>
  page.evaluate((label) => (globalThis as InPage).benchProbe.nav(label), label);
const keystroke = (page: Page, text: string) =>
  page.evaluate((text) => (globalThis as InPage).benchProbe.keystroke(text), text);

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

export async function benchSidebar(saved: SavedPreview, runs: number): Promise<SidebarReport> {
  if (!hasChromium()) return { skipped: `${CHROMIUM} is not installed` };
  // An hour after priming, as the bootstrap job runs; nothing is written to disk.
  const preview = await startPreview({
    port: 0,
    saved: { ...saved, now: saved.now + HOUR_MS },
    log: () => {},
  });
  const browser = await launchChromium();
  try {
    const boots = [];
    const firsts = [];
    let page: Page | undefined;
    for (let run = 0; run < runs; run++) {
      await page?.close();
      page = await browser.newPage({ viewport: { width: 300, height: 900 } });
      await page.addInitScript({ path: PROBE });
      await page.goto(`${preview.url}sidebar`);
      boots.push(await opened(page));
      // The first search builds the picker's index of the customers.
      await nav(page, 'New ticket');
      firsts.push(await keystroke(page, QUERIES[0]![1]));
    }
    const shown = page!;
    const forms = (await shown.evaluate(() => (globalThis as InPage).benchProbe.views())).slice(1);
    const switches = [];
    const queues = [];
    for (let run = 0; run < runs; run++) {
      const times = [];
      for (const form of forms) times.push(await nav(shown, form));
      switches.push(Math.max(...times));
      queues.push(await nav(shown, 'My queue'));
    }
    await nav(shown, 'New ticket');
    const keystrokeMs: Record<string, number> = {};
    for (const [label, text] of QUERIES) {
      const times = [];
      for (let run = 0; run < runs; run++) times.push(await keystroke(shown, text));
      keystrokeMs[`${label} "${text}"`] = median(times);
    }
    return {
      skipped: '',
      answerToUsableMs: median(boots.map((b) => b.answerToUsableMs)),
      parseMs: median(boots.map((b) => b.parseMs)),
      firstKeystrokeMs: median(firsts),
      keystrokeMs,
      switchFormMs: median(switches),
      openQueueMs: median(queues),
      heapMb: await heapMb(shown),
    };
  } finally {
    await browser.close();
    await preview.close();
  }
}
